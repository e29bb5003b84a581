// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/twin.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace twin;

TEST(Twin, GeometryRoundTripsThroughJson)
{
    Geometry g;
    g.outline = QPolygonF({QPointF(0, 0), QPointF(4, 0), QPointF(4, 3.5), QPointF(0, 3.5)});
    g.position = QPointF(1.5, 2);
    FloorLayout f;
    f.elevation = 3.2;
    f.height = 3.1;
    f.walls.append({QPolygonF({QPointF(0, 0), QPointF(10, 0)}), 0.25});
    f.openings.append({0, 2.0, 0.9, 2.1, QStringLiteral("door")});
    f.dimensions.append({QPointF(0, -1), QPointF(10, -1)});
    f.background = {QStringLiteral("plan.png"), 0.02, QPointF(-1, -2), 0.4};
    g.floor = f;
    const std::optional<Geometry> back = Geometry::fromJson(g.toJson());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, g);
}

TEST(Twin, MalformedGeometryIsReportedNotCrashing)
{
    QString error;
    EXPECT_FALSE(Geometry::fromJson(QJsonObject{{QStringLiteral("outline"), QStringLiteral("x")}}, &error));
    EXPECT_FALSE(error.isEmpty());
    const QJsonObject badOpening{{QStringLiteral("floor"),
                                  QJsonObject{{QStringLiteral("openings"),
                                               QJsonArray{QJsonObject{{QStringLiteral("wall"), 7}}}}}}};
    EXPECT_FALSE(Geometry::fromJson(badOpening, &error));
}

TEST(Twin, IdAndDtmiChecks)
{
    EXPECT_TRUE(isValidTwinId(QStringLiteral("room-101")));
    EXPECT_FALSE(isValidTwinId(QString()));
    EXPECT_FALSE(isValidTwinId(QStringLiteral(" x")));
    EXPECT_FALSE(isValidTwinId(QStringLiteral("a/b")));
    EXPECT_FALSE(isValidTwinId(QString(200, u'x')));
    EXPECT_TRUE(isValidDtmi(QStringLiteral("dtmi:twinstudio:core:Room;1")));
    EXPECT_TRUE(isValidDtmi(QStringLiteral("dtmi:com:example:Thing;2")));
    EXPECT_FALSE(isValidDtmi(QStringLiteral("dtmi:com:example:Thing;0")));
    EXPECT_FALSE(isValidDtmi(QStringLiteral("urn:x")));
    EXPECT_FALSE(isValidDtmi(QStringLiteral("dtmi:1abc;1")));
}

TEST(Twin, DisplayNamePrefersNameProperty)
{
    Twin t;
    t.id = QStringLiteral("room-1");
    EXPECT_EQ(t.displayName(), QStringLiteral("room-1"));
    t.properties.insert(QStringLiteral("name"), QStringLiteral("Meeting room"));
    EXPECT_EQ(t.displayName(), QStringLiteral("Meeting room"));
}
