// SPDX-License-Identifier: GPL-3.0-or-later
// The 3D scene read from the document, and live colours written into it (no drawing).
#include "view3d/buildingscene.h"
#include "view3d/floormesh.h"
#include "view3d/markerinstancing.h"
#include "view3d/notificationbadges.h"
#include "view3d/roomcolouring.h"

#include "mainwindow.h"
#include "plan/planlivelayer.h"
#include "plan/planview.h"
#include "view3d/buildingview3d.h"

#include "functions/demoproject.h"
#include "document/project.h"
#include "itemmodels/notificationmodel.h"
#include "live/livesession.h"

#include <QJsonObject>
#include <QMenu>
#include <QTest>

#include <gtest/gtest.h>

using namespace twin;
using twin::view3d::BuildingScene;
using twin::view3d::FloorMesh;
using twin::view3d::RoomColouring;
using Tint = LivePlanOverlay::Tint;

namespace {

constexpr qint64 kNow = 1'700'000'000'000;

LiveReading temperature(const QString &twin, double celsius, qint64 at = kNow)
{
    return LiveReading{twin, QStringLiteral("Temperature"), QStringLiteral("Temperature"),
                       QStringLiteral("degreeCelsius"), celsius, at};
}

class BuildingSceneTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Diagnostics d;
        ASSERT_TRUE(project.setContent(demoProjectContent(), &d));
        scene.flush();
    }

    Project project;
    BuildingScene scene{&project};
    RoomColouring colouring{&scene, &project};
};

} // namespace

TEST_F(BuildingSceneTest, EveryFloorRoomAndMarkerOfTheDemoIsDrawn)
{
    ASSERT_EQ(scene.floors().size(), 2);
    EXPECT_EQ(scene.floors()[0]->twinId(), QStringLiteral("floor-1"));
    EXPECT_DOUBLE_EQ(scene.floors()[1]->elevation(), 3.5);
    // Nine rooms and the corridor a floor; a multisensor in eight rooms, four thermostats,
    // the meter and one person.
    EXPECT_EQ(scene.floors()[0]->rooms().size(), 10);
    EXPECT_EQ(scene.floors()[0]->markerCount(), 14);
    EXPECT_EQ(scene.floors()[1]->markerCount(), 14);
    EXPECT_TRUE(scene.contains(QStringLiteral("ms-101")));
    EXPECT_FALSE(scene.contains(QStringLiteral("ms-101-temp"))) << "a sensor in a placed device shows on the device";
    // Room 101 spans x 0..8, y 9..15 of floor 1: its top centre.
    const QVector3D c = scene.positionOf(QStringLiteral("room-101"));
    EXPECT_NEAR(c.x(), 4.0, 1e-4);
    EXPECT_NEAR(c.z(), 12.0, 1e-4);
    EXPECT_NEAR(c.y(), FloorMesh::roomHeight(3.5), 1e-4);
    EXPECT_EQ(scene.twinAt(1, QVector3D(4, 3.5f, 12)), QStringLiteral("room-201"));
    EXPECT_EQ(scene.geometryRebuilds(), 2);
}

TEST_F(BuildingSceneTest, AColourChangeWritesTheTableAndRebuildsNoGeometry)
{
    colouring.setTint(Tint::Temperature);
    const int rebuilds = scene.geometryRebuilds();
    const qint64 writes = scene.colours()->writes();
    colouring.record({temperature(QStringLiteral("ms-101-temp"), 26.0)}, kNow);
    EXPECT_EQ(scene.drawnColour(QStringLiteral("room-101")), LivePlanOverlay::colour(Tint::Temperature, 26.0));
    colouring.record({temperature(QStringLiteral("ms-101-temp"), 17.0, kNow + 100)}, kNow + 100);
    EXPECT_EQ(scene.drawnColour(QStringLiteral("room-101")), LivePlanOverlay::colour(Tint::Temperature, 17.0));
    EXPECT_EQ(scene.geometryRebuilds(), rebuilds);
    // One room, one texel per change.
    EXPECT_EQ(scene.colours()->writes() - writes, 2);
    // Rooms without a value under a tint are grey; without a tint, neutral.
    EXPECT_EQ(scene.drawnColour(QStringLiteral("corridor-1")), BuildingScene::noDataColour());
    colouring.setTint(Tint::None);
    EXPECT_EQ(scene.drawnColour(QStringLiteral("room-101")), BuildingScene::neutralColour());
    EXPECT_EQ(scene.geometryRebuilds(), rebuilds);
}

TEST_F(BuildingSceneTest, StaleValuesAreFadedAsOnThePlan)
{
    colouring.setTint(Tint::Temperature);
    colouring.record({temperature(QStringLiteral("ms-102-temp"), 22.0)}, kNow);
    const QColor fresh = LivePlanOverlay::colour(Tint::Temperature, 22.0);
    EXPECT_EQ(scene.drawnColour(QStringLiteral("room-102")), fresh);
    colouring.expire(kNow + LivePlanOverlay::DefaultStaleAfterMs + 1000);
    EXPECT_EQ(scene.drawnColour(QStringLiteral("room-102")), BuildingScene::staleColour(fresh));
    EXPECT_NE(BuildingScene::staleColour(fresh), fresh);
}

TEST_F(BuildingSceneTest, APlanEditRebuildsOnlyItsFloor)
{
    Geometry g = project.graph()->findTwin(QStringLiteral("room-101"))->geometry;
    g.outline = QPolygonF{{0, 9}, {8, 9}, {8, 15}, {4, 15}, {4, 12}, {0, 12}};
    ASSERT_TRUE(project.setGeometry(QStringLiteral("room-101"), g));
    scene.flush();
    EXPECT_EQ(scene.floorRebuilds(QStringLiteral("floor-1")), 2);
    EXPECT_EQ(scene.floorRebuilds(QStringLiteral("floor-2")), 1);
    EXPECT_EQ(scene.twinAt(0, QVector3D(2, 0, 14)), QStringLiteral("floor-1")) << "the cut-away corner is no room";
    EXPECT_EQ(scene.twinAt(0, QVector3D(6, 0, 14)), QStringLiteral("room-101"));
    // A property edit draws nothing new.
    ASSERT_TRUE(project.setTwinProperty(QStringLiteral("room-101"), QStringLiteral("name"), QStringLiteral("Studio")));
    scene.flush();
    EXPECT_EQ(scene.floorRebuilds(QStringLiteral("floor-1")), 2);
    project.undoStack()->undo();
    project.undoStack()->undo();
    scene.flush();
    EXPECT_EQ(scene.floorRebuilds(QStringLiteral("floor-1")), 3);
    EXPECT_EQ(scene.twinAt(0, QVector3D(2, 0, 14)), QStringLiteral("room-101"));
    EXPECT_EQ(scene.floorRebuilds(QStringLiteral("floor-2")), 1);
}

TEST_F(BuildingSceneTest, AMovedDeviceRebuildsItsFloorAndKeepsRoomColours)
{
    colouring.setTint(Tint::Temperature);
    colouring.record({temperature(QStringLiteral("ms-203-temp"), 25.0)}, kNow);
    const QColor before = scene.drawnColour(QStringLiteral("room-203"));
    Geometry g = project.graph()->findTwin(QStringLiteral("ms-203"))->geometry;
    g.position = QPointF(17, 10);
    ASSERT_TRUE(project.setGeometry(QStringLiteral("ms-203"), g));
    scene.flush();
    EXPECT_EQ(scene.floorRebuilds(QStringLiteral("floor-2")), 2);
    EXPECT_EQ(scene.floorRebuilds(QStringLiteral("floor-1")), 1);
    EXPECT_NEAR(scene.positionOf(QStringLiteral("ms-203")).x(), 17.0, 1e-4);
    EXPECT_EQ(scene.drawnColour(QStringLiteral("room-203")), before);
}

TEST_F(BuildingSceneTest, TheSelectionIsHighlightedAndLeavesAgain)
{
    const QColor plain = scene.drawnColour(QStringLiteral("room-104"));
    scene.setSelection({QStringLiteral("room-104")});
    EXPECT_EQ(scene.drawnColour(QStringLiteral("room-104")), BuildingScene::selectedColour(plain));
    scene.setSelection({});
    EXPECT_EQ(scene.drawnColour(QStringLiteral("room-104")), plain);
}

TEST_F(BuildingSceneTest, TheHoverCardSaysWhyARoomHasItsColour)
{
    colouring.setTint(Tint::Temperature);
    colouring.record({temperature(QStringLiteral("ms-105-temp"), 23.5)}, kNow);
    const QString card = colouring.describe(QStringLiteral("room-105"));
    EXPECT_TRUE(card.contains(QStringLiteral("Office 105"))) << card.toStdString();
    EXPECT_TRUE(card.contains(QStringLiteral("Room"))) << card.toStdString();
    const QString reason = colouring.colourReason(QStringLiteral("room-105"));
    EXPECT_TRUE(reason.contains(LivePlanOverlay::tintName(Tint::Temperature))) << reason.toStdString();
    EXPECT_TRUE(reason.contains(QLocale().toString(23.5, 'f', 1))) << reason.toStdString();
    EXPECT_TRUE(colouring.colourReason(QStringLiteral("corridor-1")).contains(QStringLiteral("no")));
    EXPECT_TRUE(colouring.describe(QStringLiteral("nobody")).isEmpty());
}

TEST_F(BuildingSceneTest, AddingAFloorRebuildsTheBuilding)
{
    Twin floor{QStringLiteral("floor-3"), QStringLiteral("dtmi:twinstudio:core:Floor;1"), {}, {}};
    FloorLayout layout;
    layout.elevation = 6.7;
    layout.walls.append(Wall{QPolygonF{{0, 0}, {10, 0}}, 0.2});
    floor.geometry.floor = layout;
    ASSERT_TRUE(project.addTwinUnder(floor, QStringLiteral("building-a")));
    scene.flush();
    ASSERT_EQ(scene.floors().size(), 3);
    EXPECT_EQ(scene.floors()[2]->twinId(), QStringLiteral("floor-3"));
    project.undoStack()->undo();
    scene.flush();
    EXPECT_EQ(scene.floors().size(), 2);
}

TEST_F(BuildingSceneTest, SimulatorValuesColourRoomsOnTheSessionsTickAndGoOnDisconnect)
{
    LiveSession session(&project);
    colouring.followLiveSession(&session);
    colouring.setTint(Tint::Temperature);
    const int rebuilds = scene.geometryRebuilds();
    const auto drawnOnScale = [&] {
        const std::optional<double> value = colouring.overlay().roomValue(QStringLiteral("room-101"));
        return value && scene.drawnColour(QStringLiteral("room-101")) == LivePlanOverlay::colour(Tint::Temperature, *value);
    };
    EXPECT_EQ(scene.drawnColour(QStringLiteral("room-101")), BuildingScene::noDataColour());
    session.runSimulator(5);
    EXPECT_TRUE(QTest::qWaitFor(drawnOnScale, 10000));
    session.disconnectFromSource();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !session.isActive(); }, 5000));
    EXPECT_EQ(scene.drawnColour(QStringLiteral("room-101")), BuildingScene::noDataColour());
    EXPECT_EQ(scene.geometryRebuilds(), rebuilds);
}

TEST(BuildingView3D, FollowsThePlansColourChoice)
{
    ui::MainWindow w;
    w.openDemo();
    w.plan()->liveLayer()->setTint(Tint::CarbonDioxide);
    EXPECT_EQ(w.view3d()->colouring()->tint(), Tint::CarbonDioxide);
    EXPECT_EQ(w.view3d()->scene()->floors().size(), 0) << "the demo is drawn after the edit, not during it";
    w.view3d()->scene()->flush();
    EXPECT_EQ(w.view3d()->scene()->floors().size(), 2);
    EXPECT_EQ(w.view3d()->scene()->drawnColour(QStringLiteral("room-101")), BuildingScene::noDataColour());
}

TEST_F(BuildingSceneTest, NotificationsGiveTheirRoomABadgeWithCountAndWorstSeverity)
{
    using twin::view3d::NotificationBadges;
    NotificationModel notifications;
    NotificationBadges badges{&scene, &project};
    colouring.setBadges(&badges);
    badges.followModel(&notifications);
    EXPECT_EQ(badges.count(), 0);
    auto notification = [](const QString &twin, const QString &payload) {
        return FunctionNotification{twin, QStringLiteral("Sensor"), payload, QStringLiteral("watch"), kNow};
    };
    // One tick's batch: two on room 101's sensor, one on the room itself, one on nothing drawn.
    notifications.addNotifications({notification(QStringLiteral("ms-101-temp"), QStringLiteral(R"({"severity":"info"})")),
                                    notification(QStringLiteral("ms-101-temp"), QStringLiteral(R"({"severity":"error"})")),
                                    notification(QStringLiteral("room-101"), QStringLiteral("plain text")),
                                    notification(QStringLiteral("no-such-twin"), QString())});
    EXPECT_EQ(badges.count(), 1);
    const NotificationBadges::Badge b = badges.badge(QStringLiteral("room-101"));
    EXPECT_EQ(b.count, 3);
    EXPECT_EQ(b.worst, NotificationBadges::Severity::Error);
    ASSERT_EQ(badges.instancing()->markers().size(), 1);
    const auto &marker = badges.instancing()->markers().first();
    EXPECT_EQ(marker.colour, NotificationBadges::colour(NotificationBadges::Severity::Error));
    const QVector3D top = scene.positionOf(QStringLiteral("room-101"));
    EXPECT_NEAR(marker.position.x(), top.x(), 1e-4);
    EXPECT_NEAR(marker.position.z(), top.z(), 1e-4);
    EXPECT_GT(marker.position.y(), top.y());
    EXPECT_TRUE(colouring.describe(QStringLiteral("room-101")).contains(QStringLiteral("Open notifications: 3, the worst error")));
    notifications.clear();
    EXPECT_EQ(badges.count(), 0);
    EXPECT_TRUE(badges.instancing()->markers().isEmpty());
}

namespace {

const QColor kGreen(0x2e, 0x9e, 0x44);
const QColor kRed(0xd0, 0x30, 0x30);

/// The rule of the demo's computed room value: Available green, Occupied red.
void keepAvailabilityRule(Project *project)
{
    ColourRule rule;
    rule.valueName = QStringLiteral("AvailableAndFresh");
    rule.values = {{QStringLiteral("Available"), kGreen}, {QStringLiteral("Occupied"), kRed}};
    ColourRule warm;
    warm.valueName = QStringLiteral("Temperature");
    warm.ranges = {{-qInf(), 22, kGreen}, {22, qInf(), kRed}};
    ColourRule::setRules(project, {rule, warm});
}

LiveReading availability(const QString &room, const QString &state)
{
    return LiveReading{room, QStringLiteral("AvailableAndFresh"), QString(), QString(), state, kNow};
}

} // namespace

TEST_F(BuildingSceneTest, AColourRuleOfTheProjectColoursRoomsByTheirComputedValueInPlanAnd3D)
{
    keepAvailabilityRule(&project);
    EXPECT_EQ(ColourRule::rulesOf(&project).size(), 2) << "kept in the project's view state";
    EXPECT_FALSE(colouring.colourByRule(QStringLiteral("NoSuchValue")));
    ASSERT_TRUE(colouring.colourByRule(QStringLiteral("AvailableAndFresh")));
    LivePlanOverlay plan(&project);
    ASSERT_TRUE(plan.useProjectRule(QStringLiteral("AvailableAndFresh")));

    const QList<LiveReading> tick{availability(QStringLiteral("room-101"), QStringLiteral("Available")),
                                  availability(QStringLiteral("room-102"), QStringLiteral("Occupied")),
                                  temperature(QStringLiteral("ms-103-temp"), 30.0)};
    colouring.record(tick, kNow);
    const LivePlanOverlay::Changes changes = plan.record(tick, kNow);
    EXPECT_EQ(changes.rooms, (QSet<QString>{QStringLiteral("room-101"), QStringLiteral("room-102")}));
    EXPECT_EQ(scene.drawnColour(QStringLiteral("room-101")), kGreen);
    EXPECT_EQ(scene.drawnColour(QStringLiteral("room-102")), kRed);
    EXPECT_EQ(scene.drawnColour(QStringLiteral("room-103")), BuildingScene::noDataColour());
    EXPECT_EQ(plan.roomColour(QStringLiteral("room-101")), kGreen) << "the plan reads the same rule";
    EXPECT_EQ(plan.roomColour(QStringLiteral("room-102")), kRed);
    // Why this colour: the rule, the value and where the value comes from.
    const QString why = colouring.colourReason(QStringLiteral("room-102"));
    EXPECT_TRUE(why.contains(QStringLiteral("AvailableAndFresh"))) << why.toStdString();
    EXPECT_TRUE(why.contains(QStringLiteral("Occupied → #d03030"))) << why.toStdString();
    EXPECT_TRUE(why.contains(QStringLiteral("computed"))) << why.toStdString();
    EXPECT_EQ(colouring.tintName(), QStringLiteral("AvailableAndFresh"));
    EXPECT_EQ(colouring.legend().size(), 2);
    // ...and the function that wrote it, when the feed names one.
    LiveReading written = availability(QStringLiteral("room-102"), QStringLiteral("Occupied"));
    written.function = QStringLiteral("availability");
    colouring.record({written}, kNow);
    const QString byWhom = colouring.colourReason(QStringLiteral("room-102"));
    EXPECT_TRUE(byWhom.contains(QStringLiteral("by the function availability"))) << byWhom.toStdString();
    EXPECT_TRUE(colouring.describe(QStringLiteral("room-102")).contains(QStringLiteral("availability")));

    // A numeric rule by telemetry: the mean of the room's sensors in its range.
    ASSERT_TRUE(colouring.colourByRule(QStringLiteral("Temperature")));
    colouring.record({temperature(QStringLiteral("ms-101-temp"), 20.0)}, kNow);
    EXPECT_EQ(scene.drawnColour(QStringLiteral("room-101")), kGreen);
    EXPECT_EQ(scene.drawnColour(QStringLiteral("room-103")), kRed);
    EXPECT_TRUE(colouring.colourReason(QStringLiteral("room-103")).contains(QStringLiteral("≥ 22 → #d03030")));
}

TEST(ColourRuleTest, ReadsWhatItWritesAndSaysWhatIsWrong)
{
    ColourRule rule;
    rule.valueName = QStringLiteral("CO2");
    rule.ranges = {{-qInf(), 800, QColor(Qt::green)}, {800, 1200, QColor(Qt::yellow)}, {1200, qInf(), QColor(Qt::red)}};
    rule.values = {{QStringLiteral("off"), QColor(Qt::gray)}};
    QString error;
    const ColourRule back = ColourRule::fromJson(rule.toJson(), &error);
    ASSERT_TRUE(back.isValid()) << error.toStdString();
    EXPECT_EQ(back.colourOf(900.0), QColor(Qt::yellow));
    EXPECT_EQ(back.colourOf(QStringLiteral("1500")), QColor(Qt::red));
    EXPECT_EQ(back.colourOf(QStringLiteral("off")), QColor(Qt::gray));
    EXPECT_FALSE(back.colourOf(QStringLiteral("unknown")).isValid());
    EXPECT_FALSE(ColourRule::fromJson(QJsonObject{{QStringLiteral("value"), QStringLiteral("X")}}, &error).isValid());
    EXPECT_FALSE(error.isEmpty());
}

TEST(ColourRuleMenuTest, ChoosingAProjectRuleOnThePlanColoursThe3DViewByIt)
{
    ui::MainWindow w;
    w.openDemo();
    keepAvailabilityRule(w.project());
    QMenu *menu = w.plan()->tintMenu();
    emit menu->aboutToShow();
    QAction *byRule = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text() == QStringLiteral("AvailableAndFresh"))
            byRule = a;
    }
    ASSERT_NE(byRule, nullptr) << "the menu lists the project's rules";
    byRule->trigger();
    EXPECT_EQ(w.plan()->liveLayer()->tint(), Tint::Rule);
    EXPECT_TRUE(byRule->isChecked());
    EXPECT_EQ(w.view3d()->colouring()->tint(), Tint::Rule);
    EXPECT_EQ(w.view3d()->colouring()->tintName(), QStringLiteral("AvailableAndFresh"));
    w.view3d()->scene()->flush();
    w.view3d()->colouring()->record({availability(QStringLiteral("room-101"), QStringLiteral("Occupied"))}, kNow);
    EXPECT_EQ(w.view3d()->scene()->drawnColour(QStringLiteral("room-101")), kRed);
}
