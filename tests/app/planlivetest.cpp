// SPDX-License-Identifier: GPL-3.0-or-later
#include "livecontrols.h"
#include "mainwindow.h"
#include "plan/planitems.h"
#include "plan/planlegend.h"
#include "plan/planlivelayer.h"
#include "plan/planscene.h"
#include "plan/planview.h"

#include "functions/demoproject.h"
#include "document/project.h"
#include "document/twinclipboard.h"
#include "itemmodels/twinselection.h"
#include "live/livesession.h"
#include "screenshotsupport.h"
#include "support/testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QGraphicsView>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

using namespace twin;
using Tint = LivePlanOverlay::Tint;

namespace {

constexpr qint64 kNow = 1'700'000'000'000;

LiveReading temperature(const QString &twin, double celsius, qint64 at = kNow)
{
    return LiveReading{twin, QStringLiteral("Temperature"), QStringLiteral("Temperature"),
                       QStringLiteral("degreeCelsius"), celsius, at};
}

template<typename Item>
Item *itemOf(ui::PlanScene *scene, const QString &twinId)
{
    for (QGraphicsItem *item : scene->items()) {
        if (auto *typed = dynamic_cast<Item *>(item); typed && typed->twinId() == twinId && item->isEnabled())
            return typed;
    }
    return nullptr;
}

class PlanLiveTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Diagnostics d;
        ASSERT_TRUE(project.setContent(demoProjectContent(), &d));
        view.resize(900, 600);
        view.scene()->setFloor(QStringLiteral("floor-1"));
    }

    Project project;
    ui::PlanView view{&project};
};

} // namespace

TEST_F(PlanLiveTest, ValuesReachOnlyTheItemsTheyChange)
{
    ui::PlanLiveLayer *live = view.liveLayer();
    ui::PlanScene *scene = view.scene();
    QSignalSpy rebuilt(scene, &ui::PlanScene::itemsRebuilt);
    auto *marker = itemOf<ui::MarkerItem>(scene, QStringLiteral("ms-101"));
    auto *other = itemOf<ui::MarkerItem>(scene, QStringLiteral("ms-102"));
    auto *room = itemOf<ui::RoomItem>(scene, QStringLiteral("room-101"));
    ASSERT_TRUE(marker && other && room);
    const QRectF before = marker->boundingRect();
    live->takeUpdatedItems();

    live->record({temperature(QStringLiteral("ms-101-temp"), 21.4)}, kNow);
    EXPECT_EQ(live->takeUpdatedItems(), 1);
    EXPECT_TRUE(marker->liveText().contains(QStringLiteral("21")));
    EXPECT_TRUE(marker->liveText().contains(QStringLiteral("°C")));
    EXPECT_TRUE(other->liveText().isEmpty());
    // The label widens the marker, so the scene repaints it whole.
    EXPECT_GT(marker->boundingRect().width(), before.width());
    EXPECT_TRUE(marker->toolTip().contains(marker->liveText().section(u' ', 0, 0)));
    // No tint chosen: rooms keep their plain fill.
    EXPECT_FALSE(room->tint().isValid());

    live->setTint(Tint::Temperature);
    EXPECT_EQ(room->tint(), LivePlanOverlay::colour(Tint::Temperature, 21.4));
    EXPECT_EQ(room->brush().color().rgb(), room->tint().rgb());
    live->takeUpdatedItems();
    live->record({temperature(QStringLiteral("ms-101-temp"), 25.0, kNow + 1000)}, kNow + 1000);
    // The marker and its room, nothing else; the scene was not rebuilt for it.
    EXPECT_EQ(live->takeUpdatedItems(), 2);
    EXPECT_EQ(room->tint(), LivePlanOverlay::colour(Tint::Temperature, 25.0));
    EXPECT_EQ(rebuilt.count(), 0);
    EXPECT_EQ(itemOf<ui::MarkerItem>(scene, QStringLiteral("ms-101")), marker);

    live->setTint(Tint::None);
    EXPECT_FALSE(room->tint().isValid());
}

TEST_F(PlanLiveTest, LabelsMoveOutOfEachOthersWayAtEveryZoom)
{
    ui::PlanLiveLayer *live = view.liveLayer();
    ui::PlanScene *scene = view.scene();
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.fitToView();
    // The thermostat on the wall and the multisensor 2 m from it, in every room.
    QList<LiveReading> readings;
    for (const char *room : {"101", "102", "103", "104", "105", "106", "108", "109"}) {
        readings.append(temperature(QStringLiteral("ms-%1-temp").arg(QLatin1String(room)), 21.5));
        readings.append(temperature(QStringLiteral("th-%1-temp").arg(QLatin1String(room)), 21.0));
    }
    live->record(readings, kNow);
    auto *viewport = view.findChild<QGraphicsView *>();
    ASSERT_TRUE(viewport);
    const auto overlaps = [&] {
        QList<QRectF> labels, markers;
        for (QGraphicsItem *item : scene->items()) {
            auto *marker = dynamic_cast<ui::MarkerItem *>(item);
            if (!marker || !marker->isEnabled())
                continue;
            const QPointF at = viewport->mapFromScene(marker->scenePos());
            markers.append(marker->rect().translated(at));
            if (!marker->liveText().isEmpty())
                labels.append(marker->labelRect(marker->labelShift(), marker->labelOnLeft()).translated(at));
        }
        int n = 0;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                n += labels[i].intersects(labels[j]);
            for (const QRectF &m : std::as_const(markers))
                n += labels[i].intersects(m);
        }
        return std::pair{n, int(labels.size())};
    };
    const auto [fitted, labelled] = overlaps();
    EXPECT_GE(labelled, 10);
    EXPECT_EQ(fitted, 0);
    // Zoomed out, the markers crowd together: the labels find new places.
    for (int i = 0; i < 3; ++i) {
        QWheelEvent wheel(QPointF(100, 100), viewport->viewport()->mapToGlobal(QPointF(100, 100)), QPoint(),
                          QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(viewport->viewport(), &wheel);
    }
    int moved = 0;
    for (QGraphicsItem *item : scene->items()) {
        if (auto *marker = dynamic_cast<ui::MarkerItem *>(item))
            moved += marker->labelShift() != 0 || marker->labelOnLeft();
    }
    EXPECT_GT(moved, 0) << "crowded labels leave the place beside their marker";
}

// A label that would run off the view's edge (a marker on the outer wall, a long label)
// goes on a free place inside it, and so on the marker's other side.
TEST_F(PlanLiveTest, LabelsStayInsideTheView)
{
    ui::PlanLiveLayer *live = view.liveLayer();
    ui::PlanScene *scene = view.scene();
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.fitToView();
    auto *viewport = view.findChild<QGraphicsView *>();
    ASSERT_TRUE(viewport);
    // Scroll the plan so that room 104's multisensor stands near the view's right edge.
    auto *marker = itemOf<ui::MarkerItem>(scene, QStringLiteral("ms-104"));
    ASSERT_TRUE(marker);
    const QRect shown = viewport->viewport()->rect();
    const QPointF at = viewport->mapFromScene(marker->scenePos());
    viewport->horizontalScrollBar()->setValue(viewport->horizontalScrollBar()->value() + int(at.x()) - shown.width() + 40);
    QList<LiveReading> readings{temperature(QStringLiteral("ms-104-temp"), 21.5)};
    readings.append(LiveReading{QStringLiteral("ms-104-hum"), QStringLiteral("Humidity"), QStringLiteral("Humidity"),
                                QStringLiteral("percent"), 41.0, kNow});
    readings.append(LiveReading{QStringLiteral("ms-104-co2"), QStringLiteral("CarbonDioxide"),
                                QStringLiteral("CarbonDioxide"), QStringLiteral("partsPerMillion"), 612.0, kNow});
    live->record(readings, kNow);
    const QPointF now = viewport->mapFromScene(marker->scenePos());
    ASSERT_GT(marker->labelRect(0, false).translated(now).right(), shown.width())
        << "beside the marker on its right, the label would run off the view";
    const QRectF label = marker->labelRect(marker->labelShift(), marker->labelOnLeft()).translated(now);
    EXPECT_TRUE(QRectF(shown).contains(label)) << "label at " << label.x() << ", " << label.width() << " wide";
    EXPECT_TRUE(marker->labelOnLeft());
}

TEST_F(PlanLiveTest, StaleValuesAreDrawnFaded)
{
    ui::PlanLiveLayer *live = view.liveLayer();
    live->setStaleAfterMs(30000);
    live->setTint(Tint::Temperature);
    live->record({temperature(QStringLiteral("ms-102-temp"), 22.0)}, kNow);
    auto *marker = itemOf<ui::MarkerItem>(view.scene(), QStringLiteral("ms-102"));
    auto *room = itemOf<ui::RoomItem>(view.scene(), QStringLiteral("room-102"));
    ASSERT_TRUE(marker && room);
    const QColor freshFill = room->brush().color();
    EXPECT_FALSE(marker->isLiveStale());
    live->expire(kNow + 30001);
    EXPECT_TRUE(marker->isLiveStale());
    EXPECT_TRUE(room->isTintStale());
    EXPECT_NE(room->brush().color(), freshFill);
    // The text stays: an old value is still worth seeing.
    EXPECT_FALSE(marker->liveText().isEmpty());
    live->record({temperature(QStringLiteral("ms-102-temp"), 22.5, kNow + 31000)}, kNow + 31000);
    EXPECT_FALSE(marker->isLiveStale());
    EXPECT_FALSE(room->isTintStale());
}

TEST_F(PlanLiveTest, ARebuiltPlanKeepsShowingTheValues)
{
    ui::PlanLiveLayer *live = view.liveLayer();
    live->setTint(Tint::Temperature);
    live->record({temperature(QStringLiteral("ms-103-temp"), 19.0)}, kNow);
    // An edit rebuilds the scene: the new items show what the old ones did.
    Geometry g = project.graph()->findTwin(QStringLiteral("ms-103"))->geometry;
    g.position = *g.position + QPointF(0.5, 0);
    ASSERT_TRUE(project.setGeometry(QStringLiteral("ms-103"), g));
    QSignalSpy rebuilt(view.scene(), &ui::PlanScene::itemsRebuilt);
    ASSERT_TRUE(rebuilt.wait(2000));
    auto *marker = itemOf<ui::MarkerItem>(view.scene(), QStringLiteral("ms-103"));
    auto *room = itemOf<ui::RoomItem>(view.scene(), QStringLiteral("room-103"));
    ASSERT_TRUE(marker && room);
    EXPECT_FALSE(marker->liveText().isEmpty());
    EXPECT_EQ(room->tint(), LivePlanOverlay::colour(Tint::Temperature, 19.0));
    // Another floor's items show nothing of floor 1's values.
    view.scene()->setFloor(QStringLiteral("floor-2"));
    EXPECT_EQ(itemOf<ui::MarkerItem>(view.scene(), QStringLiteral("ms-103")), nullptr);
}

TEST_F(PlanLiveTest, TheTintMenuAndLegendFollowTheChoice)
{
    auto *legend = view.findChild<ui::PlanLegend *>();
    ASSERT_TRUE(legend);
    QMenu *menu = view.tintMenu();
    ASSERT_EQ(menu->actions().size(), 4);
    EXPECT_TRUE(legend->entries().isEmpty());
    EXPECT_TRUE(menu->actions().at(0)->isChecked());
    menu->actions().at(2)->trigger(); // CO₂
    EXPECT_EQ(view.liveLayer()->tint(), Tint::CarbonDioxide);
    EXPECT_EQ(legend->entries().size(), LivePlanOverlay::legend(Tint::CarbonDioxide).size());
    EXPECT_TRUE(legend->entries().last().contains(QStringLiteral("ppm")));
    view.liveLayer()->setTint(Tint::Occupancy);
    EXPECT_TRUE(menu->actions().at(3)->isChecked());
    EXPECT_FALSE(menu->actions().at(2)->isChecked());
    EXPECT_EQ(legend->entries().size(), 2);
}

TEST(PlanLive, SimulatorValuesShowOnThePlanAndGoOnDisconnect)
{
    ui::MainWindow w;
    w.openDemo();
    w.show();
    // The View menu offers the choice.
    QMenu *tintMenu = w.plan()->tintMenu();
    bool inViewMenu = false;
    for (QAction *a : w.menuBar()->actions()) {
        if (a->menu() && a->menu()->actions().contains(tintMenu->menuAction()))
            inViewMenu = true;
    }
    EXPECT_TRUE(inViewMenu);
    tintMenu->actions().at(1)->trigger(); // temperature
    ui::PlanScene *scene = w.plan()->scene();
    scene->setFloor(QStringLiteral("floor-1"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return itemOf<ui::MarkerItem>(scene, QStringLiteral("ms-101")) != nullptr; }));
    w.live()->session()->runSimulator(5);
    // Looked up each time: a document change would have rebuilt the items.
    const auto markerText = [&] {
        auto *marker = itemOf<ui::MarkerItem>(scene, QStringLiteral("ms-101"));
        return marker ? marker->liveText() : QString();
    };
    const auto roomTint = [&] {
        auto *room = itemOf<ui::RoomItem>(scene, QStringLiteral("room-101"));
        return room ? room->tint() : QColor();
    };
    EXPECT_TRUE(QTest::qWaitFor([&] { return !markerText().isEmpty(); }, 10000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return roomTint().isValid(); }, 10000));
    w.live()->session()->disconnectFromSource();
    EXPECT_TRUE(markerText().isEmpty());
    EXPECT_FALSE(roomTint().isValid());
}

TEST(Screenshot, LivePlanColoursRoomsByTemperature)
{
    TWIN_REQUIRE_DISPLAY();
    const QImage image = twintest::screenshot(
        {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("--colour-rooms"),
         QStringLiteral("temperature"), QStringLiteral("--view"), QStringLiteral("plan"), QStringLiteral("--after"),
         QStringLiteral("1500")});
    ASSERT_FALSE(image.isNull());
    // Without live values the rooms are a pale blue-grey; coloured by temperature they take
    // a colour of the scale, whatever the simulated time of day (the demo runs 18–25 °C).
    // Measured on the floor as drawn, whatever room the docks leave the plan.
    const twintest::PlanPixels p = twintest::planPixels(image);
    ASSERT_FALSE(p.walls.isEmpty()) << "no walls drawn";
    // Rooms with a temperature sensor are 348 m² of the 480 m² floor.
    EXPECT_GT(p.tinted, p.wallSamples() * 2 / 5) << "rooms should be coloured by their temperature";
    EXPECT_GT(p.tinted, 2 * p.room) << "most of the floor should be coloured (the corridor has no sensor)";
    // The corridor and the server room, 132 m² of the floor, have no temperature sensor.
    EXPECT_LT(p.room, p.wallSamples() / 3) << "only rooms without a temperature sensor stay plain";

    const twintest::ProcessResult bad = twintest::runTwinstudio(
        {QStringLiteral("--colour-rooms"), QStringLiteral("humidity"), QStringLiteral("--screenshot"),
         QDir::temp().filePath(QStringLiteral("never-written.png"))});
    ASSERT_TRUE(bad.finished);
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains("--colour-rooms")) << bad.err.constData();
}

TEST(PlanLive, PastedDevicesJoinTheRunningSession)
{
    ui::MainWindow w;
    w.openDemo();
    w.show();
    ui::PlanScene *scene = w.plan()->scene();
    scene->setFloor(QStringLiteral("floor-1"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return itemOf<ui::MarkerItem>(scene, QStringLiteral("ms-101")) != nullptr; }));
    LiveSession *session = w.live()->session();
    session->runSimulator(20);
    const TwinGraph *g = w.project()->graph();
    const auto firstSensorOf = [g](const QString &device) {
        const QList<int> children = g->childrenOf(g->indexOfTwin(device));
        return children.isEmpty() ? QString() : g->twin(children.first()).id;
    };
    ASSERT_FALSE(firstSensorOf(QStringLiteral("ms-101")).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return session->latest(firstSensorOf(QStringLiteral("ms-101"))).has_value(); },
                                10000));
    const QByteArray payload = TwinClipboard::copy(*w.project(), {QStringLiteral("ms-101")});
    QString error;
    ASSERT_TRUE(scene->paste(payload, &error)) << error.toStdString();
    QCoreApplication::processEvents();
    const QStringList pasted = w.selection()->selectedIds();
    ASSERT_EQ(pasted.size(), 1);
    const QString copy = firstSensorOf(pasted.first());
    ASSERT_FALSE(copy.isEmpty());
    EXPECT_TRUE(QTest::qWaitFor([&] { return session->latest(copy).has_value(); }, 10000))
        << "the copy of a device gets live values too";
    session->disconnectFromSource();
}
