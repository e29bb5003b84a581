// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelregistry.h"

#include "ontology/dtdlfiles.h"
#include "ontology/dtdlparser.h"
#include "ontology/dtdlvocabulary.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QVarLengthArray>

namespace twin {

Q_LOGGING_CATEGORY(lcOntology, "twin.ontology", QtInfoMsg)

ModelRegistry::ModelRegistry()
    : m_categoryRoots(defaultCategoryRoots())
{
}

ModelRegistry::ModelRegistry(const ModelRegistry &other)
    : m_elements(other.m_elements)
    , m_sources(other.m_sources)
    , m_jsonCache(other.m_jsonCache)
    , m_order(other.m_order)
    , m_lastUnresolved(other.m_lastUnresolved)
    , m_categoryRoots(other.m_categoryRoots)
    , m_allowUndefinedExtensions(other.m_allowUndefinedExtensions)
{
    rebuild();
}

ModelRegistry &ModelRegistry::operator=(const ModelRegistry &other)
{
    if (this != &other) {
        ModelRegistry copy(other);
        *this = std::move(copy);
    }
    return *this;
}

QHash<QString, Category> ModelRegistry::defaultCategoryRoots()
{
    return {
        {QStringLiteral("dtmi:twinstudio:core:Space;1"), Category::Space},
        {QStringLiteral("dtmi:twinstudio:core:Device;1"), Category::Device},
        {QStringLiteral("dtmi:twinstudio:core:Sensor;1"), Category::Sensor},
        {QStringLiteral("dtmi:twinstudio:core:Person;1"), Category::Person},
        {QStringLiteral("dtmi:digitaltwins:rec_3_3:core:Space;1"), Category::Space},
        {QStringLiteral("dtmi:digitaltwins:rec_3_3:core:Asset;1"), Category::Device},
        {QStringLiteral("dtmi:digitaltwins:rec_3_3:core:Capability;1"), Category::Sensor},
        {QStringLiteral("dtmi:digitaltwins:rec_3_3:core:Agent;1"), Category::Person},
        {QStringLiteral("dtmi:digitaltwins:rec_3_3:agents:Person;1"), Category::Person},
    };
}

QStringList ModelRegistry::coreOntologyFiles()
{
    QStringList files;
    QDirIterator it(QStringLiteral(":/ontologies/core"), {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

bool ModelRegistry::loadCoreOntology(Diagnostics *diagnostics)
{
    const QStringList files = coreOntologyFiles();
    if (files.isEmpty()) {
        if (diagnostics) {
            diagnostics->append(Diagnostic::errorAt(QStringLiteral(":/ontologies/core"), QString(),
                                                    QStringLiteral("the core ontology is not built in"),
                                                    QStringLiteral("ontology.core.missing")));
        }
        return false;
    }
    return addPaths(files, diagnostics);
}

bool ModelRegistry::addDocuments(const QList<QPair<QString, QByteArray>> &documents,
                                 Diagnostics *diagnostics)
{
    return add(documents, nullptr, diagnostics);
}

bool ModelRegistry::addPaths(const QStringList &paths, Diagnostics *diagnostics)
{
    Diagnostics local;
    const QList<DtdlParser::Document> docs = DtdlFiles::read(paths, &local);
    if (hasErrors(local)) {
        if (diagnostics)
            diagnostics->append(local);
        return false;
    }
    QList<QPair<QString, QByteArray>> documents;
    documents.reserve(docs.size());
    for (const DtdlParser::Document &d : docs)
        documents.append({d.file, d.bytes});
    return addDocuments(documents, diagnostics);
}

bool ModelRegistry::addInterfaces(const QList<QJsonObject> &interfaces, Diagnostics *diagnostics)
{
    QList<QPair<QString, QByteArray>> documents;
    documents.reserve(interfaces.size());
    for (qsizetype i = 0; i < interfaces.size(); ++i) {
        // Name each interface in the diagnostics by its @id, or by its position.
        const QJsonObject &o = interfaces.at(i);
        const QString id = o.value(QStringLiteral("@id")).toString();
        documents.append({id.isEmpty() ? QStringLiteral("interfaces[%1]").arg(i) : id,
                          QJsonDocument(o).toJson(QJsonDocument::Compact)});
    }
    return add(documents, &interfaces, diagnostics);
}

bool ModelRegistry::add(const QList<QPair<QString, QByteArray>> &documents,
                        const QList<QJsonObject> *objects, Diagnostics *diagnostics)
{
    QList<DtdlParser::Document> docs;
    docs.reserve(documents.size());
    for (const auto &[file, bytes] : documents)
        docs.append({file, bytes});
    DtdlParser::Options options;
    options.undefinedExtensions = m_allowUndefinedExtensions ? DtdlParser::UndefinedExtensions::Allow
                                                             : DtdlParser::UndefinedExtensions::AllowBeforeV3;
    DtdlParser parser(options);
    parser.setExternalLookup([this](const QString &id) { return element(id); });
    DtdlParser::Result result = parser.parse(docs);

    m_lastUnresolved = result.unresolved;
    // Elements already loaded (interfaces, named schemas, ...) may not be defined again.
    if (!m_elements.empty()) {
        for (const DtdlElement &e : result.elements) {
            if (m_elements.find(e.id) != m_elements.end()) {
                result.diagnostics.append(Diagnostic::errorAt(
                    e.file, e.pointer, QStringLiteral("%1 is already loaded").arg(e.id),
                    QStringLiteral("dtdl.id.duplicate")));
            }
        }
    }
    if (!result.unresolved.isEmpty()) {
        result.diagnostics.append(Diagnostic::errorAt(
            QString(), QString(),
            QStringLiteral("the model is incomplete: %1 not defined: %2")
                .arg(result.unresolved.size() == 1 ? QStringLiteral("this DTMI is") : QStringLiteral("these DTMIs are"),
                     result.unresolved.join(QStringLiteral(", "))),
            QStringLiteral("dtdl.reference.unresolved")));
    }
    if (!result.diagnostics.isEmpty()) {
        if (diagnostics)
            diagnostics->append(result.diagnostics);
        return false;
    }
    m_elements.reserve(m_elements.size() + result.elements.size());
    for (DtdlElement &e : result.elements) {
        QString id = e.id;
        m_elements.insert_or_assign(std::move(id), std::move(e));
    }
    for (const DtdlParser::Source &s : std::as_const(result.interfaces)) {
        Source src;
        if (objects)
            src.object = objects->at(s.document);
        else
            src.bytes = documents.at(s.document).second;
        src.arrayIndex = s.arrayIndex;
        m_sources.insert(s.id, src);
        m_order.append(s.id);
    }
    rebuild();
    qCDebug(lcOntology) << "added" << result.interfaces.size() << "interfaces," << result.elements.size()
                        << "elements; now" << m_order.size() << "interfaces";
    return true;
}

void ModelRegistry::removeInterfaces(const QStringList &dtmis)
{
    const QSet<QString> gone(dtmis.cbegin(), dtmis.cend());
    for (auto it = m_elements.begin(); it != m_elements.end();) {
        if (gone.contains(it->second.rootId) || gone.contains(it->first))
            it = m_elements.erase(it);
        else
            ++it;
    }
    for (const QString &id : dtmis) {
        m_sources.remove(id);
        m_jsonCache.remove(id);
    }
    m_order.removeIf([&](const QString &id) { return gone.contains(id); });
    rebuild();
}

void ModelRegistry::clear()
{
    m_elements.clear();
    m_resolved.clear();
    m_sources.clear();
    m_jsonCache.clear();
    m_order.clear();
    m_lastUnresolved.clear();
}

void ModelRegistry::rebuild()
{
    m_resolved.clear();
    m_resolved.reserve(m_order.size());
    // Resolve in dependency order (bases first) with memoization; cycles were rejected by
    // the parser, the visiting set only guards against damage.
    QSet<QString> visiting;
    std::function<void(const QString &)> resolve = [&](const QString &id) {
        if (m_resolved.contains(id))
            return;
        const DtdlElement *e = element(id);
        if (!e || e->kind != DtdlKind::Interface || visiting.contains(id))
            return;
        visiting.insert(id);
        // Resolve the bases first, then look them up: an insertion into a QHash may move
        // its values, so a pointer from one resolve() does not survive the next one.
        for (const QString &b : e->extends)
            resolve(b);
        QVarLengthArray<const ResolvedInterface *, 4> bases;
        for (const QString &b : e->extends) {
            const auto base = m_resolved.constFind(b);
            bases.append(base != m_resolved.cend() ? &*base : nullptr);
        }
        ResolvedInterface r;
        r.element = e;
        // Content names are unique in a valid hierarchy, so a name already present means
        // the same element reached through another path (a diamond).
        for (const QString &c : e->contents) {
            const DtdlElement *ce = element(c);
            if (ce && !r.byName.contains(ce->name)) {
                r.contents.append(ce);
                r.byName.insert(ce->name, ce);
            }
        }
        for (const QString &b : e->extends) {
            if (!r.ancestors.contains(b))
                r.ancestors.append(b);
        }
        for (const ResolvedInterface *base : std::as_const(bases)) {
            if (!base)
                continue;
            for (const QString &a : base->ancestors) {
                if (!r.ancestors.contains(a))
                    r.ancestors.append(a);
            }
            if (r.byName.isEmpty() && bases.size() == 1) {
                r.contents += base->contents;
                r.byName = base->byName; // shared until written
                continue;
            }
            for (const DtdlElement *ce : base->contents) {
                if (!r.byName.contains(ce->name)) {
                    r.contents.append(ce);
                    r.byName.insert(ce->name, ce);
                }
            }
        }
        visiting.remove(id);
        m_resolved.insert(id, std::move(r));
    };
    for (const auto &[id, e] : m_elements) {
        if (e.kind == DtdlKind::Interface)
            resolve(id);
    }
}

const DtdlElement *ModelRegistry::element(const QString &dtmi) const
{
    const auto it = m_elements.find(dtmi);
    return it == m_elements.end() ? nullptr : &it->second;
}

const ResolvedInterface *ModelRegistry::resolved(const QString &dtmi) const
{
    const auto it = m_resolved.constFind(dtmi);
    return it == m_resolved.cend() ? nullptr : &*it;
}

const DtdlElement *ModelRegistry::content(const QString &dtmi, const QString &name) const
{
    const ResolvedInterface *r = resolved(dtmi);
    return r ? r->byName.value(name) : nullptr;
}

QList<const DtdlElement *> ModelRegistry::relationships(const QString &dtmi) const
{
    QList<const DtdlElement *> result;
    if (const ResolvedInterface *r = resolved(dtmi)) {
        for (const DtdlElement *c : r->contents) {
            if (c->kind == DtdlKind::Relationship)
                result.append(c);
        }
    }
    return result;
}

QStringList ModelRegistry::ancestors(const QString &dtmi) const
{
    const ResolvedInterface *r = resolved(dtmi);
    return r ? r->ancestors : QStringList();
}

bool ModelRegistry::isA(const QString &dtmi, const QString &base) const
{
    return dtmi == base || ancestors(dtmi).contains(base);
}

Category ModelRegistry::category(const QString &dtmi) const
{
    const auto own = m_categoryRoots.constFind(dtmi);
    if (own != m_categoryRoots.cend())
        return *own;
    for (const QString &a : ancestors(dtmi)) {
        const auto it = m_categoryRoots.constFind(a);
        if (it != m_categoryRoots.cend())
            return *it;
    }
    return Category::Other;
}

} // namespace twin
