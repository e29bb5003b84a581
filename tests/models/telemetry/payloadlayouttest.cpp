// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/payloadlayout.h"

#include <gtest/gtest.h>

using namespace twin;

TEST(PayloadLayout, PrettyPrintsWithPointersAndMarksWhatChanged)
{
    const QList<PayloadLine> lines = PayloadLayout::layout(R"({"data":{"t":21.5,"rh":40},"id":"x"})",
                                                           R"({"data":{"t":21.0,"rh":40},"id":"x"})");
    QStringList texts;
    for (const PayloadLine &l : lines)
        texts.append(l.text);
    EXPECT_EQ(texts, (QStringList{QStringLiteral("{"), QStringLiteral("  \"data\": {"), QStringLiteral("    \"rh\": 40,"),
                                  QStringLiteral("    \"t\": 21.5"), QStringLiteral("  },"),
                                  QStringLiteral("  \"id\": \"x\""), QStringLiteral("}")}));
    EXPECT_EQ(lines[3].pointer, QStringLiteral("/data/t"));
    EXPECT_TRUE(lines[3].scalar);
    EXPECT_TRUE(lines[3].changed);
    EXPECT_FALSE(lines[2].changed);
    EXPECT_FALSE(lines[5].changed);
}

TEST(PayloadLayout, FirstPayloadHasNoChangesAndBareScalarsAndTextWork)
{
    for (const PayloadLine &l : PayloadLayout::layout(R"({"a":[1,2]})"))
        EXPECT_FALSE(l.changed);
    const QList<PayloadLine> scalar = PayloadLayout::layout("21.5", "20");
    ASSERT_EQ(scalar.size(), 1);
    EXPECT_TRUE(scalar[0].changed);
    EXPECT_EQ(scalar[0].pointer, QString());
    const QList<PayloadLine> text = PayloadLayout::layout("not json");
    ASSERT_EQ(text.size(), 1);
    EXPECT_EQ(text[0].text, QStringLiteral("not json"));
    EXPECT_EQ(PayloadLayout::valueAt(R"({"a":[1,{"b/c":true}]})", QStringLiteral("/a/1/b~1c")), QJsonValue(true));
    EXPECT_TRUE(PayloadLayout::valueAt(R"({"a":1})", QStringLiteral("/b")).isUndefined());
}
