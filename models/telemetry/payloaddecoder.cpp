// SPDX-License-Identifier: GPL-3.0-or-later
#include "payloaddecoder.h"

#include <simdjson.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace twin {

struct PayloadDecoder::Impl
{
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    std::vector<char> buffer;
    bool parsed = false;
};

PayloadDecoder::PayloadDecoder()
    : d(std::make_unique<Impl>())
{
    d->buffer.resize(4096 + simdjson::SIMDJSON_PADDING);
}

PayloadDecoder::~PayloadDecoder() = default;

namespace {

bool scalarOf(const simdjson::dom::element &e, DecodedValue *out)
{
    using T = simdjson::dom::element_type;
    switch (e.type()) {
    case T::INT64:
        out->kind = ValueKind::Number;
        out->number = double(int64_t(e));
        return true;
    case T::UINT64:
        out->kind = ValueKind::Number;
        out->number = double(uint64_t(e));
        return true;
    case T::DOUBLE:
        out->kind = ValueKind::Number;
        out->number = double(e);
        return true;
    case T::BOOL:
        out->kind = ValueKind::Bool;
        out->number = bool(e) ? 1.0 : 0.0;
        return true;
    case T::STRING:
        out->kind = ValueKind::String;
        out->text = std::string_view(e);
        out->number = 0.0;
        return true;
    default:
        return false;
    }
}

} // namespace

bool PayloadDecoder::parse(std::string_view payload)
{
    d->parsed = false;
    // The parser wants SIMDJSON_PADDING readable bytes past the end: copy into a buffer we
    // own and reuse, instead of letting simdjson allocate a padded copy per message.
    const std::size_t need = payload.size() + simdjson::SIMDJSON_PADDING;
    if (d->buffer.size() < need)
        d->buffer.resize(need);
    std::memcpy(d->buffer.data(), payload.data(), payload.size());
    std::memset(d->buffer.data() + payload.size(), 0, simdjson::SIMDJSON_PADDING);
    const auto error = d->parser.parse(d->buffer.data(), payload.size(), false).get(d->root);
    if (error)
        return false;
    d->parsed = true;
    return true;
}

bool PayloadDecoder::readDefault(std::vector<DecodedField> *fields)
{
    fields->clear();
    if (!d->parsed)
        return false;
    DecodedValue v;
    if (scalarOf(d->root, &v)) {
        fields->push_back({std::string_view(), v});
        return true;
    }
    simdjson::dom::object object;
    if (d->root.get(object))
        return false;
    for (const auto field : object) {
        if (field.key == "ts")
            continue;
        if (!scalarOf(field.value, &v))
            continue;
        if (field.key == "value" || field.key == "SensorValue")
            fields->push_back({std::string_view(), v});
        else
            fields->push_back({field.key, v});
    }
    return !fields->empty();
}

bool PayloadDecoder::readPointer(std::string_view pointer, DecodedValue *value)
{
    if (!d->parsed)
        return false;
    simdjson::dom::element e;
    if (d->root.at_pointer(pointer).get(e))
        return false;
    return scalarOf(e, value);
}

qint64 PayloadDecoder::timestamp(bool *invalid)
{
    *invalid = false;
    if (!d->parsed || !d->root.is_object())
        return -1;
    simdjson::dom::element ts;
    if (d->root["ts"].get(ts))
        return -1;
    using T = simdjson::dom::element_type;
    qint64 ms = -1;
    switch (ts.type()) {
    case T::INT64:
        ms = qint64(int64_t(ts));
        break;
    case T::UINT64:
        ms = uint64_t(ts) > uint64_t(std::numeric_limits<qint64>::max()) ? -1 : qint64(uint64_t(ts));
        break;
    case T::DOUBLE: {
        const double d = double(ts);
        ms = d >= 0 && d < 9.2e18 ? qint64(d) : -1;
        break;
    }
    case T::STRING: {
        const std::string_view s(ts);
        if (!parseIsoTimestamp(s.data(), s.size(), &ms))
            ms = -1;
        break;
    }
    default:
        break;
    }
    // Before 1970, or not a time at all: the caller uses the receive time and counts it.
    if (ms < 0) {
        *invalid = true;
        return -1;
    }
    return ms;
}

std::string PayloadDecoder::toJsonPointer(std::string_view path)
{
    if (path.empty() || path.front() == '/')
        return std::string(path);
    if (path == "$")
        return std::string();
    if (path.substr(0, 2) == "$.")
        path.remove_prefix(2);
    else if (path.front() == '$')
        path.remove_prefix(1);
    std::string out;
    out.reserve(path.size() + 4);
    std::string token;
    auto flush = [&] {
        out += '/';
        for (char c : token) {
            if (c == '~')
                out += "~0";
            else if (c == '/')
                out += "~1";
            else
                out += c;
        }
        token.clear();
    };
    bool pending = false;
    for (std::size_t i = 0; i < path.size(); ++i) {
        const char c = path[i];
        if (c == '.') {
            if (pending)
                flush();
            pending = false;
        } else if (c == '[') {
            if (pending)
                flush();
            std::size_t end = path.find(']', i);
            if (end == std::string_view::npos)
                end = path.size();
            std::string_view inner = path.substr(i + 1, end - i - 1);
            if (inner.size() >= 2 && (inner.front() == '\'' || inner.front() == '"'))
                inner = inner.substr(1, inner.size() - 2);
            token.assign(inner);
            flush();
            pending = false;
            i = end;
        } else {
            token += c;
            pending = true;
        }
    }
    if (pending)
        flush();
    return out;
}

namespace {

bool equalsIgnoringCase(std::string_view text, std::string_view lower)
{
    if (text.size() != lower.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i] >= 'A' && text[i] <= 'Z' ? char(text[i] - 'A' + 'a') : text[i];
        if (c != lower[i])
            return false;
    }
    return true;
}

/// A whole numeric string, surrounding blanks allowed; no "nan", "inf" or hexadecimal.
bool numberFromText(std::string_view text, double *number)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return false;
    double parsed = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(parsed))
        return false;
    *number = parsed;
    return true;
}

} // namespace

bool coerceToKind(ValueKind expected, DecodedValue *value)
{
    switch (expected) {
    case ValueKind::Any:
    case ValueKind::String:
        return true;
    case ValueKind::Number:
        if (value->kind == ValueKind::Bool)
            value->kind = ValueKind::Number;
        if (value->kind == ValueKind::String && numberFromText(value->text, &value->number))
            value->kind = ValueKind::Number;
        return value->kind == ValueKind::Number;
    case ValueKind::Bool:
        if (value->kind == ValueKind::Number) {
            value->kind = ValueKind::Bool;
            value->number = value->number != 0.0 ? 1.0 : 0.0;
        } else if (value->kind == ValueKind::String) {
            if (equalsIgnoringCase(value->text, "true"))
                value->number = 1.0;
            else if (equalsIgnoringCase(value->text, "false"))
                value->number = 0.0;
            else
                return false;
            value->kind = ValueKind::Bool;
        }
        return value->kind == ValueKind::Bool;
    }
    return false;
}

} // namespace twin
