// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planitems.h"
#include "plan/planscene.h"
#include "plan/planview.h"

#include "document/project.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <gtest/gtest.h>

using namespace twin;

namespace {

ProjectContent twoFloors()
{
    ProjectContent c;
    auto twin = [](const QString &id, const QString &model) {
        Twin t;
        t.id = id;
        t.model = model;
        t.properties.insert(QStringLiteral("name"), id);
        return t;
    };
    Twin f1 = twin(QStringLiteral("floor-1"), QStringLiteral("dtmi:twinstudio:core:Floor;1"));
    f1.geometry.floor = FloorLayout{};
    f1.geometry.floor->walls.append({QPolygonF({QPointF(0, 0), QPointF(10, 0), QPointF(10, 6), QPointF(0, 6), QPointF(0, 0)}), 0.2});
    Twin f2 = twin(QStringLiteral("floor-2"), QStringLiteral("dtmi:twinstudio:core:Floor;1"));
    f2.geometry.floor = FloorLayout{3.0, 3.0, {}, {}, {}, {}};
    Twin r1 = twin(QStringLiteral("room-1"), QStringLiteral("dtmi:twinstudio:core:Room;1"));
    r1.geometry.outline = QPolygonF({QPointF(0, 0), QPointF(5, 0), QPointF(5, 6), QPointF(0, 6)});
    Twin r2 = twin(QStringLiteral("room-2"), QStringLiteral("dtmi:twinstudio:core:Room;1"));
    r2.geometry.outline = QPolygonF({QPointF(5, 0), QPointF(10, 0), QPointF(10, 6), QPointF(5, 6)});
    Twin r3 = twin(QStringLiteral("room-3"), QStringLiteral("dtmi:twinstudio:core:Room;1"));
    r3.geometry.outline = QPolygonF({QPointF(0, 0), QPointF(10, 0), QPointF(10, 6), QPointF(0, 6)});
    Twin dev = twin(QStringLiteral("dev-1"), QStringLiteral("dtmi:twinstudio:core:Multisensor;1"));
    dev.geometry.position = QPointF(2.5, 3);
    c.twins = {f1, f2, r1, r2, r3, dev};
    auto contains = [](const QString &a, const QString &b) {
        return Relationship{QStringLiteral("c-") + b, a, QStringLiteral("contains"), b, {}};
    };
    c.relationships = {contains(QStringLiteral("floor-1"), QStringLiteral("room-1")),
                       contains(QStringLiteral("floor-1"), QStringLiteral("room-2")),
                       contains(QStringLiteral("floor-2"), QStringLiteral("room-3")),
                       contains(QStringLiteral("room-1"), QStringLiteral("dev-1"))};
    return c;
}

int countItems(ui::PlanScene *scene, bool enabledOnly)
{
    int n = 0;
    for (QGraphicsItem *item : scene->items()) {
        if (dynamic_cast<ui::RoomItem *>(item) && (!enabledOnly || item->isEnabled()))
            ++n;
    }
    return n;
}

} // namespace

TEST(PlanView, ShowsTheFloorWithTheFloorBelowFaded)
{
    Project p;
    ui::PlanView view(&p);
    ASSERT_TRUE(p.setContent(twoFloors(), nullptr));
    QCoreApplication::processEvents();
    EXPECT_EQ(view.scene()->floors(), (QStringList{QStringLiteral("floor-1"), QStringLiteral("floor-2")}));
    EXPECT_EQ(view.scene()->floor(), QStringLiteral("floor-1"));
    EXPECT_EQ(countItems(view.scene(), true), 2);
    view.scene()->setFloor(QStringLiteral("floor-2"));
    EXPECT_EQ(countItems(view.scene(), true), 1);
    EXPECT_EQ(countItems(view.scene(), false), 3); // two faded rooms from below
}

TEST(PlanView, SelectingATwinShowsItsFloor)
{
    Project p;
    ui::PlanView view(&p);
    ASSERT_TRUE(p.setContent(twoFloors(), nullptr));
    QCoreApplication::processEvents();
    ASSERT_TRUE(view.selectTwin(QStringLiteral("room-3")));
    EXPECT_EQ(view.scene()->floor(), QStringLiteral("floor-2"));
    EXPECT_EQ(view.scene()->selectedTwins(), QStringList{QStringLiteral("room-3")});
    ASSERT_TRUE(view.selectTwin(QStringLiteral("dev-1")));
    EXPECT_EQ(view.scene()->floor(), QStringLiteral("floor-1"));
}

TEST(PlanView, DraggingADeviceIsOneUndoStep)
{
    Project p;
    ui::PlanView view(&p);
    view.resize(800, 600);
    view.show();
    ASSERT_TRUE(p.setContent(twoFloors(), nullptr));
    QCoreApplication::processEvents();
    view.fitToView();
    auto *gv = view.findChild<QGraphicsView *>();
    ASSERT_TRUE(gv);
    const QPoint start = gv->mapFromScene(QPointF(2.5, 3) * ui::kPixelsPerMetre);
    QTest::mousePress(gv->viewport(), Qt::LeftButton, {}, start);
    for (int i = 1; i <= 5; ++i) {
        QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(i * 10, 0)), gv->viewport()->mapToGlobal(QPointF(start + QPoint(i * 10, 0))),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(gv->viewport(), &move);
    }
    QTest::mouseRelease(gv->viewport(), Qt::LeftButton, {}, start + QPoint(50, 0));
    QCoreApplication::processEvents();
    ASSERT_EQ(p.undoStack()->count(), 1);
    const QPointF moved = *p.graph()->findTwin(QStringLiteral("dev-1"))->geometry.position;
    EXPECT_GT(moved.x(), 2.6);
    EXPECT_NEAR(moved.y(), 3.0, 0.05);
    p.undoStack()->undo();
    EXPECT_EQ(*p.graph()->findTwin(QStringLiteral("dev-1"))->geometry.position, QPointF(2.5, 3));
}

TEST(PlanView, MiddleButtonPansWithoutEditing)
{
    Project p;
    ui::PlanView view(&p);
    view.resize(800, 600);
    view.show();
    ASSERT_TRUE(p.setContent(twoFloors(), nullptr));
    QCoreApplication::processEvents();
    view.fitToView();
    auto *gv = view.findChild<QGraphicsView *>();
    ASSERT_TRUE(gv);
    // Pan from over a device: the plan moves under the cursor, the device does not.
    const QPoint start = gv->mapFromScene(QPointF(2.5, 3) * ui::kPixelsPerMetre);
    const QPointF before = gv->mapToScene(start);
    QTest::mousePress(gv->viewport(), Qt::MiddleButton, {}, start);
    for (int i = 1; i <= 4; ++i) {
        const QPointF at(start + QPoint(i * 15, i * 10));
        QMouseEvent move(QEvent::MouseMove, at, gv->viewport()->mapToGlobal(at), Qt::NoButton, Qt::MiddleButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(gv->viewport(), &move);
    }
    QTest::mouseRelease(gv->viewport(), Qt::MiddleButton, {}, start + QPoint(60, 40));
    const QPointF after = gv->mapToScene(start);
    EXPECT_LT(after.x(), before.x() - 20); // dragged right: the scene point under the start moved left
    EXPECT_LT(after.y(), before.y() - 10);
    EXPECT_EQ(p.undoStack()->count(), 0);
    EXPECT_EQ(*p.graph()->findTwin(QStringLiteral("dev-1"))->geometry.position, QPointF(2.5, 3));
}

TEST(PlanView, RoomAreaIsComputedFromTheOutline)
{
    EXPECT_DOUBLE_EQ(ui::polygonArea(QPolygonF({QPointF(0, 0), QPointF(5, 0), QPointF(5, 6), QPointF(0, 6)})), 30.0);
    EXPECT_DOUBLE_EQ(ui::polygonArea(QPolygonF({QPointF(0, 0), QPointF(4, 0), QPointF(0, 3)})), 6.0);
}

namespace {

/// The rows of \a image that hold text: some pixels darker than the room's fill, but not
/// most of the row (that is the outline).
QList<int> textRows(const QImage &image)
{
    QList<int> rows;
    const int inner = image.width() - 8;
    for (int y = 0; y < image.height(); ++y) {
        int dark = 0;
        for (int x = 4; x < image.width() - 4; ++x)
            dark += qGray(image.pixel(x, y)) < 150 ? 1 : 0;
        if (dark > 0 && dark < inner / 2)
            rows.append(y);
    }
    return rows;
}

QImage renderRoom(const QRectF &metres, int pixelsPerMetre)
{
    QGraphicsScene scene;
    scene.addItem(new ui::RoomItem(QStringLiteral("r"), QStringLiteral("Office 101"), QPolygonF(metres), false));
    QImage image(int(metres.width() * pixelsPerMetre), int(metres.height() * pixelsPerMetre), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter, QRectF(image.rect()), QRectF(metres.topLeft() * ui::kPixelsPerMetre, metres.size() * ui::kPixelsPerMetre));
    return image;
}

} // namespace

// A device in the middle of a room (where a drop or a new device lands) leaves the room's
// name and area readable: the label ends above the marker and its selection ring; in a
// narrow corridor the label stays between the walls.
TEST(PlanItems, TheRoomLabelStaysClearOfTheMiddleAndInsideTheRoom)
{
    const QImage office = renderRoom(QRectF(0, 0, 10, 6), 40);
    const QList<int> rows = textRows(office);
    ASSERT_FALSE(rows.isEmpty());
    // The selected marker's ring: radius 13 with a 3-pixel pen.
    EXPECT_LT(rows.last(), office.height() / 2 - 15) << "the label reaches into the marker at the centre";

    const QImage corridor = renderRoom(QRectF(0, 0, 10, 1.5), 40);
    const QList<int> corridorRows = textRows(corridor);
    ASSERT_FALSE(corridorRows.isEmpty());
    EXPECT_GE(corridorRows.first(), 2) << "the label runs over the corridor's wall";
    EXPECT_LT(corridorRows.last(), corridor.height() / 2 + 16);
}
