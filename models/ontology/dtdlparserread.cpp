// SPDX-License-Identifier: GPL-3.0-or-later
#include "dtdlparserrun.h"

#include <limits>

namespace twin::dtdlparse {

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
        } else if (m_options.undefinedExtensions == DtdlParser::UndefinedExtensions::Allow
                   || (m_options.undefinedExtensions == DtdlParser::UndefinedExtensions::AllowBeforeV3
                       && ctx->version < 3)) {
            ctx->undefinedExtension = true;
        } else {
            error(p, QStringLiteral("@context '%1' is an extension this parser does not define "
                                    "(allow undefined extensions to accept it)")
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

bool Run::unwrapValueObject(element value, const QString &pointer, const char *xsdType, element *out)
{
    element inner;
    bool has = false;
    bool ok = true;
    for (auto [key, member] : asObject(value)) {
        const QString p = pointerJoin(pointer, key);
        if (key == "@value") {
            inner = member;
            has = true;
        } else if (key == "@type") {
            // Exactly one of the two spellings of the XML Schema type, as a string.
            if (!isXsdType(member, xsdType)) {
                error(p, QStringLiteral("the @type of this value must be \"xsd:%1\"").arg(QLatin1String(xsdType)),
                      "dtdl.value.type");
                ok = false;
            }
        } else if (!key.starts_with('@')) {
            error(p, QStringLiteral("'%1' is not allowed in a value object, which holds only @value and @type")
                         .arg(toQString(key)),
                  "dtdl.value.keywords");
            ok = false;
        } else if (m_version >= 3 || key == "@id" || key == "@context" || key == "@graph") {
            // DTDL v2 tolerates other JSON-LD keywords (such as @language) here; v3 does not.
            error(p, QStringLiteral("a value object may hold only @value and @type"), "dtdl.value.keywords");
            ok = false;
        }
    }
    if (!has) {
        error(pointer, QStringLiteral("a value object needs @value"), "dtdl.value.missing");
        return false;
    }
    *out = inner;
    return ok;
}

bool Run::readPlainString(element value, const QString &pointer, const char *what, QString *out)
{
    element v = value;
    if (v.is_array()) {
        const array a = asArray(v);
        if (a.size() != 1) {
            error(pointer, QStringLiteral("%1 must be a single string").arg(QLatin1String(what)), "dtdl.value.string");
            return false;
        }
        v = a.at(0).value();
    }
    if (!v.is_string()) {
        // Not a representational string: a value object is not one of the values allowed.
        error(pointer, QStringLiteral("%1 must be a string").arg(QLatin1String(what)), "dtdl.value.string");
        return false;
    }
    *out = toQString(v.get_string().value());
    return true;
}

bool Run::unwrapLiteral(element value, const QString &pointer, const char *what, const Literal &literal,
                        element *out)
{
    element v = value;
    if (v.is_array()) {
        array a = v.get_array().value();
        if (a.size() != 1) {
            error(pointer, QStringLiteral("%1 must be a single %2").arg(QLatin1String(what), QLatin1String(literal.xsdType)),
                  literal.rule);
            return false;
        }
        v = a.at(0).value();
    }
    if (v.is_object()) {
        if (!unwrapValueObject(v, pointer, literal.xsdType, &v))
            return false;
    }
    *out = v;
    return true;
}

bool Run::readString(element value, const QString &pointer, const char *what, QString *out)
{
    element v;
    if (!unwrapLiteral(value, pointer, what, {"string", "a", "dtdl.value.string"}, &v))
        return false;
    if (!v.is_string()) {
        error(pointer, QStringLiteral("%1 must be a string").arg(QLatin1String(what)), "dtdl.value.string");
        return false;
    }
    *out = toQString(v.get_string().value());
    return true;
}

bool Run::readInteger(element value, const QString &pointer, const char *what, qint64 *out)
{
    element v;
    if (!unwrapLiteral(value, pointer, what, {"integer", "an", "dtdl.value.integer"}, &v))
        return false;
    // A DTDL integer is one that fits in 4 bytes.
    if (v.is_int64() && v.get_int64().value() >= std::numeric_limits<qint32>::min()
        && v.get_int64().value() <= std::numeric_limits<qint32>::max()) {
        *out = v.get_int64().value();
        return true;
    }
    error(pointer, QStringLiteral("%1 must be an integer of at most 32 bits").arg(QLatin1String(what)),
          "dtdl.value.integer");
    return false;
}

bool Run::readBoolean(element value, const QString &pointer, const char *what, bool *out)
{
    element v;
    if (!unwrapLiteral(value, pointer, what, {"boolean", "a", "dtdl.value.boolean"}, &v))
        return false;
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
                } else if (m_version >= 3 || !key.starts_with('@') || key == "@id" || key == "@context"
                           || key == "@graph") {
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
        if (ctx.semanticTypes() && DtdlVocabulary::isSemanticType(text, ctx.version)) {
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
        // Words the language (or an extension in context) defines for something else than a
        // co-type: "boolean", "Unit", "kilo", the IoT Central schemas "vector" and "geopoint".
        const bool reservedTerm = isTerm
            && (DtdlVocabulary::isReservedTerm(text, ctx.version) || DtdlVocabulary::isGeospatialSchema(text)
                || DtdlVocabulary::isPrimitiveSchema(text, ctx.version)
                || (ctx.central && (text == u"vector" || text == u"geopoint")));
        if (ctx.version == 2 && !reservedTerm && (isTerm || (!isDtmi && !term.starts_with("dtmi:")))) {
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
        if (reservedTerm || (isTerm && DtdlVocabulary::isSemanticType(text, ctx.version))) {
            error(p, QStringLiteral("'%1' cannot be used as a type here").arg(text), "dtdl.type.reserved");
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

bool Run::addReference(const DtdlElement &owner, Prop prop, const QString &target, KindMask allowed,
                       const Ctx &ctx, const QString &pointer)
{
    // The language's own identifiers: none of them names an element a model can define,
    // and the ones that name standard schemas were recognised before.
    for (const QLatin1StringView prefix : {QLatin1StringView("dtmi:dtdl:"), QLatin1StringView("dtmi:standard:"),
                                           QLatin1StringView("dtmi:iotcentral:")}) {
        if (target.startsWith(prefix)) {
            error(pointer, QStringLiteral("'%1' is a reserved identifier (%2...), not an element '%3' can refer to")
                               .arg(target, prefix, toQString(termOf(prop))),
                  "dtdl.reference.reserved");
            return false;
        }
    }
    // Whether the element named may be referred to is checked in finish().
    m_references.append({owner.id, prop, target, allowed, m_cur.file, pointer, m_partition, ctx.version});
    return true;
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
        return addReference(owner, prop, text, allowed, ctx, pointer) ? text : QString();
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
            if (addReference(owner, prop, text, allowed, ctx, p))
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

} // namespace twin::dtdlparse
