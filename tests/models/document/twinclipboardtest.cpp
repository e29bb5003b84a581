// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/project.h"
#include "document/twinclipboard.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace twin;

namespace {

const QString kFloor = QStringLiteral("dtmi:twinstudio:core:Floor;1");
const QString kRoom = QStringLiteral("dtmi:twinstudio:core:Room;1");
const QString kDevice = QStringLiteral("dtmi:twinstudio:core:Multisensor;1");
const QString kSensor = QStringLiteral("dtmi:twinstudio:core:TemperatureSensor;1");

Twin twinOf(const QString &id, const QString &model, const Geometry &geometry = {})
{
    return Twin{id, model, QJsonObject{{QStringLiteral("name"), id.toUpper()}}, geometry};
}

Geometry outlined(double x, double y, double width, double height)
{
    Geometry g;
    g.outline = QPolygonF({QPointF(x, y), QPointF(x + width, y), QPointF(x + width, y + height), QPointF(x, y + height)});
    return g;
}

Relationship rel(const QString &id, const QString &source, const QString &name, const QString &target)
{
    return Relationship{id, source, name, target, {}};
}

class TwinClipboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ProjectContent c;
        Geometry floor, device;
        floor.floor = FloorLayout{};
        device.position = QPointF(2, 1.5);
        c.twins = {twinOf(QStringLiteral("floor"), kFloor, floor), twinOf(QStringLiteral("room"), kRoom, outlined(0, 0, 4, 3)),
                   twinOf(QStringLiteral("other"), kRoom, outlined(10, 0, 4, 3)),
                   twinOf(QStringLiteral("dev"), kDevice, device), twinOf(QStringLiteral("temp"), kSensor)};
        c.relationships = {rel(QStringLiteral("c1"), QStringLiteral("floor"), QStringLiteral("contains"), QStringLiteral("room")),
                           rel(QStringLiteral("c2"), QStringLiteral("floor"), QStringLiteral("contains"), QStringLiteral("other")),
                           rel(QStringLiteral("c3"), QStringLiteral("room"), QStringLiteral("contains"), QStringLiteral("dev")),
                           rel(QStringLiteral("s1"), QStringLiteral("dev"), QStringLiteral("hasSensor"), QStringLiteral("temp"))};
        ASSERT_TRUE(project.setContent(c, nullptr));
    }

    Project project;
};

} // namespace

TEST_F(TwinClipboardTest, CopiesASubtreeWithItsInnerRelationships)
{
    const QByteArray payload = TwinClipboard::copy(project, {QStringLiteral("room"), QStringLiteral("dev")});
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    EXPECT_EQ(o.value(QStringLiteral("roots")).toArray().size(), 1); // dev is inside room
    EXPECT_EQ(o.value(QStringLiteral("twins")).toArray().size(), 3);
    // room→dev and dev→temp; floor→room leads out of the copy.
    EXPECT_EQ(o.value(QStringLiteral("relationships")).toArray().size(), 2);
    EXPECT_TRUE(TwinClipboard::copy(project, {QStringLiteral("nope")}).isEmpty());
}

TEST_F(TwinClipboardTest, PastesWithFreshIdsAndOffsetAsOneStep)
{
    const QByteArray payload = TwinClipboard::copy(project, {QStringLiteral("room")});
    const int before = project.graph()->twinCount();
    QStringList roots;
    QString error;
    ASSERT_TRUE(TwinClipboard::paste(&project, payload, QStringLiteral("floor"), QPointF(5, 0), &roots, &error))
        << error.toStdString();
    EXPECT_EQ(project.undoStack()->count(), 1);
    EXPECT_EQ(project.graph()->twinCount(), before + 3);
    ASSERT_EQ(roots.size(), 1);
    const TwinGraph *g = project.graph();
    const int room = g->indexOfTwin(roots.first());
    ASSERT_GE(room, 0);
    EXPECT_NE(roots.first(), QStringLiteral("room"));
    EXPECT_EQ(g->parentOf(room), g->indexOfTwin(QStringLiteral("floor")));
    EXPECT_EQ(g->twin(room).geometry.outline.first(), QPointF(5, 0));
    EXPECT_EQ(g->twin(room).properties.value(QStringLiteral("name")).toString(), QStringLiteral("ROOM (copy)"));
    const QList<int> devices = g->childrenOf(room);
    ASSERT_EQ(devices.size(), 1);
    EXPECT_EQ(*g->twin(devices.first()).geometry.position, QPointF(7, 1.5));
    EXPECT_EQ(g->childrenOf(devices.first()).size(), 1); // the sensor came along
    // The originals are untouched; pasting again gives yet other ids.
    EXPECT_EQ(g->childrenOf(g->indexOfTwin(QStringLiteral("room"))).size(), 1);
    QStringList again;
    ASSERT_TRUE(TwinClipboard::paste(&project, payload, QStringLiteral("floor"), QPointF(0, 5), &again));
    EXPECT_NE(again, roots);
    project.undoStack()->undo();
    project.undoStack()->undo();
    EXPECT_EQ(project.graph()->twinCount(), before);
}

TEST_F(TwinClipboardTest, APastedDeviceGoesIntoTheRoomItLandsIn)
{
    const QByteArray payload = TwinClipboard::copy(project, {QStringLiteral("dev")});
    QStringList roots;
    ASSERT_TRUE(TwinClipboard::paste(&project, payload, QStringLiteral("floor"), QPointF(10, 0), &roots));
    const TwinGraph *g = project.graph();
    ASSERT_EQ(roots.size(), 1);
    EXPECT_EQ(g->parentOf(g->indexOfTwin(roots.first())), g->indexOfTwin(QStringLiteral("other")));
    // Outside every room it stays on the floor.
    ASSERT_TRUE(TwinClipboard::paste(&project, payload, QStringLiteral("floor"), QPointF(0, 20), &roots));
    EXPECT_EQ(g->parentOf(g->indexOfTwin(roots.first())), g->indexOfTwin(QStringLiteral("floor")));
}

TEST_F(TwinClipboardTest, RefusesPayloadsThatAreNotTwins)
{
    QString error;
    const int count = project.undoStack()->count();
    EXPECT_FALSE(TwinClipboard::paste(&project, "not json", QStringLiteral("floor"), QPointF(), nullptr, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(TwinClipboard::paste(&project, R"({"format":"twinstudio-twins","version":99})", QStringLiteral("floor"),
                                      QPointF(), nullptr, &error));
    const QByteArray broken = R"({"format":"twinstudio-twins","version":1,"roots":["a"],)"
                              R"("twins":[{"id":"a","model":"dtmi:twinstudio:core:Room;1"}],)"
                              R"("relationships":[{"id":"r","source":"a","name":"contains","target":"ghost"}]})";
    EXPECT_FALSE(TwinClipboard::paste(&project, broken, QStringLiteral("floor"), QPointF(), nullptr, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("'r'")));
    const QByteArray payload = TwinClipboard::copy(project, {QStringLiteral("room")});
    EXPECT_FALSE(TwinClipboard::paste(&project, payload, QStringLiteral("no-floor"), QPointF(), nullptr, &error));
    EXPECT_EQ(project.undoStack()->count(), count);
}
