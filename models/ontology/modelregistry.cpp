// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelregistry.h"

#include "ontology/dtdlfiles.h"
#include "ontology/dtdlparser.h"
#include "ontology/dtdlvocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTime>
#include <QVarLengthArray>

namespace twin {

Q_LOGGING_CATEGORY(lcOntology, "twin.ontology", QtInfoMsg)

namespace {

const QString kMetadata = QStringLiteral("$metadata");

bool isIntegral(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d);
}

} // namespace

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

QJsonObject ModelRegistry::interfaceJson(const QString &dtmi) const
{
    const auto cached = m_jsonCache.constFind(dtmi);
    if (cached != m_jsonCache.cend())
        return *cached;
    const auto it = m_sources.constFind(dtmi);
    if (it == m_sources.cend())
        return {};
    QJsonObject result = it->object;
    if (result.isEmpty()) {
        QByteArray bytes = it->bytes;
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        result = it->arrayIndex >= 0 ? doc.array().at(it->arrayIndex).toObject() : doc.object();
    }
    m_jsonCache.insert(dtmi, result);
    return result;
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

QString ModelRegistry::sensorDataType(const Twin &twin) const
{
    const QString own = twin.properties.value(QStringLiteral("dataType")).toString();
    if (!own.isEmpty())
        return own;
    // The nearest sensor type named "<Type>Sensor" (core TemperatureSensor, REC
    // TemperatureSensor, ...) names the data type.
    QStringList chain{twin.model};
    chain += ancestors(twin.model);
    for (const QString &id : std::as_const(chain)) {
        const qsizetype colon = id.lastIndexOf(u':');
        const qsizetype semi = id.indexOf(u';', colon);
        const QString local = id.mid(colon + 1, semi < 0 ? -1 : semi - colon - 1);
        if (local.size() > 6 && local.endsWith(QStringLiteral("Sensor")))
            return local.chopped(6);
    }
    if (const ResolvedInterface *r = resolved(twin.model)) {
        for (const DtdlElement *c : r->contents) {
            if (c->kind != DtdlKind::Telemetry)
                continue;
            if (!c->semanticTypes.isEmpty()) {
                const QString t = c->semanticTypes.first();
                return t == u"RelativeHumidity" ? QStringLiteral("Humidity") : t;
            }
            QString name = c->name;
            if (!name.isEmpty())
                name[0] = name[0].toUpper();
            return name;
        }
    }
    return QString();
}

QString ModelRegistry::sensorUnit(const Twin &twin) const
{
    const QString own = twin.properties.value(QStringLiteral("unit")).toString();
    if (!own.isEmpty())
        return own;
    if (const ResolvedInterface *r = resolved(twin.model)) {
        for (const DtdlElement *c : r->contents) {
            if (c->kind == DtdlKind::Telemetry)
                return c->unit;
        }
    }
    return QString();
}

QJsonValue ModelRegistry::schemaJson(const QString &schema) const
{
    const DtdlElement *e = element(schema);
    if (!e || !e->isSchema())
        return schema;
    return elementJson(*e, 0);
}

QJsonObject ModelRegistry::elementJson(const DtdlElement &e, int depth) const
{
    QJsonObject o;
    if (!e.generatedId)
        o.insert(QStringLiteral("@id"), e.id);
    if (e.semanticTypes.isEmpty()) {
        o.insert(QStringLiteral("@type"), dtdlKindName(e.kind));
    } else {
        QJsonArray types{dtdlKindName(e.kind)};
        for (const QString &t : e.semanticTypes)
            types.append(t);
        o.insert(QStringLiteral("@type"), types);
    }
    if (!e.name.isEmpty())
        o.insert(QStringLiteral("name"), e.name);
    auto lang = [&](const char *key, const QMap<QString, QString> &m) {
        if (m.isEmpty())
            return;
        if (m.size() == 1 && m.contains(QStringLiteral("en"))) {
            o.insert(QLatin1String(key), m.first());
            return;
        }
        QJsonObject l;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            l.insert(it.key().isEmpty() ? QStringLiteral("en") : it.key(), it.value());
        o.insert(QLatin1String(key), l);
    };
    lang("displayName", e.displayName);
    lang("description", e.description);
    if (!e.comment.isEmpty())
        o.insert(QStringLiteral("comment"), e.comment);
    const bool deep = depth < 8;
    auto schema = [&](const QString &s) -> QJsonValue {
        const DtdlElement *se = element(s);
        if (se && se->isSchema() && deep)
            return elementJson(*se, depth + 1);
        return s;
    };
    auto child = [&](const QString &id) -> QJsonValue {
        const DtdlElement *ce = element(id);
        if (ce && deep)
            return elementJson(*ce, depth + 1);
        return id;
    };
    auto children = [&](const char *key, const QStringList &ids) {
        if (ids.isEmpty())
            return;
        QJsonArray a;
        for (const QString &id : ids)
            a.append(child(id));
        o.insert(QLatin1String(key), a);
    };
    switch (e.kind) {
    case DtdlKind::Telemetry:
    case DtdlKind::Field:
    case DtdlKind::MapKey:
    case DtdlKind::MapValue:
    case DtdlKind::CommandPayload:
    case DtdlKind::CommandRequest:
    case DtdlKind::CommandResponse:
        o.insert(QStringLiteral("schema"), schema(e.schema));
        break;
    case DtdlKind::Property:
        o.insert(QStringLiteral("schema"), schema(e.schema));
        o.insert(QStringLiteral("writable"), e.writable);
        break;
    case DtdlKind::Component:
        o.insert(QStringLiteral("schema"), e.schema);
        break;
    case DtdlKind::Command:
        if (!e.request.isEmpty())
            o.insert(QStringLiteral("request"), child(e.request));
        if (!e.response.isEmpty())
            o.insert(QStringLiteral("response"), child(e.response));
        break;
    case DtdlKind::Relationship:
        if (!e.target.isEmpty())
            o.insert(QStringLiteral("target"), e.target);
        if (e.minMultiplicity >= 0)
            o.insert(QStringLiteral("minMultiplicity"), e.minMultiplicity);
        if (e.maxMultiplicity >= 0)
            o.insert(QStringLiteral("maxMultiplicity"), e.maxMultiplicity);
        o.insert(QStringLiteral("writable"), e.writable);
        children("properties", e.properties);
        break;
    case DtdlKind::Array:
        o.insert(QStringLiteral("elementSchema"), schema(e.elementSchema));
        break;
    case DtdlKind::Enum:
        o.insert(QStringLiteral("valueSchema"), e.valueSchema);
        children("enumValues", e.enumValues);
        break;
    case DtdlKind::EnumValue:
        o.insert(QStringLiteral("enumValue"), QJsonValue::fromVariant(e.enumValue));
        break;
    case DtdlKind::Map:
        o.insert(QStringLiteral("mapKey"), child(e.mapKey));
        o.insert(QStringLiteral("mapValue"), child(e.mapValue));
        break;
    case DtdlKind::Object:
        children("fields", e.fields);
        break;
    case DtdlKind::Interface:
        break;
    }
    if (!e.unit.isEmpty())
        o.insert(QStringLiteral("unit"), e.unit);
    return o;
}

QJsonObject ModelRegistry::resolvedJson(const QString &dtmi) const
{
    const ResolvedInterface *r = resolved(dtmi);
    if (!r)
        return {};
    QJsonObject o = elementJson(*r->element, 0);
    if (!r->element->extends.isEmpty())
        o.insert(QStringLiteral("extends"), QJsonArray::fromStringList(r->element->extends));
    o.insert(QStringLiteral("ancestors"), QJsonArray::fromStringList(r->ancestors));
    o.insert(QStringLiteral("category"), categoryName(category(dtmi)));
    QJsonArray contents;
    for (const DtdlElement *c : r->contents) {
        QJsonObject co = elementJson(*c, 1);
        co.insert(QStringLiteral("definedIn"), c->definedIn);
        contents.append(co);
    }
    o.insert(QStringLiteral("contents"), contents);
    return o;
}

void ModelRegistry::validateValue(const QJsonValue &value, const QString &schema, const QString &pointer,
                                  const QString &file, const QString &what, Diagnostics *out, int depth) const
{
    auto fail = [&](const QString &expected) {
        out->append(Diagnostic::errorAt(file, pointer,
                                        QStringLiteral("%1: expected %2").arg(what, expected),
                                        QStringLiteral("twin.value.schema")));
    };
    if (depth > 32) {
        fail(QStringLiteral("a value nested less deeply"));
        return;
    }
    if (schema == u"boolean") {
        if (!value.isBool())
            fail(QStringLiteral("true or false"));
    } else if (schema == u"integer" || schema == u"long" || schema == u"short" || schema == u"byte"
               || schema == u"unsignedByte" || schema == u"unsignedShort" || schema == u"unsignedInteger"
               || schema == u"unsignedLong") {
        if (!isIntegral(value) || (schema.startsWith(u"unsigned") && value.toDouble() < 0))
            fail(QStringLiteral("an integer (%1)").arg(schema));
    } else if (schema == u"double" || schema == u"float" || schema == u"decimal") {
        if (!value.isDouble())
            fail(QStringLiteral("a number (%1)").arg(schema));
    } else if (schema == u"string" || schema == u"uuid" || schema == u"bytes") {
        if (!value.isString())
            fail(QStringLiteral("a string"));
    } else if (schema == u"date") {
        if (!value.isString() || !QDate::fromString(value.toString(), Qt::ISODate).isValid())
            fail(QStringLiteral("a date (YYYY-MM-DD)"));
    } else if (schema == u"dateTime") {
        if (!value.isString() || !QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid())
            fail(QStringLiteral("a date and time (ISO 8601)"));
    } else if (schema == u"time") {
        if (!value.isString() || !QTime::fromString(value.toString(), Qt::ISODateWithMs).isValid())
            fail(QStringLiteral("a time (hh:mm:ss)"));
    } else if (schema == u"duration") {
        static const QRegularExpression re(QStringLiteral(
            "^P(?!$)(\\d+(\\.\\d+)?Y)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?"
            "(T(?=\\d)(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?$"));
        if (!value.isString() || !re.match(value.toString()).hasMatch())
            fail(QStringLiteral("an ISO 8601 duration (e.g. PT5M)"));
    } else if (DtdlVocabulary::isGeospatialSchema(schema)) {
        if (!value.isObject() || !value.toObject().value(QStringLiteral("coordinates")).isArray())
            fail(QStringLiteral("a GeoJSON %1").arg(schema));
    } else if (const DtdlElement *s = element(schema)) {
        switch (s->kind) {
        case DtdlKind::Enum: {
            for (const QString &id : s->enumValues) {
                const DtdlElement *ev = element(id);
                if (!ev)
                    continue;
                if (s->valueSchema == u"integer" ? (isIntegral(value) && qlonglong(value.toDouble()) == ev->enumValue.toLongLong())
                                                 : (value.isString() && value.toString() == ev->enumValue.toString()))
                    return;
            }
            QStringList allowed;
            for (const QString &id : s->enumValues) {
                if (const DtdlElement *ev = element(id))
                    allowed.append(ev->enumValue.toString());
            }
            fail(QStringLiteral("one of %1").arg(allowed.join(QStringLiteral(", "))));
            break;
        }
        case DtdlKind::Object: {
            if (!value.isObject()) {
                fail(QStringLiteral("an object"));
                break;
            }
            const QJsonObject o = value.toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (it.key() == kMetadata)
                    continue;
                const DtdlElement *field = nullptr;
                for (const QString &fid : s->fields) {
                    const DtdlElement *f = element(fid);
                    if (f && f->name == it.key()) {
                        field = f;
                        break;
                    }
                }
                const QString p = pointer + u'/' + jsonPointerToken(it.key());
                if (!field) {
                    out->append(Diagnostic::errorAt(file, p, QStringLiteral("%1: the object has no field '%2'").arg(what, it.key()),
                                                    QStringLiteral("twin.value.field")));
                    continue;
                }
                validateValue(it.value(), field->schema, p, file, what + u'.' + it.key(), out, depth + 1);
            }
            break;
        }
        case DtdlKind::Map: {
            if (!value.isObject()) {
                fail(QStringLiteral("an object (a map)"));
                break;
            }
            const DtdlElement *mv = element(s->mapValue);
            if (!mv)
                break;
            const QJsonObject o = value.toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (it.key() == kMetadata)
                    continue;
                validateValue(it.value(), mv->schema, pointer + u'/' + jsonPointerToken(it.key()), file,
                              what + u'.' + it.key(), out, depth + 1);
            }
            break;
        }
        case DtdlKind::Array: {
            if (!value.isArray()) {
                fail(QStringLiteral("an array"));
                break;
            }
            const QJsonArray a = value.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                validateValue(a.at(i), s->elementSchema, pointer + u'/' + QString::number(i), file,
                              what + u'[' + QString::number(i) + u']', out, depth + 1);
            }
            break;
        }
        default:
            break;
        }
    }
}

void ModelRegistry::validateProperties(const QJsonObject &values, const ResolvedInterface &iface,
                                       const QString &pointer, const QString &file, const QString &twinId,
                                       Diagnostics *out, int depth) const
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString &key = it.key();
        if (key.startsWith(u'$'))
            continue;
        const QString p = pointer + u'/' + jsonPointerToken(key);
        const DtdlElement *c = iface.byName.value(key);
        if (!c) {
            out->append(Diagnostic::errorAt(file, p,
                                            QStringLiteral("twin '%1': %2 has no property '%3'")
                                                .arg(twinId, iface.element->id, key),
                                            QStringLiteral("twin.property.unknown")));
            continue;
        }
        if (c->kind == DtdlKind::Property) {
            validateValue(it.value(), c->schema, p, file,
                          QStringLiteral("twin '%1' property '%2'").arg(twinId, key), out, depth);
        } else if (c->kind == DtdlKind::Component) {
            const ResolvedInterface *ci = resolved(c->schema);
            if (!it.value().isObject()) {
                out->append(Diagnostic::errorAt(file, p,
                                                QStringLiteral("twin '%1': component '%2' must be an object").arg(twinId, key),
                                                QStringLiteral("twin.component.type")));
            } else if (ci && depth < 8) {
                validateProperties(it.value().toObject(), *ci, p, file, twinId, out, depth + 1);
            }
        } else {
            out->append(Diagnostic::errorAt(file, p,
                                            QStringLiteral("twin '%1': '%2' is a %3, not a property")
                                                .arg(twinId, key, dtdlKindName(c->kind)),
                                            QStringLiteral("twin.property.kind")));
        }
    }
}

Diagnostics ModelRegistry::validateTwin(const Twin &twin, const QString &file) const
{
    Diagnostics result;
    if (m_resolved.isEmpty())
        return result;
    const ResolvedInterface *r = resolved(twin.model);
    if (!r) {
        result.append(Diagnostic::errorAt(file, QString(),
                                          QStringLiteral("twin '%1': model %2 is not loaded")
                                              .arg(twin.id, twin.model),
                                          QStringLiteral("twin.model.unknown")));
        return result;
    }
    validateProperties(twin.properties, *r, QString(), file, twin.id, &result, 0);
    return result;
}

Diagnostics ModelRegistry::validateRelationship(const QString &sourceModel, const QString &name,
                                                const QString &targetModel, const QString &file) const
{
    Diagnostics result;
    if (m_resolved.isEmpty())
        return result;
    const ResolvedInterface *source = resolved(sourceModel);
    if (!source) {
        result.append(Diagnostic::errorAt(file, QString(), QStringLiteral("model %1 is not loaded").arg(sourceModel),
                                          QStringLiteral("twin.model.unknown")));
        return result;
    }
    const DtdlElement *rel = source->byName.value(name);
    if (!rel || rel->kind != DtdlKind::Relationship) {
        result.append(Diagnostic::errorAt(file, QString(),
                                          QStringLiteral("%1 has no relationship '%2'").arg(sourceModel, name),
                                          QStringLiteral("twin.relationship.unknown")));
        return result;
    }
    if (!contains(targetModel)) {
        result.append(Diagnostic::errorAt(file, QString(), QStringLiteral("model %1 is not loaded").arg(targetModel),
                                          QStringLiteral("twin.model.unknown")));
        return result;
    }
    if (!rel->target.isEmpty() && !isA(targetModel, rel->target)) {
        result.append(Diagnostic::errorAt(file, QString(),
                                          QStringLiteral("relationship '%1' of %2 must target a %3; %4 is not one")
                                              .arg(name, sourceModel, rel->target, targetModel),
                                          QStringLiteral("twin.relationship.target")));
    }
    return result;
}

} // namespace twin
