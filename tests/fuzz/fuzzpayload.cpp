// SPDX-License-Identifier: GPL-3.0-or-later
// Mutated telemetry payloads through PayloadDecoder: the default forms, a JSON pointer,
// the timestamp, coercion to each kind, and the JSONPath conversion of the same bytes.
#include "payloaddecoder.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static twin::PayloadDecoder decoder; // one per thread, reused like the ingest's
    const std::string_view payload(reinterpret_cast<const char *>(data), size);
    (void)twin::PayloadDecoder::toJsonPointer(payload);
    if (!decoder.parse(payload))
        return 0;
    std::vector<twin::DecodedField> fields;
    std::size_t sum = 0;
    if (decoder.readDefault(&fields)) {
        for (const twin::DecodedField &f : fields) {
            for (const twin::ValueKind kind : {twin::ValueKind::Number, twin::ValueKind::Bool,
                                               twin::ValueKind::String, twin::ValueKind::Any}) {
                twin::DecodedValue v = f.value;
                if (twin::coerceToKind(kind, &v))
                    sum += v.text.size();
            }
            sum += f.name.size();
        }
    }
    twin::DecodedValue value;
    for (const char *pointer : {"/value", "/data/0/t", "/a~1b", ""}) {
        if (decoder.readPointer(pointer, &value))
            sum += value.text.size();
    }
    bool invalid = false;
    sum += std::size_t(decoder.timestamp(&invalid) & 1);
    static volatile std::size_t observed = 0; // keeps the reads from being optimised away
    observed = sum;
    return 0;
}
