// SPDX-License-Identifier: GPL-3.0-or-later
#include "dtdlparser.h"

#include "ontology/dtdlvocabulary.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QVarLengthArray>

#include <simdjson.h>

#include <string_view>
#include <unordered_map>

namespace twin {

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

enum class Prop {
    None,
    Comment,
    Description,
    DisplayName,
    Name,
    Schema,
    Writable,
    CommandType,
    Request,
    Response,
    Target,
    MinMultiplicity,
    MaxMultiplicity,
    Properties,
    Contents,
    Extends,
    Schemas,
    ElementSchema,
    EnumValues,
    ValueSchema,
    EnumValue,
    MapKey,
    MapValue,
    Fields,
    Unit,
};

struct PropInfo
{
    Prop prop;
    std::string_view term;
};

constexpr PropInfo kProps[] = {
    {Prop::Comment, "comment"},
    {Prop::Description, "description"},
    {Prop::DisplayName, "displayName"},
    {Prop::Name, "name"},
    {Prop::Schema, "schema"},
    {Prop::Writable, "writable"},
    {Prop::CommandType, "commandType"},
    {Prop::Request, "request"},
    {Prop::Response, "response"},
    {Prop::Target, "target"},
    {Prop::MinMultiplicity, "minMultiplicity"},
    {Prop::MaxMultiplicity, "maxMultiplicity"},
    {Prop::Properties, "properties"},
    {Prop::Contents, "contents"},
    {Prop::Extends, "extends"},
    {Prop::Schemas, "schemas"},
    {Prop::ElementSchema, "elementSchema"},
    {Prop::EnumValues, "enumValues"},
    {Prop::ValueSchema, "valueSchema"},
    {Prop::EnumValue, "enumValue"},
    {Prop::MapKey, "mapKey"},
    {Prop::MapValue, "mapValue"},
    {Prop::Fields, "fields"},
    {Prop::Unit, "unit"},
};

Prop propFromTerm(std::string_view term)
{
    for (const PropInfo &p : kProps) {
        if (p.term == term)
            return p.prop;
    }
    return Prop::None;
}

std::string_view termOf(Prop prop)
{
    for (const PropInfo &p : kProps) {
        if (p.prop == prop)
            return p.term;
    }
    return {};
}

using KindMask = quint32;
constexpr KindMask bit(DtdlKind k) { return KindMask(1) << int(k); }
constexpr KindMask kContentKinds = bit(DtdlKind::Telemetry) | bit(DtdlKind::Property)
    | bit(DtdlKind::Command) | bit(DtdlKind::Relationship) | bit(DtdlKind::Component);
constexpr KindMask kComplexSchemaKinds = bit(DtdlKind::Array) | bit(DtdlKind::Enum)
    | bit(DtdlKind::Map) | bit(DtdlKind::Object);
constexpr KindMask kReferenceableKinds = bit(DtdlKind::Interface) | kComplexSchemaKinds;

struct KindInfo
{
    DtdlKind kind;
    std::string_view term;
    int minVersion;
    int maxVersion;
};

constexpr KindInfo kKinds[] = {
    {DtdlKind::Interface, "Interface", 2, 3},
    {DtdlKind::Telemetry, "Telemetry", 2, 3},
    {DtdlKind::Property, "Property", 2, 3},
    {DtdlKind::Command, "Command", 2, 3},
    {DtdlKind::CommandPayload, "CommandPayload", 2, 2},
    {DtdlKind::CommandRequest, "CommandRequest", 3, 3},
    {DtdlKind::CommandResponse, "CommandResponse", 3, 3},
    {DtdlKind::Relationship, "Relationship", 2, 3},
    {DtdlKind::Component, "Component", 2, 3},
    {DtdlKind::Array, "Array", 2, 3},
    {DtdlKind::Enum, "Enum", 2, 3},
    {DtdlKind::EnumValue, "EnumValue", 2, 3},
    {DtdlKind::Map, "Map", 2, 3},
    {DtdlKind::MapKey, "MapKey", 2, 3},
    {DtdlKind::MapValue, "MapValue", 2, 3},
    {DtdlKind::Object, "Object", 2, 3},
    {DtdlKind::Field, "Field", 2, 3},
};

bool kindFromTerm(std::string_view term, int version, DtdlKind *kind)
{
    for (const KindInfo &k : kKinds) {
        if (k.term == term && version >= k.minVersion && version <= k.maxVersion) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

bool hasProp(DtdlKind kind, Prop prop)
{
    switch (prop) {
    case Prop::Comment:
    case Prop::Description:
    case Prop::DisplayName:
        return true;
    default:
        break;
    }
    switch (kind) {
    case DtdlKind::Interface:
        return prop == Prop::Contents || prop == Prop::Extends || prop == Prop::Schemas;
    case DtdlKind::Telemetry:
        return prop == Prop::Name || prop == Prop::Schema;
    case DtdlKind::Property:
        return prop == Prop::Name || prop == Prop::Schema || prop == Prop::Writable;
    case DtdlKind::Command:
        return prop == Prop::Name || prop == Prop::CommandType || prop == Prop::Request
            || prop == Prop::Response;
    case DtdlKind::CommandPayload:
    case DtdlKind::CommandRequest:
    case DtdlKind::CommandResponse:
    case DtdlKind::Field:
    case DtdlKind::MapKey:
    case DtdlKind::MapValue:
    case DtdlKind::Component:
        return prop == Prop::Name || prop == Prop::Schema;
    case DtdlKind::Relationship:
        return prop == Prop::Name || prop == Prop::MinMultiplicity || prop == Prop::MaxMultiplicity
            || prop == Prop::Properties || prop == Prop::Target || prop == Prop::Writable;
    case DtdlKind::Array:
        return prop == Prop::ElementSchema;
    case DtdlKind::Enum:
        return prop == Prop::EnumValues || prop == Prop::ValueSchema;
    case DtdlKind::EnumValue:
        return prop == Prop::Name || prop == Prop::EnumValue;
    case DtdlKind::Map:
        return prop == Prop::MapKey || prop == Prop::MapValue;
    case DtdlKind::Object:
        return prop == Prop::Fields;
    }
    return false;
}

bool requiresProp(DtdlKind kind, Prop prop, int version)
{
    switch (kind) {
    case DtdlKind::Telemetry:
    case DtdlKind::Property:
    case DtdlKind::CommandPayload:
    case DtdlKind::CommandRequest:
    case DtdlKind::CommandResponse:
    case DtdlKind::Field:
    case DtdlKind::MapKey:
    case DtdlKind::MapValue:
    case DtdlKind::Component:
        return prop == Prop::Name || prop == Prop::Schema;
    case DtdlKind::Command:
    case DtdlKind::Relationship:
        return prop == Prop::Name;
    case DtdlKind::Array:
        return prop == Prop::ElementSchema;
    case DtdlKind::Enum:
        return (prop == Prop::EnumValues && version == 2) || prop == Prop::ValueSchema;
    case DtdlKind::EnumValue:
        return prop == Prop::Name || prop == Prop::EnumValue;
    case DtdlKind::Map:
        return prop == Prop::MapKey || prop == Prop::MapValue;
    case DtdlKind::Object:
        return prop == Prop::Fields && version == 2;
    case DtdlKind::Interface:
        return false;
    }
    return false;
}

bool acceptsSemanticType(DtdlKind kind, int version)
{
    if (kind == DtdlKind::Telemetry || kind == DtdlKind::Property)
        return true;
    return version >= 3
        && (kind == DtdlKind::Field || kind == DtdlKind::MapValue
            || kind == DtdlKind::CommandRequest || kind == DtdlKind::CommandResponse);
}

// By value: iterating `e.get_array().value()` directly would iterate a reference into a
// temporary that is already gone.
array asArray(element e)
{
    return e.get_array().value();
}

object asObject(element e)
{
    return e.get_object().value();
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// The @type of a value object: "xsd:NAME" or the full XML Schema IRI, possibly in an array.
bool isXsdType(element member, std::string_view name)
{
    element v = member;
    if (v.is_array()) {
        const array a = asArray(v);
        if (a.size() != 1)
            return false;
        v = a.at(0).value();
    }
    if (!v.is_string())
        return false;
    const std::string_view s = v.get_string().value();
    if (s.starts_with("xsd:"))
        return s.substr(4) == name;
    constexpr std::string_view iri = "http://www.w3.org/2001/XMLSchema#";
    return s.starts_with(iri) && s.substr(iri.size()) == name;
}

bool isIdentChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'_';
}

bool isValidName(const QString &name, int maxLength)
{
    if (name.isEmpty() || name.size() > maxLength)
        return false;
    const QChar first = name.front();
    if (!((first >= u'a' && first <= u'z') || (first >= u'A' && first <= u'Z')))
        return false;
    for (QChar c : name) {
        if (!isIdentChar(c))
            return false;
    }
    return name.back() != u'_';
}

bool isLanguageTag(std::string_view tag)
{
    // language[-Script][-REGION|-UN M.49], e.g. "en", "zh-Hant", "sr-Latn-RS", "fr-155"
    size_t i = 0;
    auto count = [&](auto pred) {
        size_t n = 0;
        while (i + n < tag.size() && pred(tag[i + n]))
            ++n;
        return n;
    };
    const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    size_t n = count(lower);
    if (n < 2 || n > 4)
        return false;
    i += n;
    if (i == tag.size())
        return true;
    if (tag[i] != '-')
        return false;
    ++i;
    if (i < tag.size() && upper(tag[i]) && i + 1 < tag.size() && lower(tag[i + 1])) {
        if (tag.size() < i + 4 || !upper(tag[i]))
            return false;
        for (size_t k = 1; k < 4; ++k) {
            if (!lower(tag[i + k]))
                return false;
        }
        i += 4;
        if (i == tag.size())
            return true;
        if (tag[i] != '-')
            return false;
        ++i;
    }
    if (tag.size() - i == 2 && upper(tag[i]) && upper(tag[i + 1]))
        return true;
    if (tag.size() - i == 3 && digit(tag[i]) && digit(tag[i + 1]) && digit(tag[i + 2]))
        return true;
    return false;
}

struct Ctx
{
    int version = 3;
    bool quantitative = false;
    bool central = false;
    bool undefinedExtension = false;
    bool semanticTypes() const { return version == 2 || quantitative; }
};

/// A reference from one element to another by DTMI, checked once every document is read.
struct Reference
{
    QString from;    ///< referencing element
    Prop prop;
    QString target;
    KindMask allowed;
    QString file;
    QString pointer;
    QString fromRoot; ///< top-level interface of the referencing element
};

class Run
{
public:
    Run(const DtdlParser::Options &options, const DtdlParser::Lookup &external,
        DtdlParser::Result &result)
        : m_options(options), m_external(external), m_result(result)
    {
    }

    void parseDocument(int index, const DtdlParser::Document &doc);
    void finish();

private:
    struct Current
    {
        QString file;
        QString rootId;
    };

    void error(const QString &pointer, const QString &message, const char *rule)
    {
        m_result.diagnostics.append(
            Diagnostic::errorAt(m_cur.file, pointer, message, QString::fromLatin1(rule)));
    }

    bool readContext(element value, const QString &pointer, bool topLevel, Ctx *ctx);
    QString parseElement(element value, KindMask allowed, Ctx ctx, const QString &pointer,
                         const QString &parentId, std::string_view propTerm, int depth,
                         bool topLevel, bool idRequired);
    bool readType(element value, KindMask allowed, const Ctx &ctx, const QString &pointer,
                  DtdlKind *kind, QStringList *semanticTypes, bool *open);
    bool readString(element value, const QString &pointer, const char *what, QString *out);
    bool readInteger(element value, const QString &pointer, const char *what, qint64 *out);
    bool readBoolean(element value, const QString &pointer, const char *what, bool *out);
    void readLocalized(element value, const QString &pointer, int maxLength,
                       QMap<QString, QString> *out, const char *rule);
    /// Reads a schema-like value: a term (when \a termsAllowed), a DTMI reference or an
    /// inline element. Returns the term or the DTMI.
    QString readSchemaValue(element value, KindMask allowed, const Ctx &ctx, const QString &pointer,
                            DtdlElement &owner, Prop prop, int depth, bool termsAllowed);
    QStringList readElementSet(element value, KindMask allowed, const Ctx &ctx,
                               const QString &pointer, DtdlElement &owner, Prop prop, int depth,
                               bool idRequired);
    const DtdlElement *find(const QString &id) const;

    struct InterfaceInfo
    {
        int state = 0; ///< 0 unvisited, 1 on the current path, 2 done
        int depth = 0;
        bool cycle = false;
        qint64 upperCount = 0; ///< upper bound of the number of ancestors
        bool namesDone = false;
        QHash<QString, QString> names; ///< content name → content id, inherited included
    };
    int extendsDepth(const QString &id, int level, bool *cycle);
    const QHash<QString, QString> *contentNames(const QString &id, int level);
    void checkExtends();
    void checkPropertySchema(const DtdlElement &property, const QString &schema, int depth);
    void checkInterface(const DtdlElement &iface);
    void checkSchemaDepth(const QString &schemaId, int depth, QSet<QString> &path,
                          const DtdlElement &origin);

    const DtdlParser::Options &m_options;
    const DtdlParser::Lookup &m_external;
    DtdlParser::Result &m_result;
    Current m_cur;
    QHash<QString, qsizetype> m_index; ///< id → index into m_result.elements
    QList<Reference> m_references;
    std::unordered_map<QString, InterfaceInfo> m_info;
    int m_generated = 0;
    int m_version = 3; ///< DTDL version of the element whose properties are being read
};

QString pointerJoin(const QString &base, std::string_view token)
{
    if (token.find_first_of("~/") == std::string_view::npos)
        return base + u'/' + toQString(token);
    return base + u'/' + jsonPointerToken(toQString(token));
}

QString pointerJoin(const QString &base, qsizetype index)
{
    return base + u'/' + QString::number(index);
}

bool Run::readContext(element value, const QString &pointer, bool topLevel, Ctx *ctx)
{
    QVarLengthArray<std::pair<std::string_view, QString>, 4> entries;
    if (value.is_string()) {
        entries.push_back({std::string_view(value.get_string().value()), pointer});
    } else if (value.is_array()) {
        qsizetype i = 0;
        for (element e : asArray(value)) {
            if (!e.is_string()) {
                error(pointerJoin(pointer, i), QStringLiteral("every @context entry must be a string"),
                      "dtdl.context.string");
                return false;
            }
            entries.push_back({std::string_view(e.get_string().value()), pointerJoin(pointer, i)});
            ++i;
        }
    } else {
        error(pointer, QStringLiteral("@context must be a string or an array of strings"),
              "dtdl.context.type");
        return false;
    }
    bool ok = true;
    int dtdlAt = -1;
    bool centralFirst = false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).first == "dtmi:dtdl:context;2") {
            ctx->version = 2;
            centralFirst = i > 0 && entries.at(0).first == "dtmi:iotcentral:context;2";
        } else if (entries.at(i).first == "dtmi:dtdl:context;3") {
            ctx->version = 3;
        }
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const std::string_view s = entries.at(i).first;
        const QString &p = entries.at(i).second;
        const QString text = toQString(s);
        if (s == "dtmi:dtdl:context;2" || s == "dtmi:dtdl:context;3") {
            const int version = s.back() - '0';
            ctx->version = version;
            if (dtdlAt < 0)
                dtdlAt = int(i);
            continue;
        }
        if (s.starts_with("dtmi:dtdl:context;")) {
            error(p, QStringLiteral("'%1' is not a DTDL version this parser supports").arg(text),
                  "dtdl.context.version");
            ok = false;
            continue;
        }
        if (!DtdlParser::isValidDtmi(text, true, false)) {
            error(p, QStringLiteral("@context entry '%1' is not a DTMI with a version").arg(text),
                  "dtdl.context.dtmi");
            ok = false;
            continue;
        }
        if (s == "dtmi:dtdl:extension:quantitativeTypes;1" && ctx->version >= 3) {
            ctx->quantitative = true;
        } else if (s == "dtmi:iotcentral:context;2" && ctx->version == 2) {
            ctx->central = true;
        } else if (m_options.allowUndefinedExtensions) {
            ctx->undefinedExtension = true;
        } else {
            error(p, QStringLiteral("@context '%1' is an extension this parser does not define")
                         .arg(text),
                  "dtdl.context.undefined");
            ok = false;
        }
    }
    if (topLevel) {
        if (dtdlAt < 0) {
            error(pointer, QStringLiteral("@context must name the DTDL context "
                                          "(\"dtmi:dtdl:context;2\" or \"dtmi:dtdl:context;3\")"),
                  "dtdl.context.missing");
            return false;
        }
        if (dtdlAt != 0 && !centralFirst) {
            error(pointer, QStringLiteral("the DTDL context must come first in @context"),
                  "dtdl.context.order");
            ok = false;
        }
    }
    return ok;
}

bool Run::readString(element value, const QString &pointer, const char *what, QString *out)
{
    element v = value;
    if (v.is_array()) {
        array a = v.get_array().value();
        if (a.size() != 1) {
            error(pointer, QStringLiteral("%1 must be a single string").arg(QLatin1String(what)),
                  "dtdl.value.string");
            return false;
        }
        v = a.at(0).value();
    }
    if (v.is_object()) {
        object o = v.get_object().value();
        element inner;
        bool has = false;
        bool ok = true;
        for (auto [key, member] : o) {
            if (key == "@value") {
                inner = member;
                has = true;
            } else if (key == "@type") {
                if (!isXsdType(member, "string")) {
                    error(pointerJoin(pointer, key), QStringLiteral("the @type of a string value must be xsd:string"),
                          "dtdl.value.type");
                    ok = false;
                }
            } else if (m_version >= 3 || key == "@id" || key == "@context" || key == "@graph") {
                error(pointerJoin(pointer, key),
                      QStringLiteral("a value object may hold only @value and @type"), "dtdl.value.keywords");
                ok = false;
            }
        }
        if (!has) {
            error(pointer, QStringLiteral("a value object needs @value"), "dtdl.value.missing");
            return false;
        }
        if (!ok)
            return false;
        v = inner;
    }
    if (!v.is_string()) {
        error(pointer, QStringLiteral("%1 must be a string").arg(QLatin1String(what)), "dtdl.value.string");
        return false;
    }
    *out = toQString(v.get_string().value());
    return true;
}

bool Run::readInteger(element value, const QString &pointer, const char *what, qint64 *out)
{
    element v = value;
    if (v.is_array()) {
        array a = v.get_array().value();
        if (a.size() != 1) {
            error(pointer, QStringLiteral("%1 must be a single integer").arg(QLatin1String(what)),
                  "dtdl.value.integer");
            return false;
        }
        v = a.at(0).value();
    }
    if (v.is_object()) {
        object o = v.get_object().value();
        element inner;
        bool has = false;
        bool ok = true;
        for (auto [key, member] : o) {
            if (key == "@value") {
                inner = member;
                has = true;
            } else if (key == "@type") {
                if (!isXsdType(member, "integer")) {
                    error(pointerJoin(pointer, key), QStringLiteral("the @type of an integer value must be xsd:integer"),
                          "dtdl.value.type");
                    ok = false;
                }
            } else if (m_version >= 3 || key == "@id" || key == "@context" || key == "@graph") {
                error(pointerJoin(pointer, key),
                      QStringLiteral("a value object may hold only @value and @type"), "dtdl.value.keywords");
                ok = false;
            }
        }
        if (!has) {
            error(pointer, QStringLiteral("a value object needs @value"), "dtdl.value.missing");
            return false;
        }
        if (!ok)
            return false;
        v = inner;
    }
    if (v.is_int64()) {
        *out = v.get_int64().value();
        return true;
    }
    if (v.is_uint64()) {
        *out = std::numeric_limits<qint64>::max();
        return true;
    }
    error(pointer, QStringLiteral("%1 must be an integer").arg(QLatin1String(what)), "dtdl.value.integer");
    return false;
}

bool Run::readBoolean(element value, const QString &pointer, const char *what, bool *out)
{
    element v = value;
    if (v.is_array()) {
        array a = v.get_array().value();
        if (a.size() != 1) {
            error(pointer, QStringLiteral("%1 must be a single boolean").arg(QLatin1String(what)),
                  "dtdl.value.boolean");
            return false;
        }
        v = a.at(0).value();
    }
    if (v.is_object()) {
        object o = v.get_object().value();
        element inner;
        bool has = false;
        bool ok = true;
        for (auto [key, member] : o) {
            if (key == "@value") {
                inner = member;
                has = true;
            } else if (key == "@type") {
                if (!isXsdType(member, "boolean")) {
                    error(pointerJoin(pointer, key), QStringLiteral("the @type of a boolean value must be xsd:boolean"),
                          "dtdl.value.type");
                    ok = false;
                }
            } else if (m_version >= 3 || key == "@id" || key == "@context" || key == "@graph") {
                error(pointerJoin(pointer, key),
                      QStringLiteral("a value object may hold only @value and @type"), "dtdl.value.keywords");
                ok = false;
            }
        }
        if (!has) {
            error(pointer, QStringLiteral("a value object needs @value"), "dtdl.value.missing");
            return false;
        }
        if (!ok)
            return false;
        v = inner;
    }
    if (!v.is_bool()) {
        error(pointer, QStringLiteral("%1 must be true or false").arg(QLatin1String(what)), "dtdl.value.boolean");
        return false;
    }
    *out = v.get_bool().value();
    return true;
}

void Run::readLocalized(element value, const QString &pointer, int maxLength,
                        QMap<QString, QString> *out, const char *rule)
{
    auto put = [&](const QString &lang, const QString &text, const QString &p) {
        // A text without a language is English.
        const QString language = lang.isEmpty() ? QStringLiteral("en") : lang;
        if (text.size() > maxLength) {
            error(p, QStringLiteral("the text is %1 characters long; at most %2 are allowed")
                         .arg(text.size())
                         .arg(maxLength),
                  rule);
        }
        if (out->contains(language)) {
            error(p, language.isEmpty() ? QStringLiteral("only one text may be without a language")
                                        : QStringLiteral("language '%1' appears twice").arg(language),
                  "dtdl.langstring.unique");
        }
        out->insert(language, text);
    };
    if (value.is_string()) {
        put(QString(), toQString(value.get_string().value()), pointer);
        return;
    }
    if (value.is_object()) {
        for (auto [key, member] : asObject(value)) {
            const QString p = pointerJoin(pointer, key);
            if (!isLanguageTag(key)) {
                error(p, QStringLiteral("'%1' is not a language code").arg(toQString(key)),
                      "dtdl.langstring.language");
                continue;
            }
            if (!member.is_string()) {
                error(p, QStringLiteral("a localized text must be a string"), "dtdl.langstring.value");
                continue;
            }
            put(toQString(key), toQString(member.get_string().value()), p);
        }
        return;
    }
    if (value.is_array()) {
        qsizetype i = 0;
        for (element e : asArray(value)) {
            const QString p = pointerJoin(pointer, i++);
            if (e.is_string()) {
                put(QString(), toQString(e.get_string().value()), p);
                continue;
            }
            if (!e.is_object()) {
                error(p, QStringLiteral("a localized text must be a string or an object with @value"),
                      "dtdl.langstring.element");
                continue;
            }
            QString language;
            QString text;
            bool hasValue = false;
            bool ok = true;
            for (auto [key, member] : asObject(e)) {
                if (key == "@value") {
                    if (!member.is_string()) {
                        error(pointerJoin(p, key), QStringLiteral("@value must be a string"),
                              "dtdl.langstring.value");
                        ok = false;
                    } else {
                        text = toQString(member.get_string().value());
                        hasValue = true;
                    }
                } else if (key == "@language") {
                    if (!member.is_string() || !isLanguageTag(member.get_string().value())) {
                        error(pointerJoin(p, key), QStringLiteral("@language must be a language code"),
                              "dtdl.langstring.language");
                        ok = false;
                    } else {
                        language = toQString(member.get_string().value());
                    }
                } else if (m_version >= 3 || key == "@id" || key == "@context" || key == "@graph") {
                    error(pointerJoin(p, key),
                          QStringLiteral("a localized text object may hold only @value and @language"),
                          "dtdl.langstring.keywords");
                    ok = false;
                }
            }
            if (!hasValue && ok) {
                error(p, QStringLiteral("a localized text object needs @value"), "dtdl.langstring.value");
                continue;
            }
            if (ok)
                put(language, text, p);
        }
        return;
    }
    error(pointer, QStringLiteral("a localizable text must be a string, an object of language → text, "
                                  "or an array"),
          "dtdl.langstring.type");
}

bool Run::readType(element value, KindMask allowed, const Ctx &ctx, const QString &pointer,
                   DtdlKind *kind, QStringList *semanticTypes, bool *open)
{
    QVarLengthArray<std::pair<std::string_view, QString>, 4> types;
    if (value.is_string()) {
        types.push_back({std::string_view(value.get_string().value()), pointer});
    } else if (value.is_array()) {
        qsizetype i = 0;
        for (element e : asArray(value)) {
            const QString p = pointerJoin(pointer, i++);
            if (!e.is_string()) {
                error(p, QStringLiteral("every @type entry must be a string"), "dtdl.type.string");
                return false;
            }
            types.push_back({std::string_view(e.get_string().value()), p});
        }
    } else {
        error(pointer, QStringLiteral("@type must be a string or an array of strings"), "dtdl.type.string");
        return false;
    }
    bool ok = true;
    bool haveKind = false;
    const std::string_view classPrefix = "dtmi:dtdl:class:";
    const std::string_view semanticPrefix = "dtmi:standard:class:";
    for (const auto &[t, p] : types) {
        std::string_view term = t;
        bool fromDtmi = false;
        if (term.starts_with(classPrefix)) {
            const std::string_view rest = term.substr(classPrefix.size());
            const size_t semi = rest.find(';');
            if (semi != std::string_view::npos
                && rest.substr(semi + 1) == (ctx.version == 2 ? "2" : "3")) {
                term = rest.substr(0, semi);
                fromDtmi = true;
            }
        }
        DtdlKind k;
        if (kindFromTerm(term, ctx.version, &k)) {
            if (!(allowed & bit(k))) {
                error(p, QStringLiteral("a %1 is not allowed here").arg(toQString(term)),
                      "dtdl.type.conformance");
                ok = false;
            } else if (haveKind && k != *kind) {
                error(p, QStringLiteral("@type names two element classes"), "dtdl.type.material");
                ok = false;
            } else {
                *kind = k;
                haveKind = true;
            }
            continue;
        }
        if (fromDtmi) {
            error(p, QStringLiteral("'%1' is not a DTDL class").arg(toQString(t)), "dtdl.type.undefined");
            ok = false;
            continue;
        }
        if (term.starts_with(semanticPrefix) && ctx.version == 2) {
            const std::string_view rest = term.substr(semanticPrefix.size());
            if (rest.ends_with(";2"))
                term = rest.substr(0, rest.size() - 2);
        }
        const QString text = toQString(term);
        if (ctx.semanticTypes() && DtdlVocabulary::isSemanticType(text)) {
            if (!semanticTypes->contains(text))
                semanticTypes->append(text);
            continue;
        }
        if (ctx.central) {
            static const QSet<QString> central{u"Location"_qs, u"Event"_qs, u"State"_qs,
                                               u"Acceleration"_qs, u"Velocity"_qs,
                                               u"VelocityVector"_qs, u"AccelerationVector"_qs,
                                               u"dtmi:iotcentral:class:Location;2"_qs,
                                               u"dtmi:iotcentral:class:Event;2"_qs,
                                               u"dtmi:iotcentral:class:State;2"_qs};
            if (central.contains(text))
                continue;
        }
        const bool isTerm = !term.empty() && term.find(':') == std::string_view::npos;
        const bool isDtmi = !isTerm && DtdlParser::isValidDtmi(text, false, true);
        const bool knownTerm = isTerm
            && (DtdlVocabulary::isPrimitiveSchema(text, 3) || DtdlVocabulary::isUnit(text)
                || DtdlVocabulary::isGeospatialSchema(text) || DtdlVocabulary::isSemanticType(text));
        if (ctx.version == 2 && !knownTerm && (isTerm || (!isDtmi && !term.starts_with("dtmi:")))) {
            // DTDL v2 accepts undefined co-type terms; the element's other properties are
            // then opaque.
            *open = true;
            continue;
        }
        if (!isTerm && !isDtmi) {
            error(p, QStringLiteral("'%1' is neither a DTDL term nor a valid DTMI").arg(text),
                  "dtdl.type.invalid");
            ok = false;
            continue;
        }
        if (ctx.undefinedExtension) {
            *open = true;
            continue;
        }
        if (isTerm && (DtdlVocabulary::isPrimitiveSchema(text, 3) || DtdlVocabulary::isUnit(text)
                       || DtdlVocabulary::isGeospatialSchema(text) || DtdlVocabulary::isSemanticType(text))) {
            error(p, QStringLiteral("'%1' cannot be used as a type here").arg(text), "dtdl.type.undefined");
            ok = false;
            continue;
        }
        error(p, QStringLiteral("'%1' is not a type defined by DTDL or by an extension in @context")
                     .arg(text),
              "dtdl.type.undefined");
        ok = false;
    }
    if (!haveKind) {
        if (ok) {
            error(pointer, QStringLiteral("@type does not name an element class allowed here"),
                  "dtdl.type.material");
        }
        return false;
    }
    return ok;
}

const DtdlElement *Run::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    if (it != m_index.cend())
        return &m_result.elements[size_t(*it)];
    return m_external ? m_external(id) : nullptr;
}

QString Run::readSchemaValue(element value, KindMask allowed, const Ctx &ctx, const QString &pointer,
                             DtdlElement &owner, Prop prop, int depth, bool termsAllowed)
{
    element v = value;
    if (v.is_array()) {
        array a = v.get_array().value();
        if (a.size() != 1) {
            error(pointer, QStringLiteral("'%1' takes exactly one value").arg(toQString(termOf(prop))),
                  "dtdl.value.single");
            return QString();
        }
        v = a.at(0).value();
    }
    if (v.is_string()) {
        std::string_view s = v.get_string().value();
        if (termsAllowed) {
            std::string_view term = s;
            const std::string_view schemaPrefix = "dtmi:dtdl:instance:Schema:";
            const std::string_view geoPrefix = "dtmi:standard:schema:geospatial:";
            const std::string_view suffix = ctx.version == 2 ? ";2" : ";3";
            if (term.starts_with(schemaPrefix) && term.ends_with(suffix))
                term = term.substr(schemaPrefix.size(), term.size() - schemaPrefix.size() - 2);
            else if (term.starts_with(geoPrefix) && term.ends_with(suffix))
                term = term.substr(geoPrefix.size(), term.size() - geoPrefix.size() - 2);
            const QString text = toQString(term);
            if (DtdlVocabulary::isPrimitiveSchema(text, ctx.version) || DtdlVocabulary::isGeospatialSchema(text))
                return text;
            if (ctx.central && (s == "vector" || s == "geopoint" || s == "dtmi:iotcentral:schema:vector;2"
                                || s == "dtmi:iotcentral:schema:geopoint;2")) {
                return toQString(s).section(u':', -1).section(u';', 0, 0);
            }
        }
        const QString text = toQString(s);
        if (!DtdlParser::isValidDtmi(text, true, ctx.version >= 3)) {
            error(pointer, termsAllowed ? QStringLiteral("'%1' is neither a schema DTDL defines nor a DTMI").arg(text)
                                        : QStringLiteral("'%1' is not a valid DTMI").arg(text),
                  "dtdl.reference.invalid");
            return QString();
        }
        m_references.append({owner.id, prop, text, allowed, m_cur.file, pointer, m_cur.rootId});
        return text;
    }
    if (v.is_object()) {
        return parseElement(v, allowed, ctx, pointer, owner.id, termOf(prop), depth + 1, false, false);
    }
    error(pointer, QStringLiteral("'%1' must be a string or an object").arg(toQString(termOf(prop))),
          "dtdl.value.element");
    return QString();
}

QStringList Run::readElementSet(element value, KindMask allowed, const Ctx &ctx,
                                const QString &pointer, DtdlElement &owner, Prop prop, int depth,
                                bool idRequired)
{
    QStringList ids;
    auto one = [&](element e, const QString &p) {
        if (e.is_string()) {
            const QString text = toQString(e.get_string().value());
            if (!DtdlParser::isValidDtmi(text, true, ctx.version >= 3)) {
                error(p, QStringLiteral("'%1' is not a valid DTMI").arg(text), "dtdl.reference.invalid");
                return;
            }
            // Whether the element named may be referred to is checked in finish().
            m_references.append({owner.id, prop, text, allowed, m_cur.file, p, m_cur.rootId});
            ids.append(text);
            return;
        }
        if (!e.is_object()) {
            error(p, QStringLiteral("'%1' entries must be objects or DTMIs").arg(toQString(termOf(prop))),
                  "dtdl.value.element");
            return;
        }
        const QString id = parseElement(e, allowed, ctx, p, owner.id, termOf(prop), depth + 1, false,
                                        idRequired);
        if (!id.isEmpty())
            ids.append(id);
    };
    if (value.is_array()) {
        qsizetype i = 0;
        for (element e : asArray(value))
            one(e, pointerJoin(pointer, i++));
    } else {
        one(value, pointer);
    }
    return ids;
}

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
        // The class may be left out where only one class is allowed (fields, mapKey, ...).
        bool inferred = false;
        for (const KindInfo &k : kKinds) {
            if (allowed == bit(k.kind) && k.kind != DtdlKind::Interface && ctx.version >= k.minVersion && ctx.version <= k.maxVersion) {
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
            if (!readString(member, p, "unit", &s)) {
                ok = false;
                break;
            }
            if (s.startsWith(u"dtmi:standard:unit:") && s.endsWith(u";2") && ctx.version == 2)
                s = s.mid(19).chopped(2);
            if (!DtdlVocabulary::isUnit(s)) {
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
            if (!readString(member, p, "commandType", &s)) {
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
            if (!readString(member, p, "valueSchema", &s)) {
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
            if (v.is_array() && v.get_array().value().size() == 1)
                v = v.get_array().value().at(0).value();
            if (v.is_object()) {
                element inner;
                bool has = false;
                for (auto [k, m] : asObject(v)) {
                    if (k == "@value") {
                        inner = m;
                        has = true;
                    } else if (k != "@type") {
                        error(pointerJoin(p, k), QStringLiteral("a value object may hold only @value and @type"),
                              "dtdl.value.keywords");
                        ok = false;
                    }
                }
                if (!has) {
                    error(p, QStringLiteral("a value object needs @value"), "dtdl.value.missing");
                    ok = false;
                    break;
                }
                v = inner;
            }
            if (v.is_int64())
                el.enumValue = qlonglong(v.get_int64().value());
            else if (v.is_string())
                el.enumValue = toQString(v.get_string().value());
            else {
                error(p, QStringLiteral("enumValue must be an integer or a string"), "dtdl.enumValue.type");
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
            if (!el.unit.isEmpty() && DtdlVocabulary::isUnit(el.unit)
                && !DtdlVocabulary::isUnitOf(el.unit, el.semanticTypes.first())) {
                error(pointerJoin(pointer, std::string_view("unit")),
                      QStringLiteral("'%1' is not a unit of %2 (%3)")
                          .arg(el.unit, el.semanticTypes.first(),
                               DtdlVocabulary::unitTypeOf(el.semanticTypes.first())),
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

void Run::checkSchemaDepth(const QString &schemaId, int depth, QSet<QString> &path,
                           const DtdlElement &origin)
{
    const DtdlElement *s = find(schemaId);
    if (!s || !s->isSchema())
        return;
    if (path.contains(schemaId)) {
        error(origin.pointer, QStringLiteral("schema %1 contains itself").arg(schemaId), "dtdl.schema.selfReference");
        return;
    }
    const int maxDepth = 5;
    if (depth > maxDepth) {
        error(origin.pointer, QStringLiteral("complex schemas are nested more than %1 levels deep").arg(maxDepth),
              "dtdl.schema.depth");
        return;
    }
    path.insert(schemaId);
    const qsizetype before = m_result.diagnostics.size();
    auto child = [&](const QString &id) {
        if (m_result.diagnostics.size() == before)
            checkSchemaDepth(id, depth + 1, path, origin);
    };
    switch (s->kind) {
    case DtdlKind::Array:
        child(s->elementSchema);
        break;
    case DtdlKind::Map:
        if (const DtdlElement *v = find(s->mapValue))
            child(v->schema);
        break;
    case DtdlKind::Object:
        for (const QString &f : s->fields) {
            if (const DtdlElement *fe = find(f))
                child(fe->schema);
        }
        break;
    default:
        break;
    }
    path.remove(schemaId);
}

void Run::finish()
{
    // References: resolve, check the class of what they name, collect what is missing.
    QSet<QString> unresolved;
    for (const Reference &ref : std::as_const(m_references)) {
        const DtdlElement *target = find(ref.target);
        if (!target) {
            unresolved.insert(ref.target);
            continue;
        }
        m_cur.file = ref.file;
        // Interfaces and complex schemas can be referred to from anywhere; other elements
        // only from within the interface that defines them.
        if (!(bit(target->kind) & kReferenceableKinds) && target->rootId != ref.fromRoot) {
            error(ref.pointer, QStringLiteral("%1 is a %2, which cannot be referred to by DTMI")
                                   .arg(ref.target, dtdlKindName(target->kind)),
                  "dtdl.reference.referenceable");
        } else if (!(bit(target->kind) & ref.allowed)) {
            error(ref.pointer, QStringLiteral("%1 is a %2, which is not allowed here")
                                   .arg(ref.target, dtdlKindName(target->kind)),
                  "dtdl.reference.type");
        }
    }
    m_result.unresolved = QStringList(unresolved.cbegin(), unresolved.cend());
    m_result.unresolved.sort();
    if (!m_result.diagnostics.isEmpty())
        return;

    checkExtends();
    if (!m_result.diagnostics.isEmpty())
        return;
    for (const DtdlElement &e : m_result.elements) {
        if (e.kind == DtdlKind::Interface)
            checkInterface(e);
    }
    for (const DtdlElement &e : m_result.elements) {
        if (e.kind == DtdlKind::Property && e.version == 2)
            checkPropertySchema(e, e.schema, 0);
    }
    for (const DtdlElement &e : m_result.elements) {
        QSet<QString> path;
        m_cur.file = e.file;
        if (e.isContent() || e.kind == DtdlKind::CommandPayload || e.kind == DtdlKind::CommandRequest
            || e.kind == DtdlKind::CommandResponse) {
            if (e.kind != DtdlKind::Component && !e.schema.isEmpty())
                checkSchemaDepth(e.schema, 1, path, e);
        } else if (e.isSchema() && e.rootId.isEmpty() == false) {
            checkSchemaDepth(e.id, 1, path, e);
        }
    }
}

void Run::checkPropertySchema(const DtdlElement &property, const QString &schema, int depth)
{
    if (depth > 16)
        return;
    m_cur.file = property.file;
    if (DtdlVocabulary::isGeospatialSchema(schema)) {
        error(property.pointer + QStringLiteral("/schema"),
              QStringLiteral("a DTDL v2 Property cannot have a geospatial schema (%1)").arg(schema),
              "dtdl.property.schemaArray");
        return;
    }
    const DtdlElement *s = find(schema);
    if (!s)
        return;
    switch (s->kind) {
    case DtdlKind::Array:
        error(property.pointer + QStringLiteral("/schema"),
              QStringLiteral("a DTDL v2 Property cannot have an Array schema"), "dtdl.property.schemaArray");
        break;
    case DtdlKind::Object:
        for (const QString &f : s->fields) {
            if (const DtdlElement *fe = find(f))
                checkPropertySchema(property, fe->schema, depth + 1);
        }
        break;
    case DtdlKind::Map:
        if (const DtdlElement *mv = find(s->mapValue))
            checkPropertySchema(property, mv->schema, depth + 1);
        break;
    default:
        break;
    }
}

int Run::extendsDepth(const QString &id, int level, bool *cycle)
{
    // Depth-first with memoization: each interface is walked once, however many
    // interfaces share it as an ancestor.
    if (level > 64)
        return level; // far past any limit; stops runaway chains
    const DtdlElement *e = find(id);
    if (!e || e->kind != DtdlKind::Interface)
        return 0;
    InterfaceInfo &info = m_info.try_emplace(id).first->second;
    if (info.state == 2) {
        *cycle = *cycle || info.cycle;
        return info.depth;
    }
    if (info.state == 1) {
        *cycle = true;
        return 0;
    }
    info.state = 1;
    int depth = 0;
    bool c = false;
    qint64 upper = 0;
    for (const QString &base : e->extends) {
        depth = std::max(depth, 1 + extendsDepth(base, level + 1, &c));
        const auto it = m_info.find(base);
        upper += 1 + (it != m_info.end() ? it->second.upperCount : 0);
    }
    // A node-based map: `info` is still valid after the insertions above.
    info.state = 2;
    info.depth = depth;
    info.cycle = c;
    info.upperCount = upper;
    *cycle = *cycle || c;
    return depth;
}

void Run::checkExtends()
{
    for (const DtdlElement &e : m_result.elements) {
        if (e.kind != DtdlKind::Interface)
            continue;
        m_cur.file = e.file;
        const QString pointer = e.pointer + QStringLiteral("/extends");
        const int maxCount = e.version == 2 ? 2 : 1024;
        if (e.extends.size() > maxCount) {
            error(pointer, QStringLiteral("an Interface may extend at most %1 interfaces").arg(maxCount),
                  "dtdl.extends.count");
            continue;
        }
        bool cycle = false;
        const int depth = extendsDepth(e.id, 0, &cycle);
        if (cycle) {
            error(pointer, QStringLiteral("%1 extends itself, directly or through other interfaces").arg(e.id),
                  "dtdl.extends.cycle");
        } else if (depth > 10) {
            error(pointer, QStringLiteral("the extends hierarchy is %1 levels deep; at most 10 are allowed").arg(depth),
                  "dtdl.extends.depth");
        } else if (e.version >= 3 && m_info.at(e.id).upperCount > 1024) {
            // The bound counts shared ancestors more than once; count exactly.
            QSet<QString> seen;
            QList<QString> queue = e.extends;
            while (!queue.isEmpty() && seen.size() <= 1024) {
                const QString id = queue.takeLast();
                if (seen.contains(id))
                    continue;
                seen.insert(id);
                if (const DtdlElement *x = find(id))
                    queue += x->extends;
            }
            if (seen.size() > 1024) {
                error(pointer, QStringLiteral("an Interface may have at most 1024 interfaces in its extends hierarchy"),
                      "dtdl.extends.count");
            }
        }
    }
}

const QHash<QString, QString> *Run::contentNames(const QString &id, int level)
{
    const DtdlElement *e = find(id);
    if (!e || e->kind != DtdlKind::Interface || level > 64)
        return nullptr;
    InterfaceInfo &info = m_info[id];
    if (info.namesDone)
        return &info.names;
    info.namesDone = true; // set first: cycles were rejected, but never loop
    QHash<QString, QString> names;
    m_cur.file = e->file;
    for (const QString &base : e->extends) {
        const QHash<QString, QString> *inherited = contentNames(base, level + 1);
        if (!inherited)
            continue;
        if (names.isEmpty()) {
            names = *inherited; // shared until modified
            continue;
        }
        for (auto it = inherited->cbegin(); it != inherited->cend(); ++it) {
            const auto have = names.constFind(it.key());
            if (have == names.cend()) {
                names.insert(it.key(), it.value());
            } else if (*have != it.value()) {
                m_cur.file = e->file;
                error(e->pointer + QStringLiteral("/extends"),
                      QStringLiteral("'%1' is inherited from two different contents").arg(it.key()),
                      "dtdl.contents.nameUnique");
            }
        }
    }
    for (const QString &c : e->contents) {
        const DtdlElement *ce = find(c);
        if (!ce)
            continue;
        const auto have = names.constFind(ce->name);
        if (have != names.cend() && *have != ce->id) {
            m_cur.file = ce->file;
            error(ce->pointer + QStringLiteral("/name"),
                  QStringLiteral("'%1' is used by two contents of %2").arg(ce->name, e->id),
                  "dtdl.contents.nameUnique");
            continue;
        }
        names.insert(ce->name, ce->id);
    }
    InterfaceInfo &done = m_info[id];
    done.names = std::move(names);
    return &done.names;
}

void Run::checkInterface(const DtdlElement &iface)
{
    const QHash<QString, QString> *names = contentNames(iface.id, 0);
    m_cur.file = iface.file;
    for (const QString &c : iface.contents) {
        const DtdlElement *ce = find(c);
        if (!ce || ce->kind != DtdlKind::Component)
            continue;
        // A component's interface must not itself have components.
        if (const DtdlElement *schema = find(ce->schema)) {
            for (const QString &sc : schema->contents) {
                const DtdlElement *sce = find(sc);
                if (sce && sce->kind == DtdlKind::Component) {
                    error(ce->pointer + QStringLiteral("/schema"),
                          QStringLiteral("the interface of component '%1' has components itself").arg(ce->name),
                          "dtdl.component.nested");
                    return;
                }
            }
        }
    }
    const qsizetype total = names ? names->size() : 0;
    if (iface.version == 2 && total > 300) {
        error(iface.pointer + QStringLiteral("/contents"),
              QStringLiteral("an Interface may have at most 300 contents"), "dtdl.contents.count");
    } else if (iface.version >= 3 && total > 100000) {
        error(iface.pointer + QStringLiteral("/contents"),
              QStringLiteral("an Interface hierarchy may have at most 100000 contents"), "dtdl.contents.count");
    }
}

} // namespace

bool DtdlParser::isValidDtmi(QStringView dtmi, bool requireVersion, bool allowMinor)
{
    if (!dtmi.startsWith(u"dtmi:"))
        return false;
    QStringView rest = dtmi.mid(5);
    const qsizetype semi = rest.indexOf(u';');
    QStringView path = semi >= 0 ? rest.left(semi) : rest;
    if (semi < 0 && requireVersion)
        return false;
    if (path.isEmpty())
        return false;
    // Segments: start with a letter (or underscores then a letter/digit), letters/digits/
    // underscores, not ending with an underscore.
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype end = path.indexOf(u':', start);
        if (end < 0)
            end = path.size();
        const QStringView seg = path.mid(start, end - start);
        if (seg.isEmpty() || seg.back() == u'_')
            return false;
        qsizetype i = 0;
        const QChar c = seg[i];
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return false;
        for (; i < seg.size(); ++i) {
            if (!isIdentChar(seg[i]))
                return false;
        }
        start = end + 1;
        if (end == path.size())
            break;
    }
    if (semi < 0)
        return true;
    QStringView version = rest.mid(semi + 1);
    QStringView minor;
    const qsizetype dot = version.indexOf(u'.');
    if (dot >= 0) {
        if (!allowMinor)
            return false;
        minor = version.mid(dot + 1);
        version = version.left(dot);
        if (minor.isEmpty() || minor.size() > 6 || minor[0] == u'0')
            return false;
        for (QChar c : minor) {
            if (c < u'0' || c > u'9')
                return false;
        }
    }
    if (version.isEmpty() || version.size() > 9 || version[0] == u'0')
        return false;
    for (QChar c : version) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

DtdlParser::Result DtdlParser::parse(const QList<Document> &documents) const
{
    Result result;
    result.elements.reserve(size_t(documents.size()) * 4);
    Run run(m_options, m_external, result);
    for (int i = 0; i < documents.size(); ++i)
        run.parseDocument(i, documents.at(i));
    run.finish();
    return result;
}

} // namespace twin
