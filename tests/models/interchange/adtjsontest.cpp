// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/adtjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using twin::AdtJson;

namespace {

/// Property sets whose JSON text is easy to get subtly wrong.
QList<QJsonObject> trickyProperties()
{
    const QJsonObject parsed = QJsonDocument::fromJson(
        R"({"big": 100000000000000000, "neg": -7, "zero": 0, "small": 1e-7, "frac": 21.5, "exp": 1e300})").object();
    return {
        {},
        parsed,
        {{QStringLiteral("name"), QStringLiteral("Office \"B\" \\ back/slash")}},
        {{QStringLiteral("name"), QStringLiteral("Salle de réunion °C ✓")}},
        {{QStringLiteral("emoji"), QStringLiteral("sensor 🌡")}},
        {{QStringLiteral("lone"), QString(QChar(0xD800))}},
        {{QStringLiteral("control"), QStringLiteral("tab\there\nnew line\x01")}},
        {{QStringLiteral("double"), 1e17}, {QStringLiteral("minusZero"), -0.0}, {QStringLiteral("third"), 1.0 / 3}},
        {{QStringLiteral("flag"), true}, {QStringLiteral("off"), false}, {QStringLiteral("nothing"), QJsonValue::Null}},
        {{QStringLiteral("component"), QJsonObject{{QStringLiteral("$metadata"), QJsonObject{}}, {QStringLiteral("b"), 1}, {QStringLiteral("a"), QJsonArray{1, QStringLiteral("x"), QJsonObject{}}}}}},
        {{QStringLiteral("#hash"), 1}, {QStringLiteral("!bang"), 2}, {QStringLiteral("zeta"), 3}},
        {{QStringLiteral("$odd"), 1}},
    };
}

} // namespace

TEST(AdtJson, DirectTwinTextEqualsQJsonDocumentText)
{
    const QJsonObject geometry{{QStringLiteral("position"), QJsonArray{1.5, -2}}};
    for (const QJsonObject &properties : trickyProperties()) {
        for (const QString &id : {QStringLiteral("room-1"), QStringLiteral("quote\"id"), QStringLiteral("tab\tid")}) {
            twin::Twin t;
            t.id = id;
            t.model = QStringLiteral("dtmi:example:Room;1");
            t.properties = properties;
            QByteArray direct;
            AdtJson::appendTwin(&direct, t);
            EXPECT_EQ(direct, AdtJson::compact(AdtJson::twinToJson(t)));
            direct.clear();
            AdtJson::appendTwin(&direct, t, &geometry);
            QJsonObject withGeometry = AdtJson::twinToJson(t);
            withGeometry.insert(QStringLiteral("$geometry"), geometry);
            EXPECT_EQ(direct, AdtJson::compact(withGeometry));
        }
    }
}

TEST(AdtJson, DirectRelationshipTextEqualsQJsonDocumentText)
{
    for (const QJsonObject &properties : trickyProperties()) {
        for (const QString &key : {AdtJson::dtIdKey(), AdtJson::sourceIdKey()}) {
            const twin::Relationship r{QStringLiteral("r\"1"), QStringLiteral("a"), QStringLiteral("contains"),
                                       QStringLiteral("b"), properties};
            QByteArray direct = "prefix";
            AdtJson::appendRelationship(&direct, r, key);
            EXPECT_EQ(direct, "prefix" + AdtJson::compact(AdtJson::relationshipToJson(r, key)));
        }
    }
}

TEST(AdtJson, TwinJsonRoundTrips)
{
    twin::Twin t;
    t.id = QStringLiteral("a");
    t.model = QStringLiteral("dtmi:x:A;1");
    t.properties = trickyProperties().at(1);
    twin::Twin back;
    QString error;
    ASSERT_TRUE(AdtJson::twinFromJson(AdtJson::twinToJson(t), &back, &error)) << qPrintable(error);
    EXPECT_TRUE(back == t);
    EXPECT_FALSE(AdtJson::twinFromJson(QJsonObject{{QStringLiteral("$dtId"), 5}}, &back, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("$dtId must be a string"))) << qPrintable(error);
}
