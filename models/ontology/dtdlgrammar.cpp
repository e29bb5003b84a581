// SPDX-License-Identifier: GPL-3.0-or-later
#include "dtdlparserrun.h"

namespace twin::dtdlparse {

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

bool typeIsOptional(DtdlKind kind)
{
    switch (kind) {
    case DtdlKind::CommandPayload:
    case DtdlKind::CommandRequest:
    case DtdlKind::CommandResponse:
    case DtdlKind::EnumValue:
    case DtdlKind::Field:
    case DtdlKind::MapKey:
    case DtdlKind::MapValue:
        return true;
    default:
        return false;
    }
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

} // namespace twin::dtdlparse
