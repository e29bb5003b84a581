// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The DTDL parser's inside, shared by its translation units (not part of the API:
// include dtdlparser.h). dtdlgrammar.cpp holds the language tables (which kinds take
// which properties), dtdlparserread.cpp the readers of JSON-LD values,
// dtdlparserelement.cpp the element parser and dtdlparserchecks.cpp the checks that need
// every document (extends, schema depth, name clashes).

#include "dtdlparser.h"

#include "ontology/dtdlvocabulary.h"

#include <QHash>
#include <QSet>

#include <simdjson.h>

#include <string_view>
#include <unordered_map>

namespace twin::dtdlparse {

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

inline constexpr PropInfo kProps[] = {
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

struct KindInfo
{
    DtdlKind kind;
    std::string_view term;
    int minVersion;
    int maxVersion;
};

inline constexpr KindInfo kKinds[] = {
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

Prop propFromTerm(std::string_view term);
std::string_view termOf(Prop prop);

using KindMask = quint32;
constexpr KindMask bit(DtdlKind k) { return KindMask(1) << int(k); }
inline constexpr KindMask kContentKinds = bit(DtdlKind::Telemetry) | bit(DtdlKind::Property)
    | bit(DtdlKind::Command) | bit(DtdlKind::Relationship) | bit(DtdlKind::Component);
inline constexpr KindMask kComplexSchemaKinds = bit(DtdlKind::Array) | bit(DtdlKind::Enum)
    | bit(DtdlKind::Map) | bit(DtdlKind::Object);


bool kindFromTerm(std::string_view term, int version, DtdlKind *kind);
bool hasProp(DtdlKind kind, Prop prop);
bool requiresProp(DtdlKind kind, Prop prop, int version);
bool acceptsSemanticType(DtdlKind kind, int version);
/// Whether an element of \a kind may leave out @type where only that kind is allowed.
bool typeIsOptional(DtdlKind kind);
array asArray(element e);
object asObject(element e);
QString toQString(std::string_view s);
bool isXsdType(element member, std::string_view name);
bool isIdentChar(QChar c);
bool isValidName(const QString &name, int maxLength);
bool isLanguageTag(std::string_view tag);
QString pointerJoin(const QString &base, std::string_view token);
QString pointerJoin(const QString &base, qsizetype index);

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
    QString fromPartition; ///< innermost Interface around the referencing element
    int version = 3;       ///< DTDL version of the referencing element
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
    /// An xsd literal type as the readers below check it.
    struct Literal
    {
        const char *xsdType; ///< "string", "integer", "boolean"
        const char *article; ///< "a" or "an", for messages
        const char *rule;
    };
    /// Unwraps a one-element array and a JSON-LD value object ({"@value", "@type"}),
    /// reporting what is wrong with them; the caller checks the scalar left in \a out.
    bool unwrapLiteral(element value, const QString &pointer, const char *what, const Literal &literal,
                       element *out);
    /// Reads a JSON-LD value object ({"@value", "@type"}) holding a literal of \a xsdType
    /// into \a out (the @value, whose JSON type the caller checks).
    bool unwrapValueObject(element value, const QString &pointer, const char *xsdType, element *out);
    bool readString(element value, const QString &pointer, const char *what, QString *out);
    /// A string (or an array of one) where the language takes only given words or DTMIs,
    /// not a representational string: no value object.
    bool readPlainString(element value, const QString &pointer, const char *what, QString *out);
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
    /// Checks a DTMI written where an element is expected and records it for finish().
    bool addReference(const DtdlElement &owner, Prop prop, const QString &target, KindMask allowed,
                      const Ctx &ctx, const QString &pointer);

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
    /// The innermost Interface being parsed: non-Interface elements may be referred to only
    /// from within the same one (their "partition").
    QString m_partition;
    QHash<QString, QString> m_partitionOf; ///< element id → its partition
    int m_generated = 0;
    int m_version = 3; ///< DTDL version of the element whose properties are being read
};


} // namespace twin::dtdlparse
