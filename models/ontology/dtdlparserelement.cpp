// SPDX-License-Identifier: GPL-3.0-or-later
#include "dtdlparserrun.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

namespace twin::dtdlparse {

QString Run::parseElement(element value, KindMask allowed, Ctx ctx, const QString &pointer,
                          const QString &parentId, std::string_view propTerm, int depth,
                          bool topLevel, bool idRequired)
{
    if (depth > 64) {
        error(pointer, QStringLiteral("elements are nested too deeply"), "dtdl.nesting");
        return QString();
    }
    object obj = value.get_object().value();
    const int parentVersion = ctx.version;
    // Context first: it decides the version and the terms in scope.
    bool haveContext = false;
    for (auto [key, member] : obj) {
        if (key == "@context") {
            haveContext = true;
            if (!readContext(member, pointerJoin(pointer, key), topLevel, &ctx))
                return QString();
        }
    }
    if (!topLevel && ctx.version != parentVersion
        && !(parentVersion == 3 && ctx.version == 2 && propTerm != "schemas"
             && (allowed & (bit(DtdlKind::Field) | bit(DtdlKind::MapKey) | bit(DtdlKind::MapValue)
                            | bit(DtdlKind::EnumValue) | bit(DtdlKind::CommandRequest)
                            | bit(DtdlKind::CommandResponse))) == 0)) {
        error(pointerJoin(pointer, std::string_view("@context")),
              QStringLiteral("a DTDL v%1 element cannot appear here in a DTDL v%2 model")
                  .arg(ctx.version)
                  .arg(parentVersion),
              "dtdl.context.version");
        return QString();
    }
    if (topLevel && !haveContext) {
        error(pointer, QStringLiteral("a top-level element needs an @context naming the DTDL version"),
              "dtdl.context.missing");
        return QString();
    }

    DtdlElement el;
    if (propTerm == "contents")
        el.definedIn = parentId;
    el.version = ctx.version;
    el.file = m_cur.file;
    el.pointer = pointer;
    el.rootId = m_cur.rootId;

    bool ok = true;
    bool open = false;
    bool haveType = false;
    bool haveId = false;
    for (auto [key, member] : obj) {
        if (key == "@type") {
            haveType = true;
            if (!readType(member, allowed, ctx, pointerJoin(pointer, key), &el.kind,
                          &el.semanticTypes, &open))
                return QString();
        } else if (key == "@id") {
            const QString p = pointerJoin(pointer, key);
            if (member.is_array()) {
                error(p, QStringLiteral("@id must be a single DTMI, not an array"), "dtdl.id.array");
                ok = false;
            } else if (!member.is_string()) {
                error(p, QStringLiteral("@id must be a DTMI string"), "dtdl.id.dtmi");
                ok = false;
            } else {
                el.id = toQString(member.get_string().value());
                haveId = true;
            }
        }
    }
    if (!haveType) {
        // The class may be left out where only one class is allowed and the language makes
        // @type optional (fields, mapKey, ...); a Relationship's properties need it.
        bool inferred = false;
        for (const KindInfo &k : kKinds) {
            if (allowed == bit(k.kind) && typeIsOptional(k.kind) && ctx.version >= k.minVersion
                && ctx.version <= k.maxVersion) {
                el.kind = k.kind;
                inferred = true;
            }
        }
        if (!inferred) {
            error(pointer, QStringLiteral("the element has no @type"), "dtdl.type.missing");
            return QString();
        }
    }
    if (topLevel)
        m_cur.rootId = el.id, el.rootId = el.id;

    if (haveId) {
        const QString p = pointerJoin(pointer, std::string_view("@id"));
        if (!DtdlParser::isValidDtmi(el.id, ctx.version == 2, ctx.version >= 3)) {
            error(p, QStringLiteral("'%1' is not a valid DTMI").arg(el.id), "dtdl.id.dtmi");
            ok = false;
        } else if (el.kind == DtdlKind::Interface && el.id.size() > 128) {
            error(p, QStringLiteral("an Interface DTMI may be at most 128 characters long"),
                  "dtdl.id.length");
            ok = false;
        } else if (el.id.size() > 2048) {
            error(p, QStringLiteral("a DTMI may be at most 2048 characters long"), "dtdl.id.length");
            ok = false;
        } else if (el.id.startsWith(u"dtmi:dtdl:") || el.id.startsWith(u"dtmi:standard:")) {
            error(p, QStringLiteral("DTMIs beginning with dtmi:dtdl: or dtmi:standard: are reserved"),
                  "dtdl.id.reserved");
            ok = false;
        }
    } else {
        if (el.kind == DtdlKind::Interface || idRequired) {
            error(pointer, QStringLiteral("a %1 here needs an @id").arg(dtdlKindName(el.kind)),
                  "dtdl.id.required");
            ok = false;
        }
        // Generated ids are unique per parse and stable for the same input.
        QString base = parentId;
        const qsizetype semi = base.lastIndexOf(u';');
        const QString version = semi >= 0 ? base.mid(semi) : QStringLiteral(";1");
        if (semi >= 0)
            base.truncate(semi);
        el.id = base + QStringLiteral(":_") + toQString(propTerm) + QStringLiteral(":__")
            + QString::number(++m_generated) + version;
        el.generatedId = true;
    }
    if (!ok)
        return QString();

    // An Interface opens a partition of its own for what it defines; restored on return.
    struct PartitionScope
    {
        QString &current;
        const QString saved;
        ~PartitionScope() { current = saved; }
    } partitionScope{m_partition, m_partition};
    if (el.kind == DtdlKind::Interface)
        m_partition = el.id;
    const QString partition = m_partition;

    // Properties.
    const int nameMax = ctx.version == 2 ? 64 : 512;
    const int displayNameMax = ctx.version == 2 ? 64 : 512;
    quint32 seen = 0; // bit per Prop
    QVarLengthArray<std::pair<Prop, std::pair<element, QString>>, 16> deferred;
    for (auto [key, member] : obj) {
        if (key == "@type" || key == "@id" || key == "@context")
            continue;
        const QString p = pointerJoin(pointer, key);
        if (key.starts_with('@')) {
            if (ctx.version == 2 && key != "@graph")
                continue; // v2 ignores other JSON-LD keywords
            error(p, QStringLiteral("'%1' is not allowed in a DTDL element").arg(toQString(key)),
                  "dtdl.keyword");
            ok = false;
            continue;
        }
        Prop prop = Prop::None;
        const std::string_view propPrefix = "dtmi:dtdl:property:";
        if (key.starts_with(propPrefix)) {
            const std::string_view rest = key.substr(propPrefix.size());
            const size_t semi = rest.find(';');
            if (semi != std::string_view::npos && rest.substr(semi + 1) == (ctx.version == 2 ? "2" : "3"))
                prop = propFromTerm(rest.substr(0, semi));
        } else if (key.find(':') == std::string_view::npos) {
            prop = propFromTerm(key);
        } else if (!(open && ctx.version == 2) && !DtdlParser::isValidDtmi(toQString(key), false, true)) {
            error(p, QStringLiteral("'%1' is neither a DTDL term nor a valid DTMI").arg(toQString(key)),
                  "dtdl.property.invalid");
            ok = false;
            continue;
        }
        const bool applicable = prop != Prop::None
            && (hasProp(el.kind, prop)
                || (prop == Prop::Unit && !el.semanticTypes.isEmpty()));
        if (!applicable) {
            if (open)
                continue;
            error(p, QStringLiteral("'%1' is not a property of %2").arg(toQString(key), dtdlKindName(el.kind)),
                  "dtdl.property.undefined");
            ok = false;
            continue;
        }
        if ((seen & (1u << int(prop)))) {
            error(p, QStringLiteral("'%1' is given twice (as a term and as a DTMI)").arg(toQString(termOf(prop))),
                  "dtdl.property.duplicate");
            ok = false;
            continue;
        }
        if (member.is_array() && asArray(member).size() == 0)
            continue; // an empty array is the same as leaving the property out
        seen |= 1u << int(prop);
        deferred.push_back({prop, {member, p}});
    }

    for (const auto &[prop, mp] : deferred) {
        m_version = ctx.version;
        const element member = mp.first;
        const QString &p = mp.second;
        switch (prop) {
        case Prop::Comment: {
            QString s;
            if (!readString(member, p, "comment", &s)) {
                ok = false;
            } else if (s.size() > 512) {
                error(p, QStringLiteral("comment is %1 characters long; at most 512 are allowed").arg(s.size()),
                      "dtdl.comment.length");
                ok = false;
            }
            el.comment = s;
            break;
        }
        case Prop::Description: {
            const qsizetype before = m_result.diagnostics.size();
            readLocalized(member, p, 512, &el.description, "dtdl.description.length");
            ok = ok && m_result.diagnostics.size() == before;
            break;
        }
        case Prop::DisplayName: {
            const qsizetype before = m_result.diagnostics.size();
            readLocalized(member, p, displayNameMax, &el.displayName, "dtdl.displayName.length");
            ok = ok && m_result.diagnostics.size() == before;
            break;
        }
        case Prop::Name: {
            if (!readString(member, p, "name", &el.name)) {
                ok = false;
            } else if (el.name.size() > nameMax) {
                error(p, QStringLiteral("name is %1 characters long; at most %2 are allowed")
                             .arg(el.name.size())
                             .arg(nameMax),
                      "dtdl.name.length");
                ok = false;
            } else if (!isValidName(el.name, nameMax)) {
                error(p, QStringLiteral("'%1' is not a valid name: use letters, digits and underscores, "
                                        "starting with a letter and not ending with an underscore")
                             .arg(el.name),
                      "dtdl.name.pattern");
                ok = false;
            }
            break;
        }
        case Prop::Unit: {
            QString s;
            if (!readPlainString(member, p, "unit", &s)) {
                ok = false;
                break;
            }
            if (s.startsWith(u"dtmi:standard:unit:") && s.endsWith(u";2") && ctx.version == 2)
                s = s.mid(19).chopped(2);
            if (!DtdlVocabulary::isUnit(s, ctx.version)) {
                error(p, QStringLiteral("'%1' is not a unit").arg(s), "dtdl.unit.unknown");
                ok = false;
            }
            el.unit = s;
            break;
        }
        case Prop::Writable:
            if (!readBoolean(member, p, "writable", &el.writable))
                ok = false;
            break;
        case Prop::MinMultiplicity:
        case Prop::MaxMultiplicity: {
            qint64 n = 0;
            if (!readInteger(member, p, prop == Prop::MinMultiplicity ? "minMultiplicity" : "maxMultiplicity", &n)) {
                ok = false;
                break;
            }
            const int clamped = int(qBound<qint64>(qint64(-1), n, qint64(std::numeric_limits<int>::max())));
            if (prop == Prop::MinMultiplicity) {
                el.minMultiplicity = clamped;
                if (n != 0) {
                    error(p, QStringLiteral("minMultiplicity must be 0"), "dtdl.relationship.minMultiplicity");
                    ok = false;
                } else if (n < 0) {
                    error(p, QStringLiteral("minMultiplicity must not be negative"), "dtdl.relationship.minMultiplicity");
                    ok = false;
                }
            } else {
                el.maxMultiplicity = clamped;
                if (n < 1) {
                    error(p, QStringLiteral("maxMultiplicity must be at least 1"), "dtdl.relationship.maxMultiplicity");
                    ok = false;
                } else if (ctx.version == 2 && n > 500) {
                    error(p, QStringLiteral("maxMultiplicity may be at most 500"), "dtdl.relationship.maxMultiplicity");
                    ok = false;
                }
            }
            break;
        }
        case Prop::CommandType: {
            QString s;
            if (!readPlainString(member, p, "commandType", &s)) {
                ok = false;
                break;
            }
            const QString suffix = ctx.version == 2 ? QStringLiteral(";2") : QStringLiteral(";3");
            if (s.startsWith(u"dtmi:dtdl:instance:CommandType:") && s.endsWith(suffix))
                s = s.mid(31).chopped(2);
            if (s != u"synchronous" && s != u"asynchronous") {
                error(p, QStringLiteral("commandType must be synchronous or asynchronous"),
                      "dtdl.command.commandType");
                ok = false;
            }
            el.commandType = s;
            break;
        }
        case Prop::ValueSchema: {
            QString s;
            if (!readPlainString(member, p, "valueSchema", &s)) {
                ok = false;
                break;
            }
            const QString suffix = ctx.version == 2 ? QStringLiteral(";2") : QStringLiteral(";3");
            if (s.startsWith(u"dtmi:dtdl:instance:Schema:") && s.endsWith(suffix))
                s = s.mid(26).chopped(2);
            if (s != u"integer" && s != u"string") {
                error(p, QStringLiteral("valueSchema must be integer or string"), "dtdl.enum.valueSchema");
                ok = false;
            }
            el.valueSchema = s;
            break;
        }
        case Prop::EnumValue: {
            element v = member;
            if (v.is_array() && asArray(v).size() == 1)
                v = asArray(v).at(0).value();
            if (v.is_object()) {
                // A representational integer or string: its @type must match its @value.
                element inner;
                const bool integer = !asObject(v)["@value"].get(inner) && inner.is_int64();
                if (!unwrapValueObject(v, p, integer ? "integer" : "string", &v)) {
                    ok = false;
                    break;
                }
            }
            if (v.is_int64() && v.get_int64().value() >= std::numeric_limits<qint32>::min()
                && v.get_int64().value() <= std::numeric_limits<qint32>::max())
                el.enumValue = qlonglong(v.get_int64().value());
            else if (v.is_string())
                el.enumValue = toQString(v.get_string().value());
            else {
                error(p, QStringLiteral("enumValue must be a 32-bit integer or a string"), "dtdl.enumValue.type");
                ok = false;
            }
            break;
        }
        case Prop::Schema: {
            KindMask allowedSchemas = kComplexSchemaKinds;
            bool terms = true;
            if (el.kind == DtdlKind::Component) {
                allowedSchemas = bit(DtdlKind::Interface);
                terms = false;
            }
            el.schema = readSchemaValue(member, allowedSchemas, ctx, p, el, prop, depth, terms);
            if (el.schema.isEmpty())
                ok = false;
            break;
        }
        case Prop::ElementSchema:
            el.elementSchema = readSchemaValue(member, kComplexSchemaKinds, ctx, p, el, prop, depth, true);
            ok = ok && !el.elementSchema.isEmpty();
            break;
        case Prop::Request:
        case Prop::Response: {
            const KindMask k = ctx.version == 2 ? bit(DtdlKind::CommandPayload)
                                                : bit(prop == Prop::Request ? DtdlKind::CommandRequest
                                                                            : DtdlKind::CommandResponse);
            QString &target = prop == Prop::Request ? el.request : el.response;
            target = readSchemaValue(member, k, ctx, p, el, prop, depth, false);
            ok = ok && !target.isEmpty();
            break;
        }
        case Prop::MapKey:
            el.mapKey = readSchemaValue(member, bit(DtdlKind::MapKey), ctx, p, el, prop, depth, false);
            ok = ok && !el.mapKey.isEmpty();
            break;
        case Prop::MapValue:
            el.mapValue = readSchemaValue(member, bit(DtdlKind::MapValue), ctx, p, el, prop, depth, false);
            ok = ok && !el.mapValue.isEmpty();
            break;
        case Prop::Target: {
            QString s;
            element v = member;
            if (v.is_array() && asArray(v).size() == 1)
                v = asArray(v).at(0).value();
            if (!v.is_string()) {
                error(p, QStringLiteral("target must be a DTMI string"), "dtdl.reference.invalid");
                ok = false;
                break;
            }
            s = toQString(v.get_string().value());
            if (!DtdlParser::isValidDtmi(s, ctx.version == 2, ctx.version >= 3)) {
                error(p, QStringLiteral("target '%1' is not a valid DTMI").arg(s), "dtdl.reference.invalid");
                ok = false;
            }
            el.target = s;
            break;
        }
        case Prop::Contents:
        case Prop::Extends:
        case Prop::Schemas:
        case Prop::Fields:
        case Prop::EnumValues:
        case Prop::Properties: {
            KindMask k = 0;
            QStringList *list = nullptr;
            bool idRequiredHere = false;
            switch (prop) {
            case Prop::Contents: k = kContentKinds; list = &el.contents; break;
            case Prop::Extends: k = bit(DtdlKind::Interface); list = &el.extends; break;
            case Prop::Schemas: k = kComplexSchemaKinds; list = &el.schemas; idRequiredHere = true; break;
            case Prop::Fields: k = bit(DtdlKind::Field); list = &el.fields; break;
            case Prop::EnumValues: k = bit(DtdlKind::EnumValue); list = &el.enumValues; break;
            default: k = bit(DtdlKind::Property); list = &el.properties; break;
            }
            const qsizetype before = m_result.diagnostics.size();
            *list = readElementSet(member, k, ctx, p, el, prop, depth, idRequiredHere);
            ok = ok && m_result.diagnostics.size() == before;
            break;
        }
        case Prop::None:
            break;
        }
    }
    for (const PropInfo &pi : kProps) {
        if (requiresProp(el.kind, pi.prop, ctx.version) && !(seen & (1u << int(pi.prop)))) {
            error(pointer, QStringLiteral("a %1 needs '%2'").arg(dtdlKindName(el.kind), toQString(pi.term)),
                  "dtdl.property.required");
            ok = false;
        }
    }
    if (!el.semanticTypes.isEmpty()) {
        if (!acceptsSemanticType(el.kind, ctx.version)) {
            error(pointer, QStringLiteral("a %1 cannot carry a semantic type").arg(dtdlKindName(el.kind)),
                  "dtdl.semanticType.element");
            ok = false;
        } else if (el.semanticTypes.size() > 1) {
            error(pointer, QStringLiteral("at most one semantic type may be given"), "dtdl.semanticType.multiple");
            ok = false;
        } else {
            if (el.unit.isEmpty()) {
                error(pointer, QStringLiteral("a %1 with semantic type %2 needs a unit")
                                   .arg(dtdlKindName(el.kind), el.semanticTypes.first()),
                      "dtdl.unit.required");
                ok = false;
            }
            if (!el.unit.isEmpty() && DtdlVocabulary::isUnit(el.unit, ctx.version)
                && !DtdlVocabulary::isUnitOf(el.unit, el.semanticTypes.first(), ctx.version)) {
                error(pointerJoin(pointer, std::string_view("unit")),
                      QStringLiteral("'%1' is not a unit of %2 in DTDL v%3")
                          .arg(el.unit, el.semanticTypes.first())
                          .arg(ctx.version),
                      "dtdl.unit.mismatch");
                ok = false;
            }
            if (!el.schema.isEmpty() && !DtdlVocabulary::isNumericSchema(el.schema)) {
                error(pointerJoin(pointer, std::string_view("schema")),
                      QStringLiteral("a semantic type needs a numeric schema"), "dtdl.semanticType.schema");
                ok = false;
            }
        }
    }
    if (el.kind == DtdlKind::MapKey && !el.schema.isEmpty() && el.schema != u"string") {
        error(pointerJoin(pointer, std::string_view("schema")), QStringLiteral("a map key's schema must be string"),
              "dtdl.mapKey.schema");
        ok = false;
    }
    if (el.kind == DtdlKind::Relationship && el.minMultiplicity >= 0 && el.maxMultiplicity >= 1
        && el.minMultiplicity > el.maxMultiplicity) {
        error(pointer, QStringLiteral("minMultiplicity exceeds maxMultiplicity"), "dtdl.relationship.multiplicity");
        ok = false;
    }
    if (el.kind == DtdlKind::Enum && !el.valueSchema.isEmpty()) {
        QSet<QString> names;
        QSet<QString> values;
        for (const QString &id : std::as_const(el.enumValues)) {
            const auto it = m_index.constFind(id);
            if (it == m_index.cend())
                continue;
            const DtdlElement &ev = m_result.elements[size_t(*it)];
            const bool isInt = ev.enumValue.typeId() == QMetaType::LongLong;
            if (ev.enumValue.isValid() && isInt != (el.valueSchema == u"integer")) {
                error(ev.pointer, QStringLiteral("enumValue must be of the enum's valueSchema (%1)").arg(el.valueSchema),
                      "dtdl.enumValue.type");
                ok = false;
            }
            if (names.contains(ev.name)) {
                error(ev.pointer, QStringLiteral("enum value name '%1' is used twice").arg(ev.name), "dtdl.enumValue.nameUnique");
                ok = false;
            }
            names.insert(ev.name);
            if (ev.enumValue.isValid()) {
                const QString key = (isInt ? u'i' : u's') + ev.enumValue.toString();
                if (values.contains(key)) {
                    error(ev.pointer, QStringLiteral("enum value %1 is used twice").arg(ev.enumValue.toString()),
                          "dtdl.enumValue.valueUnique");
                    ok = false;
                }
                values.insert(key);
            }
        }
    }
    if (ctx.version == 2) {
        auto limit = [&](const QStringList &list, int max, const char *what) {
            if (list.size() > max) {
                error(pointer, QStringLiteral("a %1 may have at most %2 %3").arg(dtdlKindName(el.kind)).arg(max).arg(QLatin1String(what)),
                      "dtdl.count");
                ok = false;
            }
        };
        limit(el.fields, 30, "fields");
        limit(el.enumValues, 100, "enum values");
        limit(el.properties, 300, "properties");
    }
    if (el.kind == DtdlKind::Object || el.kind == DtdlKind::Relationship) {
        QSet<QString> names;
        for (const QString &id : std::as_const(el.kind == DtdlKind::Object ? el.fields : el.properties)) {
            const auto it = m_index.constFind(id);
            if (it == m_index.cend())
                continue;
            const DtdlElement &f = m_result.elements[size_t(*it)];
            if (names.contains(f.name)) {
                error(f.pointer, QStringLiteral("name '%1' is used twice").arg(f.name), "dtdl.field.nameUnique");
                ok = false;
            }
            names.insert(f.name);
        }
    }
    if (!ok)
        return QString();

    if (m_index.contains(el.id)) {
        error(pointerJoin(pointer, std::string_view("@id")),
              QStringLiteral("'%1' is defined more than once").arg(el.id), "dtdl.id.duplicate");
        return QString();
    }
    const QString id = el.id;
    m_partitionOf.insert(id, partition);
    m_index.insert(id, qsizetype(m_result.elements.size()));
    m_result.elements.push_back(std::move(el));
    return id;
}

void Run::parseDocument(int index, const DtdlParser::Document &doc)
{
    m_cur.file = doc.file;
    QByteArray bytes = doc.bytes;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    // One parser per thread: its buffers are reused from document to document.
    thread_local simdjson::dom::parser parser;
    element root;
    const auto err = parser.parse(bytes.constData(), size_t(bytes.size())).get(root);
    if (err) {
        QJsonParseError qerr;
        QJsonDocument::fromJson(bytes, &qerr);
        if (qerr.error != QJsonParseError::NoError) {
            const QByteArray head = bytes.left(qerr.offset);
            const int line = int(head.count('\n')) + 1;
            const int column = int(qerr.offset - head.lastIndexOf('\n'));
            Diagnostic d = Diagnostic::error(doc.file, line, QStringLiteral("malformed JSON: %1").arg(qerr.errorString()));
            d.column = column;
            d.rule = QStringLiteral("json.syntax");
            m_result.diagnostics.append(d);
        } else {
            m_result.diagnostics.append(Diagnostic::errorAt(
                doc.file, QString(), QStringLiteral("cannot read the JSON: %1").arg(QString::fromLatin1(simdjson::error_message(err))),
                QStringLiteral("json.syntax")));
        }
        return;
    }
    auto top = [&](element e, const QString &pointer, int arrayIndex) {
        if (!e.is_object()) {
            error(pointer, QStringLiteral("expected a DTDL interface object"), "dtdl.root.type");
            return;
        }
        m_cur.rootId.clear();
        m_partition.clear();
        const QString id = parseElement(e, bit(DtdlKind::Interface), Ctx(), pointer, QString(), {}, 0, true, true);
        if (!id.isEmpty())
            m_result.interfaces.append({id, index, arrayIndex});
    };
    if (root.is_array()) {
        int i = 0;
        for (element e : asArray(root)) {
            top(e, QStringLiteral("/") + QString::number(i), i);
            ++i;
        }
    } else if (root.is_object()) {
        top(root, QString(), -1);
    } else {
        error(QString(), QStringLiteral("a DTDL document must be an object or an array of objects"),
              "dtdl.root.type");
    }
}

} // namespace twin::dtdlparse
