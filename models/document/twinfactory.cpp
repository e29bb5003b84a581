// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinfactory.h"
#include "twinvalidator.h"

#include "document/plangeometry.h"
#include "document/project.h"
#include "ontology/dtdlelement.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace twin {

namespace {

const QHash<QString, QStringList> &deviceKits()
{
    static const QHash<QString, QStringList> kits = [] {
        QHash<QString, QStringList> result;
        QFile f(QStringLiteral(":/palette/devicekits.json"));
        if (!f.open(QIODevice::ReadOnly))
            return result;
        const QJsonObject all = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("kits")).toObject();
        for (auto it = all.begin(); it != all.end(); ++it) {
            QStringList sensors;
            for (const QJsonValue &v : it.value().toArray())
                sensors.append(v.toString());
            result.insert(it.key(), sensors);
        }
        return result;
    }();
    return kits;
}

QString idBase(const QString &model)
{
    QString base;
    for (QChar c : TwinFactory::shortName(model)) {
        if (c.isUpper() && !base.isEmpty())
            base += u'-';
        base += c.toLower();
    }
    return base.isEmpty() ? QStringLiteral("twin") : base;
}

/// A twin id unused by the project and by \a taken, from \a base.
QString freshId(const Project &project, const QString &base, QSet<QString> *taken)
{
    QString id = base;
    for (int n = 2; project.graph()->indexOfTwin(id) >= 0 || taken->contains(id); ++n)
        id = base + u'-' + QString::number(n);
    taken->insert(id);
    return id;
}

bool hasProperty(const Project &project, const QString &model, const QString &name)
{
    const DtdlElement *e = project.models().content(model, name);
    return e && e->kind == DtdlKind::Property;
}

Twin makeTwin(const Project &project, const QString &model, const QString &id)
{
    Twin t;
    t.id = id;
    t.model = model;
    if (hasProperty(project, model, QStringLiteral("name")))
        t.properties.insert(QStringLiteral("name"), id);
    return t;
}

/// A twin named after its type and numbered among the project's twins of that type
/// ("Multisensor 2").
Twin makeNamedTwin(const Project &project, const QString &model, const QString &id)
{
    Twin t = makeTwin(project, model, id);
    if (!t.properties.contains(QStringLiteral("name")))
        return t;
    const TwinGraph *g = project.graph();
    QSet<QString> names;
    int count = 0;
    for (int i : g->twinIndices()) {
        if (g->twin(i).model == model) {
            ++count;
            names.insert(g->twin(i).displayName());
        }
    }
    const QString base = TwinFactory::readableName(model);
    QString name;
    for (int n = count + 1; name.isEmpty() || names.contains(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    t.properties.insert(QStringLiteral("name"), name);
    return t;
}

/// The containment relationship that places \a child under \a parent: a relationship
/// of the parent that the tree follows and whose target admits the child (targeted ones
/// first, e.g. a device's hasSensor), else one of the child pointing up to the parent
/// (REC's locatedIn), else contains.
Relationship containmentEdge(const Project &project, const QString &parentId, const QString &parentModel,
                             const Twin &child)
{
    const ModelRegistry &models = project.models();
    const TwinGraph *graph = project.graph();
    auto follows = [graph](const QString &name, ContainmentRule::Direction direction) {
        for (const ContainmentRule &rule : graph->containmentRules()) {
            if (rule.name == name && rule.direction == direction)
                return true;
        }
        return false;
    };
    const QList<const DtdlElement *> down = models.relationships(parentModel);
    for (bool targeted : {true, false}) {
        for (const DtdlElement *rel : down) {
            if (rel->target.isEmpty() == targeted)
                continue;
            if ((rel->target.isEmpty() || models.isA(child.model, rel->target))
                && follows(rel->name, ContainmentRule::Direction::ParentToChild))
                return {rel->name + u'-' + child.id, parentId, rel->name, child.id, {}};
        }
    }
    for (const DtdlElement *rel : models.relationships(child.model)) {
        if ((rel->target.isEmpty() || models.isA(parentModel, rel->target))
            && follows(rel->name, ContainmentRule::Direction::ChildToParent))
            return {rel->name + u'-' + parentId, child.id, rel->name, parentId, {}};
    }
    return {QStringLiteral("contains-") + child.id, parentId, QStringLiteral("contains"), child.id, {}};
}

void attach(const Project &project, ProjectContent *content, const QString &parentId, const QString &parentModel,
            const Twin &child)
{
    content->relationships.append(containmentEdge(project, parentId, parentModel, child));
}

void addSensor(const Project &project, ProjectContent *content, const QString &model, const QString &parentId,
               const QString &parentModel, QSet<QString> *taken, const QString &idPrefix)
{
    Twin s = makeTwin(project, model, freshId(project, idPrefix + idBase(model).remove(QStringLiteral("-sensor")), taken));
    // Named after its type as the ontology says it ("CO2 sensor"): under its device in the tree it needs no number,
    // and its id would read "multisensor-carbon-dioxide" wherever it is listed.
    if (s.properties.contains(QStringLiteral("name"))) {
        const DtdlElement *type = project.models().element(model);
        const QString title = type ? DtdlElement::localized(type->displayName) : QString();
        s.properties.insert(QStringLiteral("name"), title.isEmpty() ? TwinFactory::readableName(model) : title);
    }
    const QString dataType = project.sensorDataType(s);
    const QString unit = project.sensorUnit(s);
    if (!dataType.isEmpty() && hasProperty(project, model, QStringLiteral("dataType")))
        s.properties.insert(QStringLiteral("dataType"), dataType);
    if (!unit.isEmpty() && hasProperty(project, model, QStringLiteral("unit")))
        s.properties.insert(QStringLiteral("unit"), unit);
    content->twins.append(s);
    attach(project, content, parentId, parentModel, s);
}

} // namespace

QString TwinFactory::shortName(const QString &model)
{
    return model.section(u':', -1).section(u';', 0, 0);
}

ProjectContent TwinFactory::newSite()
{
    auto space = [](const QString &id, const char *type, const QString &name) {
        Twin t;
        t.id = id;
        t.model = QStringLiteral("dtmi:twinstudio:core:%1;1").arg(QLatin1String(type));
        t.properties.insert(QStringLiteral("name"), name);
        return t;
    };
    ProjectContent content;
    content.twins = {space(QStringLiteral("site"), "Site", QCoreApplication::translate("twin::TwinFactory", "Site")),
                     space(QStringLiteral("building"), "Building",
                           QCoreApplication::translate("twin::TwinFactory", "Building 1")),
                     space(QStringLiteral("ground-floor"), "Floor",
                           QCoreApplication::translate("twin::TwinFactory", "Ground floor"))};
    // The floor's elevation and height, as properties and as its plan's layout.
    content.twins.last().geometry.floor = FloorLayout{};
    content.twins.last().properties.insert(QStringLiteral("elevation"), content.twins.last().geometry.floor->elevation);
    content.twins.last().properties.insert(QStringLiteral("height"), content.twins.last().geometry.floor->height);
    const QString contains = QStringLiteral("contains");
    content.relationships = {{QStringLiteral("contains-building"), QStringLiteral("site"), contains,
                              QStringLiteral("building"), {}},
                             {QStringLiteral("contains-ground-floor"), QStringLiteral("building"), contains,
                              QStringLiteral("ground-floor"), {}}};
    return content;
}

QString TwinFactory::readableName(const QString &model)
{
    const QString name = shortName(model);
    QString readable;
    int upperRun = 0; // capitals right before i
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const QChar before = i > 0 ? name.at(i - 1) : QChar();
        // A word starts at a capital after a small letter or a digit ("CO2Sensor"), and at
        // the capital that ends an acronym of three or more ("HVACValve", "IAQSensor"; not
        // "BACnet").
        const bool afterAcronym = upperRun >= 3 && i + 1 < name.size() && name.at(i + 1).isLower();
        const bool wordStart = i > 0 && c.isUpper() && (before.isLower() || before.isDigit() || afterAcronym);
        upperRun = c.isUpper() ? upperRun + 1 : 0;
        if (wordStart)
            readable += u' ';
        // Later words start in lower case; acronyms ("CO2") stay as they are.
        const bool acronym = i + 1 < name.size() && name.at(i + 1).isUpper();
        readable += wordStart && !acronym ? c.toLower() : c;
    }
    return readable;
}

QStringList TwinFactory::childModels(const Project &project, const QString &parentId)
{
    const Twin *parent = project.graph()->findTwin(parentId);
    if (!parent)
        return {};
    const ModelRegistry &models = project.models();
    QStringList result;
    for (Category category : {Category::Space, Category::Device, Category::Sensor, Category::Person}) {
        QStringList group;
        for (const QString &model : models.interfaceIds()) {
            if (models.category(model) != category)
                continue;
            Twin child;
            child.id = QStringLiteral("child");
            child.model = model;
            const Relationship edge = containmentEdge(project, parent->id, parent->model, child);
            const bool down = edge.source == parent->id;
            const Diagnostics d = TwinValidator(models).validateRelationship(down ? parent->model : model, edge.name,
                                                                             down ? model : parent->model);
            if (!hasErrors(d))
                group.append(model);
        }
        std::sort(group.begin(), group.end(),
                  [](const QString &a, const QString &b) { return shortName(a) < shortName(b); });
        result += group;
    }
    return result;
}

bool TwinFactory::add(Project *project, const QString &model, const QString &parentId, QString *error,
                      QString *newId)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!project->models().contains(model))
        return fail(QCoreApplication::translate("twin::TwinFactory", "'%1' is not an interface of this project").arg(model));
    const Category category = project->models().category(model);
    ProjectContent content = category == Category::Device ? device(*project, model, parentId, std::nullopt)
        : category == Category::Sensor                   ? sensor(*project, model, parentId)
                                                         : twin(*project, model, parentId);
    if (content.twins.isEmpty())
        return fail(QCoreApplication::translate("twin::TwinFactory", "Twin '%1' does not exist").arg(parentId));
    Twin &added = content.twins.first();
    // A device, a sensor or a person put in a room drawn on the plan stands in it, on a
    // free spot, so the plan and the 3D view show it at once.
    const TwinGraph *graph = project->graph();
    const Twin *parent = graph->findTwin(parentId);
    if (parent && !parent->geometry.outline.isEmpty() && !added.geometry.position
        && (category == Category::Device || category == Category::Sensor || category == Category::Person)) {
        QList<QPointF> taken;
        for (int child : graph->childrenOf(graph->indexOfTwin(parentId))) {
            if (const std::optional<QPointF> &at = graph->twin(child).geometry.position)
                taken.append(*at);
        }
        added.geometry.position = PlanGeometry::freeSpot(parent->geometry.outline, taken);
    }
    // A floor comes with an empty plan, so the plan shows it at once.
    const QStringList chain = QStringList{model} + project->models().ancestors(model);
    if (std::any_of(chain.cbegin(), chain.cend(), [](const QString &m) { return shortName(m) == QLatin1String("Floor"); }))
        added.geometry.floor = FloorLayout{};
    Diagnostics diagnostics;
    const QString text = QCoreApplication::translate("twin::TwinFactory", "Add %1").arg(added.displayName());
    if (!project->importContent(content, &diagnostics, QString(), text))
        return fail(diagnostics.isEmpty() ? QString() : diagnostics.first().message);
    if (newId)
        *newId = added.id;
    return true;
}

QStringList TwinFactory::kitFor(const Project &project, const QString &deviceModel)
{
    QStringList chain{deviceModel};
    chain += project.models().ancestors(deviceModel);
    for (const QString &m : std::as_const(chain)) {
        const auto it = deviceKits().constFind(m);
        if (it != deviceKits().cend()) {
            QStringList loaded;
            for (const QString &s : *it) {
                if (project.models().contains(s))
                    loaded.append(s);
            }
            return loaded;
        }
    }
    return {};
}

ProjectContent TwinFactory::device(const Project &project, const QString &model, const QString &parentId,
                                   std::optional<QPointF> position)
{
    ProjectContent content;
    const Twin *parent = project.graph()->findTwin(parentId);
    QSet<QString> taken;
    Twin d = makeNamedTwin(project, model, freshId(project, idBase(model), &taken));
    d.geometry.position = position;
    content.twins.append(d);
    if (parent)
        attach(project, &content, parent->id, parent->model, d);
    for (const QString &sensorModel : kitFor(project, model))
        addSensor(project, &content, sensorModel, d.id, d.model, &taken, d.id + u'-');
    return content;
}

ProjectContent TwinFactory::sensor(const Project &project, const QString &model, const QString &parentId)
{
    ProjectContent content;
    const Twin *parent = project.graph()->findTwin(parentId);
    if (!parent)
        return content;
    QSet<QString> taken;
    addSensor(project, &content, model, parent->id, parent->model, &taken, parent->id + u'-');
    return content;
}

ProjectContent TwinFactory::twin(const Project &project, const QString &model, const QString &parentId)
{
    ProjectContent content;
    QSet<QString> taken;
    const Twin t = makeNamedTwin(project, model, freshId(project, idBase(model), &taken));
    content.twins.append(t);
    if (const Twin *parent = project.graph()->findTwin(parentId))
        attach(project, &content, parent->id, parent->model, t);
    return content;
}

} // namespace twin
