// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/payloaddecoder.h"

#include <gtest/gtest.h>

using namespace twin;

namespace {

std::vector<DecodedField> decode(PayloadDecoder &d, std::string_view payload)
{
    std::vector<DecodedField> fields;
    EXPECT_TRUE(d.parse(payload)) << payload;
    d.readDefault(&fields);
    return fields;
}

} // namespace

TEST(PayloadDecoder, BareScalars)
{
    PayloadDecoder d;
    auto f = decode(d, "21.5");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_TRUE(f[0].name.empty());
    EXPECT_DOUBLE_EQ(f[0].value.number, 21.5);
    f = decode(d, "true");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].value.kind, ValueKind::Bool);
    EXPECT_EQ(f[0].value.number, 1.0);
    f = decode(d, "\"open\"");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].value.kind, ValueKind::String);
    EXPECT_EQ(f[0].value.text, "open");
    f = decode(d, "-7");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].value.number, -7.0);
}

TEST(PayloadDecoder, ValueAndSensorValueObjects)
{
    PayloadDecoder d;
    auto f = decode(d, R"({"value": 3.25})");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_TRUE(f[0].name.empty());
    EXPECT_DOUBLE_EQ(f[0].value.number, 3.25);
    f = decode(d, R"({"SensorValue": 400, "ts": 1700000000000})");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_TRUE(f[0].name.empty());
    EXPECT_EQ(f[0].value.number, 400.0);
    bool invalid = true;
    EXPECT_EQ(d.timestamp(&invalid), 1700000000000LL);
    EXPECT_FALSE(invalid);
}

TEST(PayloadDecoder, NamedTelemetry)
{
    PayloadDecoder d;
    auto f = decode(d, R"({"Temperature": 20, "Humidity": 41.5, "nested": {"x": 1}, "ts": "2024-05-01T12:00:00Z"})");
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].name, "Temperature");
    EXPECT_EQ(f[1].name, "Humidity");
    EXPECT_DOUBLE_EQ(f[1].value.number, 41.5);
    bool invalid = true;
    EXPECT_EQ(d.timestamp(&invalid), 1714564800000LL);
}

TEST(PayloadDecoder, IsoTimestamps)
{
    qint64 ms = 0;
    EXPECT_TRUE(parseIsoTimestamp("2024-05-01T12:00:00.250Z", 24, &ms));
    EXPECT_EQ(ms, 1714564800250LL);
    const std::string offset = "2024-05-01T14:00:00+02:00";
    EXPECT_TRUE(parseIsoTimestamp(offset.data(), offset.size(), &ms));
    EXPECT_EQ(ms, 1714564800000LL);
    const std::string noZone = "1970-01-01T00:00:01";
    EXPECT_TRUE(parseIsoTimestamp(noZone.data(), noZone.size(), &ms));
    EXPECT_EQ(ms, 1000);
    const std::string bad = "2024-13-01T00:00:00Z";
    EXPECT_FALSE(parseIsoTimestamp(bad.data(), bad.size(), &ms));
    const std::string garbage = "yesterday at noon";
    EXPECT_FALSE(parseIsoTimestamp(garbage.data(), garbage.size(), &ms));
}

TEST(PayloadDecoder, BadTimestampIsReported)
{
    PayloadDecoder d;
    ASSERT_TRUE(d.parse(R"({"value": 1, "ts": "soon"})"));
    bool invalid = false;
    EXPECT_EQ(d.timestamp(&invalid), -1);
    EXPECT_TRUE(invalid);
}

TEST(PayloadDecoder, MalformedAndValueless)
{
    PayloadDecoder d;
    EXPECT_FALSE(d.parse("{\"value\": "));
    EXPECT_FALSE(d.parse("not json"));
    std::vector<DecodedField> fields;
    ASSERT_TRUE(d.parse("[1, 2]"));
    EXPECT_FALSE(d.readDefault(&fields));
    ASSERT_TRUE(d.parse("null"));
    EXPECT_FALSE(d.readDefault(&fields));
    ASSERT_TRUE(d.parse(R"({"ts": 5})"));
    EXPECT_FALSE(d.readDefault(&fields));
}

TEST(PayloadDecoder, JsonPaths)
{
    EXPECT_EQ(PayloadDecoder::toJsonPointer("$.data.t"), "/data/t");
    EXPECT_EQ(PayloadDecoder::toJsonPointer("$.values[2]"), "/values/2");
    EXPECT_EQ(PayloadDecoder::toJsonPointer("$['a/b'].c"), "/a~1b/c");
    EXPECT_EQ(PayloadDecoder::toJsonPointer("/x/y"), "/x/y");
    EXPECT_EQ(PayloadDecoder::toJsonPointer("plain"), "/plain");
    PayloadDecoder d;
    ASSERT_TRUE(d.parse(R"({"data": {"t": 19.5, "list": [1, 2, 3]}})"));
    DecodedValue v;
    ASSERT_TRUE(d.readPointer("/data/t", &v));
    EXPECT_DOUBLE_EQ(v.number, 19.5);
    ASSERT_TRUE(d.readPointer("/data/list/2", &v));
    EXPECT_EQ(v.number, 3.0);
    EXPECT_FALSE(d.readPointer("/data/missing", &v));
    EXPECT_FALSE(d.readPointer("/data", &v)); // not a scalar
}

TEST(PayloadDecoder, LargePayloadGrowsBuffer)
{
    PayloadDecoder d;
    std::string big = "{\"pad\": \"" + std::string(100000, 'x') + "\", \"value\": 7}";
    auto f = decode(d, big);
    ASSERT_EQ(f.size(), 2u); // "pad" is a named string member, "value" the primary value
    EXPECT_EQ(f[1].value.number, 7.0);
}

TEST(PayloadDecoder, CoercesToThePointsKind)
{
    const auto coerced = [](ValueKind expected, DecodedValue v, bool *ok) {
        *ok = coerceToKind(expected, &v);
        return v;
    };
    const auto text = [](std::string_view t) {
        DecodedValue v;
        v.kind = ValueKind::String;
        v.text = t;
        return v;
    };
    bool ok = false;
    DecodedValue v = coerced(ValueKind::Number, text("21.5"), &ok);
    EXPECT_TRUE(ok);
    EXPECT_EQ(v.kind, ValueKind::Number);
    EXPECT_EQ(v.number, 21.5);
    v = coerced(ValueKind::Number, text("+1e3"), &ok);
    EXPECT_TRUE(ok);
    EXPECT_EQ(v.number, 1000.0);
    for (std::string_view bad : {"", " ", "21.5C", "inf", "nan", "0x1A", "1,5", "true"}) {
        coerced(ValueKind::Number, text(bad), &ok);
        EXPECT_FALSE(ok) << bad;
    }
    v = coerced(ValueKind::Bool, text("TRUE"), &ok);
    EXPECT_TRUE(ok);
    EXPECT_EQ(v.kind, ValueKind::Bool);
    EXPECT_EQ(v.number, 1.0);
    v = coerced(ValueKind::Bool, text("false"), &ok);
    EXPECT_TRUE(ok);
    EXPECT_EQ(v.number, 0.0);
    coerced(ValueKind::Bool, text("1"), &ok);
    EXPECT_FALSE(ok);
    DecodedValue number;
    number.number = 2.0;
    v = coerced(ValueKind::Bool, number, &ok);
    EXPECT_TRUE(ok);
    EXPECT_EQ(v.kind, ValueKind::Bool);
    EXPECT_EQ(v.number, 1.0);
    // Text points keep texts as they came.
    v = coerced(ValueKind::String, text("21.5"), &ok);
    EXPECT_TRUE(ok);
    EXPECT_EQ(v.kind, ValueKind::String);
}
