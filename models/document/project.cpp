// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include "document/connectionprofile.h"
#include "document/containmentcheck.h"
#include "document/embeddedimages.h"
#include "document/importplan.h"

#include "document/commands/addrelationshipcommand.h"
#include "document/commands/addtwincommand.h"
#include "document/commands/importcommand.h"
#include "document/commands/removerelationshipcommand.h"
#include "document/commands/removetwincommand.h"
#include "document/commands/retypetwincommand.h"
#include "document/commands/setcategoryrootscommand.h"
#include "document/commands/setgeometrycommand.h"
#include "document/commands/settwinpropertycommand.h"
#include "document/embeddedimages.h"
#include "document/twinvalidator.h"
#include "ontology/sensorsemantics.h"

#include "ontology/dtdlfiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace twin {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString firstMessage(const Diagnostics &diagnostics)
{
    return diagnostics.isEmpty() ? QString() : diagnostics.first().message;
}

} // namespace

Project::Project(QObject *parent)
    : QObject(parent)
    , m_graph(new TwinGraph(this))
    , m_undoStack(new QUndoStack(this))
{
    m_models = baseRegistry(ModelRegistry::defaultCategoryRoots());
    for (const QString &id : m_models.interfaceIds())
        m_builtInModels.insert(id);
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

Project::~Project()
{
    // Commands refer to the graph; drop them first. Whoever listens may be half destroyed
    // already (a window deletes its project among its children): tell nobody.
    blockSignals(true);
    m_undoStack->blockSignals(true);
    m_undoStack->clear();
}

ModelRegistry Project::baseRegistry(const QHash<QString, Category> &categoryRoots) const
{
    ModelRegistry registry;
    registry.setCategoryRoots(categoryRoots);
    Diagnostics diagnostics;
    if (!registry.loadCoreOntology(&diagnostics)) {
        // Built into the executable and tested: failing here is a build defect.
        for (const Diagnostic &d : std::as_const(diagnostics))
            qWarning("core ontology: %s", qPrintable(d.format()));
        Q_ASSERT(false);
    }
    return registry;
}

QList<QJsonObject> Project::withoutBuiltIns(const QList<QJsonObject> &models) const
{
    QList<QJsonObject> result;
    result.reserve(models.size());
    for (const QJsonObject &m : models) {
        if (!m_builtInModels.contains(m.value(QStringLiteral("@id")).toString()))
            result.append(m);
    }
    return result;
}

void Project::setFileName(const QString &fileName)
{
    if (fileName == m_fileName)
        return;
    m_fileName = fileName;
    emit fileNameChanged(fileName);
}

Category Project::categoryOf(int twinIndex) const
{
    return m_graph->isTwinAlive(twinIndex) ? categoryOf(m_graph->twin(twinIndex)) : Category::Other;
}

QString Project::sensorDataType(const Twin &twin) const
{
    return SensorSemantics::dataType(m_models, twin.model, twin.properties);
}

QString Project::sensorUnit(const Twin &twin) const
{
    return SensorSemantics::unit(m_models, twin.model, twin.properties);
}

QList<QPair<QString, int>> Project::sensorDataTypeCounts() const
{
    QHash<QString, int> counts;
    for (int index : m_graph->twinIndices()) {
        const Twin &t = m_graph->twin(index);
        if (categoryOf(t) != Category::Sensor)
            continue;
        if (const QString type = sensorDataType(t); !type.isEmpty())
            ++counts[type];
    }
    QList<QPair<QString, int>> result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.append({it.key(), it.value()});
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return result;
}

Diagnostics Project::validateTwin(const Twin &twin, const QString &file) const
{
    Diagnostics result;
    QString why;
    if (!isValidTwinId(twin.id, &why))
        result.append(Diagnostic::errorAt(file, QString(), why));
    else if (m_graph->indexOfTwin(twin.id) >= 0)
        result.append(Diagnostic::errorAt(file, QString(), tr("a twin with id '%1' already exists").arg(twin.id)));
    if (!isValidDtmi(twin.model))
        result.append(Diagnostic::errorAt(file, QString(),
                                          tr("twin '%1': '%2' is not a valid model DTMI").arg(twin.id, twin.model)));
    else
        result.append(TwinValidator(m_models).validate(twin, file));
    return result;
}

Diagnostics Project::validateRelationship(const Relationship &r, const QString &file) const
{
    Diagnostics result;
    const Twin *source = m_graph->findTwin(r.source);
    const Twin *target = m_graph->findTwin(r.target);
    if (r.id.isEmpty())
        result.append(Diagnostic::errorAt(file, QString(), tr("the relationship id is empty")));
    if (r.name.isEmpty())
        result.append(Diagnostic::errorAt(file, QString(), tr("relationship '%1' has no name").arg(r.id)));
    if (!source)
        result.append(Diagnostic::errorAt(file, QString(), tr("relationship '%1': source twin '%2' does not exist").arg(r.id, r.source)));
    if (!target)
        result.append(Diagnostic::errorAt(file, QString(), tr("relationship '%1': target twin '%2' does not exist").arg(r.id, r.target)));
    if (source && m_graph->findRelationship(m_graph->indexOfTwin(r.source), r.id) >= 0)
        result.append(Diagnostic::errorAt(file, QString(), tr("twin '%1' already has a relationship '%2'").arg(r.source, r.id)));
    if (source && target && !r.name.isEmpty())
        result.append(TwinValidator(m_models).validateRelationship(source->model, r.name, target->model, file));
    if (source && target) {
        if (const QString why = ContainmentCheck(m_graph).problem(r); !why.isEmpty())
            result.append(Diagnostic::errorAt(file, QString(), why));
    }
    return result;
}

QString Project::uniqueRelationshipId(const QString &sourceId, const QString &base) const
{
    const int source = m_graph->indexOfTwin(sourceId);
    QString id = base;
    for (int n = 2; m_graph->findRelationship(source, id) >= 0; ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

QString Project::uniqueTwinId(const QString &base) const
{
    QString id = base;
    for (int n = 2; m_graph->indexOfTwin(id) >= 0; ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

bool Project::addTwin(const Twin &twin, QString *error)
{
    const Diagnostics d = validateTwin(twin);
    if (hasErrors(d))
        return fail(error, firstMessage(d));
    m_undoStack->push(new AddTwinCommand(m_graph, twin));
    return true;
}

bool Project::addTwinUnder(const Twin &twin, const QString &parentId, QString *error)
{
    const Twin *parent = m_graph->findTwin(parentId);
    if (!parent)
        return fail(error, tr("parent twin '%1' does not exist").arg(parentId));
    const Diagnostics d = validateTwin(twin);
    if (hasErrors(d))
        return fail(error, firstMessage(d));
    const QString name = categoryOf(*parent) == Category::Device && categoryOf(twin) == Category::Sensor
        ? QStringLiteral("hasSensor")
        : QStringLiteral("contains");
    const Relationship rel{uniqueRelationshipId(parentId, name + u'-' + twin.id), parentId, name, twin.id, {}};
    const Diagnostics rd = TwinValidator(m_models).validateRelationship(parent->model, name, twin.model);
    if (hasErrors(rd))
        return fail(error, firstMessage(rd));
    auto *macro = new QUndoCommand(tr("Add %1").arg(twin.displayName()));
    new AddTwinCommand(m_graph, twin, macro);
    new AddRelationshipCommand(m_graph, rel, macro);
    m_undoStack->push(macro);
    return true;
}

bool Project::removeTwin(const QString &id, QString *error)
{
    if (m_graph->indexOfTwin(id) < 0)
        return fail(error, tr("twin '%1' does not exist").arg(id));
    m_undoStack->push(new RemoveTwinCommand(m_graph, id));
    return true;
}

bool Project::removeTwins(const QStringList &ids, QString *error)
{
    QList<int> doomed;
    QSet<int> seen;
    for (const QString &id : ids) {
        const int index = m_graph->indexOfTwin(id);
        if (index < 0)
            return fail(error, tr("twin '%1' does not exist").arg(id));
        for (int i : m_graph->subtreeOf(index)) {
            if (!seen.contains(i)) {
                seen.insert(i);
                doomed.append(i);
            }
        }
    }
    if (doomed.isEmpty())
        return true;
    // Leaves first: each command records the relationships still there when it runs, so
    // a relationship between two removed twins is recorded (and restored) once.
    QList<QString> order;
    for (auto it = doomed.crbegin(); it != doomed.crend(); ++it)
        order.append(m_graph->twin(*it).id);
    m_undoStack->beginMacro(ids.size() == 1 ? tr("Remove %1").arg(m_graph->findTwin(ids.first())->displayName())
                                            : tr("Remove %n twin(s)", nullptr, int(ids.size())));
    for (const QString &id : std::as_const(order))
        m_undoStack->push(new RemoveTwinCommand(m_graph, id));
    m_undoStack->endMacro();
    return true;
}

bool Project::retypeTwin(const QString &id, const QString &model, QString *error)
{
    const int index = m_graph->indexOfTwin(id);
    if (index < 0)
        return fail(error, tr("twin '%1' does not exist").arg(id));
    if (!m_models.contains(model))
        return fail(error, tr("'%1' is not a loaded interface").arg(model));
    const Twin &t = m_graph->twin(index);
    if (t.model == model)
        return true;
    for (int r : m_graph->relationshipsOf(index)) {
        const Relationship &rel = m_graph->relationship(r);
        const QString sourceModel = rel.source == id ? model : m_graph->findTwin(rel.source)->model;
        const QString targetModel = rel.target == id ? model : m_graph->findTwin(rel.target)->model;
        const Diagnostics d = TwinValidator(m_models).validateRelationship(sourceModel, rel.name, targetModel);
        if (hasErrors(d))
            return fail(error, firstMessage(d));
    }
    QJsonObject kept;
    for (auto it = t.properties.constBegin(); it != t.properties.constEnd(); ++it) {
        const Twin probe{id, model, QJsonObject{{it.key(), it.value()}}, {}};
        if (!hasErrors(TwinValidator(m_models).validate(probe)))
            kept.insert(it.key(), it.value());
    }
    m_undoStack->push(new RetypeTwinCommand(m_graph, id, model, kept));
    return true;
}

bool Project::setTwinProperty(const QString &id, const QString &name, const QJsonValue &value,
                              QString *error, const QString &mergeKey)
{
    const Twin *t = m_graph->findTwin(id);
    if (!t)
        return fail(error, tr("twin '%1' does not exist").arg(id));
    if (name.isEmpty() || name.startsWith(u'$'))
        return fail(error, tr("'%1' is not a property name").arg(name));
    if (t->properties.value(name) == value)
        return true;
    // Only the edited property is checked: a twin loaded with other, invalid values must
    // still be editable (that is how those values get fixed).
    if (!value.isUndefined()) {
        Twin probe{t->id, t->model, QJsonObject{{name, value}}, {}};
        const Diagnostics d = TwinValidator(m_models).validate(probe);
        if (hasErrors(d))
            return fail(error, firstMessage(d));
    }
    m_undoStack->push(new SetTwinPropertyCommand(m_graph, id, name, value, mergeKey));
    return true;
}

bool Project::addRelationship(const Relationship &relationship, QString *error)
{
    const Diagnostics d = validateRelationship(relationship);
    if (hasErrors(d))
        return fail(error, firstMessage(d));
    m_undoStack->push(new AddRelationshipCommand(m_graph, relationship));
    return true;
}

bool Project::removeRelationship(const QString &sourceId, const QString &relationshipId,
                                 QString *error)
{
    const int index = m_graph->findRelationship(m_graph->indexOfTwin(sourceId), relationshipId);
    if (index < 0)
        return fail(error, tr("twin '%1' has no relationship '%2'").arg(sourceId, relationshipId));
    m_undoStack->push(new RemoveRelationshipCommand(m_graph, index));
    return true;
}

bool Project::reparent(const QString &childId, const QString &newParentId, QString *error)
{
    const int child = m_graph->indexOfTwin(childId);
    if (child < 0)
        return fail(error, tr("twin '%1' does not exist").arg(childId));
    const int newParent = newParentId.isEmpty() ? -1 : m_graph->indexOfTwin(newParentId);
    if (!newParentId.isEmpty() && newParent < 0)
        return fail(error, tr("twin '%1' does not exist").arg(newParentId));
    if (newParent == child || (newParent >= 0 && m_graph->isAncestor(child, newParent)))
        return fail(error, tr("'%1' cannot be moved into itself").arg(childId));
    if (m_graph->parentOf(child) == newParent)
        return true;

    auto *macro = new QUndoCommand(tr("Move %1").arg(m_graph->twin(child).displayName()));
    // Every containment edge that places the child goes, so the new one decides.
    QString name = QStringLiteral("contains");
    for (int r : m_graph->relationshipsOf(child)) {
        QString parentId, edgeChildId;
        const Relationship &rel = m_graph->relationship(r);
        if (m_graph->containmentEnds(rel, &parentId, &edgeChildId) && edgeChildId == childId) {
            if (r == m_graph->containmentRelationshipOf(child))
                name = rel.name;
            new RemoveRelationshipCommand(m_graph, r, macro);
        }
    }
    if (newParent >= 0) {
        bool childToParent = false;
        for (const ContainmentRule &rule : m_graph->containmentRules()) {
            if (rule.name == name)
                childToParent = rule.direction == ContainmentRule::Direction::ChildToParent;
        }
        Relationship rel;
        rel.name = name;
        rel.source = childToParent ? childId : newParentId;
        rel.target = childToParent ? newParentId : childId;
        rel.id = uniqueRelationshipId(rel.source, name + u'-' + (childToParent ? newParentId : childId));
        const Diagnostics d = TwinValidator(m_models).validateRelationship(m_graph->findTwin(rel.source)->model, rel.name,
                                                                          m_graph->findTwin(rel.target)->model);
        if (hasErrors(d)) {
            delete macro;
            return fail(error, firstMessage(d));
        }
        new AddRelationshipCommand(m_graph, rel, macro);
    }
    m_undoStack->push(macro);
    return true;
}

bool Project::setGeometry(const QString &id, const Geometry &geometry, int dragId,
                          QString *error)
{
    const Twin *t = m_graph->findTwin(id);
    if (!t)
        return fail(error, tr("twin '%1' does not exist").arg(id));
    if (t->geometry == geometry)
        return true;
    m_undoStack->push(new SetGeometryCommand(m_graph, id, geometry, dragId));
    return true;
}

bool Project::setGeometries(const QList<QPair<QString, Geometry>> &changes, const QString &text,
                             QString *error)
{
    QList<QPair<QString, Geometry>> effective;
    for (const auto &[id, geometry] : changes) {
        const Twin *t = m_graph->findTwin(id);
        if (!t)
            return fail(error, tr("twin '%1' does not exist").arg(id));
        if (t->geometry != geometry)
            effective.append({id, geometry});
    }
    if (effective.isEmpty())
        return true;
    if (effective.size() == 1) {
        m_undoStack->push(new SetGeometryCommand(m_graph, effective.first().first, effective.first().second, 0));
        return true;
    }
    auto *macro = new QUndoCommand(text);
    for (const auto &[id, geometry] : std::as_const(effective))
        new SetGeometryCommand(m_graph, id, geometry, 0, macro);
    m_undoStack->push(macro);
    return true;
}

bool Project::importContent(const ProjectContent &content, Diagnostics *diagnostics,
                            const QString &file, const QString &undoText, const ImportOptions &options)
{
    ImportPlan plan;
    if (!plan.build(*this, content, options, file, diagnostics))
        return false;
    if (plan.isEmpty())
        return true;
    // Images the imported floors refer to come along (kept by key, so undo needs nothing).
    for (auto it = content.images.cbegin(); it != content.images.cend(); ++it)
        m_images.insert(it.key(), it.value());
    auto *command = new ImportCommand(this, m_graph, &m_models, plan.content(), file.isEmpty() ? tr("content") : file);
    command->setReplacedModels(plan.replacedModels());
    if (!undoText.isEmpty())
        command->setText(undoText);
    m_undoStack->push(command);
    return true;
}

ProjectContent Project::content() const
{
    ProjectContent c;
    for (const QString &id : m_models.interfaceIds()) {
        if (!m_builtInModels.contains(id))
            c.models.append(m_models.interfaceJson(id));
    }
    const QList<int> twins = m_graph->twinIndices();
    c.twins.reserve(twins.size());
    for (int i : twins)
        c.twins.append(m_graph->twin(i));
    const QList<int> rels = m_graph->relationshipIndices();
    c.relationships.reserve(rels.size());
    for (int r : rels)
        c.relationships.append(m_graph->relationship(r));
    c.functions = m_functions;
    c.bindings = m_bindings;
    c.connections = m_connections;
    c.viewState = m_viewState;
    if (m_models.categoryRoots() != ModelRegistry::defaultCategoryRoots())
        c.categoryRoots = m_models.categoryRoots();
    c.allowUndefinedExtensions = m_models.allowUndefinedExtensions();
    if (m_graph->containmentRules() != TwinGraph::defaultContainmentRules())
        c.containmentRules = m_graph->containmentRules();
    // Only what a floor refers to: an image whose floor was removed (and the removal not
    // undone) is not saved.
    for (const QString &key : EmbeddedImages::referencedKeys(c.twins)) {
        if (const auto it = m_images.constFind(key); it != m_images.cend())
            c.images.insert(key, *it);
    }
    return c;
}

QString Project::addImage(const QByteArray &bytes)
{
    const QString key = EmbeddedImages::keyFor(bytes);
    m_images.insert(key, bytes);
    return key;
}

bool Project::setContent(const ProjectContent &content, Diagnostics *diagnostics)
{
    ModelRegistry models = baseRegistry(content.categoryRoots.isEmpty() ? ModelRegistry::defaultCategoryRoots()
                                                                        : content.categoryRoots);
    models.setAllowUndefinedExtensions(content.allowUndefinedExtensions);
    const QList<QJsonObject> own = withoutBuiltIns(content.models);
    if (!own.isEmpty() && !models.addInterfaces(own, diagnostics))
        return false;
    m_undoStack->clear();
    m_images = content.images;
    m_models = models;
    m_graph->setContainmentRules(content.containmentRules.isEmpty() ? TwinGraph::defaultContainmentRules()
                                                                    : content.containmentRules);
    const int skipped = m_graph->reset(content.twins, content.relationships);
    if (skipped && diagnostics) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.message = tr("%n inconsistent twin(s) or relationship(s) were skipped", nullptr, skipped);
        diagnostics->append(d);
    }
    m_functions = content.functions;
    m_bindings = content.bindings;
    // A file or an import may carry what a project never keeps: passwords.
    m_connections = ConnectionProfile::sanitized(content.connections);
    m_viewState = content.viewState;
    m_undoStack->setClean();
    emit contentReset();
    return true;
}

void Project::setConnections(const QJsonArray &connections)
{
    m_connections = ConnectionProfile::sanitized(connections);
    emit connectionsChanged();
}

bool Project::onlyBuiltIns(const QByteArray &document) const
{
    QByteArray bytes = document;
    if (bytes.startsWith("\xEF\xBB\xBF")) // a byte order mark, as many ontology files have
        bytes.remove(0, 3);
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    const QJsonArray interfaces = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    if (interfaces.isEmpty())
        return false;
    for (const QJsonValue &v : interfaces) {
        if (!m_builtInModels.contains(v.toObject().value(QStringLiteral("@id")).toString()))
            return false;
    }
    return true;
}

bool Project::importOntology(const QStringList &paths, Diagnostics *diagnostics, int *added)
{
    if (added)
        *added = 0;
    Diagnostics local;
    const QList<DtdlParser::Document> read = DtdlFiles::read(paths, &local);
    // Exports carry the built-in models their twins use; every project has those, so
    // files of built-in models are skipped (as in topology files) rather than refused.
    QList<QPair<QString, QByteArray>> documents;
    for (const DtdlParser::Document &d : read) {
        if (!onlyBuiltIns(d.bytes))
            documents.append({d.file, d.bytes});
    }
    // Parse into a copy first, so errors keep the line numbers of the files.
    ModelRegistry trial = m_models;
    const int before = trial.interfaceCount();
    if (hasErrors(local) || (!documents.isEmpty() && !trial.addDocuments(documents, &local)) || hasErrors(local)) {
        if (diagnostics)
            diagnostics->append(local);
        return false;
    }
    ProjectContent content;
    const QStringList &ids = trial.interfaceIds();
    for (qsizetype i = before; i < ids.size(); ++i)
        content.models.append(trial.interfaceJson(ids.at(i)));
    if (content.models.isEmpty()) {
        if (!read.isEmpty())
            return true;
        if (diagnostics)
            diagnostics->append(Diagnostic::error(paths.value(0), 0, tr("no DTDL interfaces found")));
        return false;
    }
    const QString name = paths.size() == 1 ? QFileInfo(paths.first()).fileName() : tr("%n path(s)", nullptr, int(paths.size()));
    if (!importContent(content, diagnostics, paths.value(0), tr("Import ontology %1").arg(name)))
        return false;
    if (added)
        *added = int(content.models.size());
    return true;
}

bool Project::setCategoryRoots(const QHash<QString, Category> &roots, QString *error)
{
    const QHash<QString, Category> defaults = ModelRegistry::defaultCategoryRoots();
    const QHash<QString, Category> effective = roots.isEmpty() ? defaults : roots;
    for (auto it = effective.cbegin(); it != effective.cend(); ++it) {
        // The built-in map names RealEstateCore interfaces a project need not have loaded.
        if (!m_models.contains(it.key()) && !defaults.contains(it.key())) {
            if (error)
                *error = tr("%1 is not an interface of this project").arg(it.key());
            return false;
        }
    }
    if (effective == m_models.categoryRoots())
        return true;
    m_undoStack->push(new SetCategoryRootsCommand(this, effective));
    return true;
}

void Project::applyCategoryRoots(const QHash<QString, Category> &roots)
{
    m_models.setCategoryRoots(roots);
    emit categoriesChanged();
}

void Project::setFunctions(const QJsonArray &functions)
{
    m_functions = functions;
    emit functionsChanged();
}

void Project::clear()
{
    setContent(ProjectContent(), nullptr);
}

} // namespace twin
