// SPDX-License-Identifier: GPL-3.0-or-later
#include "payloaddecoder.h"

#include <simdjson.h>

#include <cstring>

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
    switch (ts.type()) {
    case T::INT64:
        return qint64(int64_t(ts));
    case T::UINT64:
        return qint64(uint64_t(ts));
    case T::DOUBLE:
        return qint64(double(ts));
    case T::STRING: {
        const std::string_view s(ts);
        qint64 ms = 0;
        if (parseIsoTimestamp(s.data(), s.size(), &ms))
            return ms;
        break;
    }
    default:
        break;
    }
    *invalid = true;
    return -1;
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

} // namespace twin
