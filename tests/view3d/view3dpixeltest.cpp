// SPDX-License-Identifier: GPL-3.0-or-later
// The 3D tab drawn by Qt Quick 3D on the X display (xvfb-run, Mesa llvmpipe): pixels of
// the grabbed picture, and clicks at the screen projection of known points.
#include "view3d/buildingview3d.h"

#include "livecontrols.h"
#include "mainwindow.h"
#include "notificationsdock.h"

#include "view3d/buildingscene.h"
#include "view3d/floormesh.h"
#include "view3d/notificationbadges.h"
#include "view3d/roomcolouring.h"

#include "functions/demoproject.h"
#include "document/project.h"
#include "live/livesession.h"
#include "itemmodels/notificationmodel.h"
#include "itemmodels/twinselection.h"

#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QTest>

#include <gtest/gtest.h>

using namespace twin;
using twin::view3d::BuildingScene;
using Tint = LivePlanOverlay::Tint;

namespace {

constexpr qint64 kNow = 1'700'000'000'000;

bool canDraw()
{
    return QGuiApplication::platformName() == QStringLiteral("xcb");
}

LiveReading temperature(const QString &twin, double celsius)
{
    return LiveReading{twin, QStringLiteral("Temperature"), QStringLiteral("Temperature"),
                       QStringLiteral("degreeCelsius"), celsius, kNow};
}

int channelDistance(QColor a, QColor b)
{
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
}

class View3DPixelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!canDraw())
            GTEST_SKIP() << "no X display (run under xvfb-run, as scripts/test.sh does)";
        Diagnostics d;
        ASSERT_TRUE(project.setContent(demoProjectContent(), &d));
        view = std::make_unique<ui::BuildingView3D>(&project, &selection);
        view->resize(900, 700);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        ASSERT_NE(view->rootItem(), nullptr);
        // Straight down on the top floor alone: rooms are plain rectangles on screen.
        root()->setProperty("antialiasing", false);
        root()->setProperty("soloFloor", 1);
        root()->setProperty("transparentAbove", false);
        root()->setProperty("pitch", -89.0);
        root()->setProperty("yaw", 0.0);
        settle();
        view->fitAll();
        settle();
    }
    /// Waits until the Quick scene has the widget's size and has drawn a frame with the
    /// current camera: a busy machine lays out and draws late.
    void settle() const
    {
        QQuickWidget *quick = view->quickWidget();
        for (int i = 0; i < 50 && (root()->width() != quick->width() || root()->height() != quick->height()); ++i)
            QTest::qWait(20);
        QTest::qWait(50);
        quick->grabFramebuffer();
    }
    void TearDown() override { view.reset(); }

    QQuickItem *root() const { return view->rootItem(); }
    /// Where the scene point \a p is drawn, in the Quick widget's pixels.
    QPoint screenOf(QVector3D p) const
    {
        QVariant result;
        QMetaObject::invokeMethod(root(), "project", Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, p));
        const QVector3D s = result.value<QVector3D>();
        return QPoint(int(std::lround(s.x())), int(std::lround(s.y())));
    }
    QImage frame() const
    {
        settle();
        return view->quickWidget()->grabFramebuffer();
    }
    /// The colour drawn 2 m east of a room's centre, beside the multisensor there.
    QColor colourAtRoom(const QImage &image, const QString &room) const
    {
        return image.pixelColor(screenOf(view->scene()->positionOf(room) + QVector3D(2, 0, 0)));
    }

    Project project;
    TwinSelection selection{&project};
    std::unique_ptr<ui::BuildingView3D> view;
};

} // namespace

TEST_F(View3DPixelTest, RoomsAppearInTheirRulesColours)
{
    view->setTint(Tint::Temperature);
    view->colouring()->record({temperature(QStringLiteral("ms-201-temp"), 16.0),
                               temperature(QStringLiteral("ms-202-temp"), 21.0),
                               temperature(QStringLiteral("ms-203-temp"), 27.0)},
                              kNow);
    const QImage image = frame();
    for (const auto &[room, celsius] : {std::pair{"room-201", 16.0}, {"room-202", 21.0}, {"room-203", 27.0}}) {
        const QColor expected = LivePlanOverlay::colour(Tint::Temperature, celsius);
        const QColor drawn = colourAtRoom(image, QString::fromLatin1(room));
        EXPECT_LE(channelDistance(drawn, expected), 6)
            << room << " drawn " << drawn.name().toStdString() << ", rule " << expected.name().toStdString();
    }
    // A room with no temperature sensor is grey.
    EXPECT_LE(channelDistance(colourAtRoom(image, QStringLiteral("room-207")), BuildingScene::noDataColour()), 6);
}

TEST_F(View3DPixelTest, AClickOnARoomsCentreSelectsIt)
{
    // The corridor's centre holds no marker.
    const QPoint at = screenOf(view->scene()->positionOf(QStringLiteral("corridor-2")));
    ASSERT_TRUE(view->quickWidget()->rect().contains(at));
    QTest::mouseClick(view->quickWidget(), Qt::LeftButton, {}, at);
    EXPECT_EQ(selection.selectedIds(), QStringList{QStringLiteral("corridor-2")});
    EXPECT_EQ(selection.current(), QStringLiteral("corridor-2"));
    // And it is drawn highlighted.
    const QColor drawn = frame().pixelColor(at);
    EXPECT_LE(channelDistance(drawn, BuildingScene::selectedColour(BuildingScene::neutralColour())), 6);
    // A click on a marker selects the device.
    const QPoint device = screenOf(view->scene()->positionOf(QStringLiteral("ms-202")));
    QTest::mouseClick(view->quickWidget(), Qt::LeftButton, {}, device);
    EXPECT_EQ(selection.current(), QStringLiteral("ms-202"));
}

TEST_F(View3DPixelTest, AColourChangeRedrawsWithoutRebuildingGeometry)
{
    view->setTint(Tint::Temperature);
    const int rebuilds = view->scene()->geometryRebuilds();
    for (double celsius : {16.0, 27.0}) {
        view->colouring()->record({temperature(QStringLiteral("ms-205-temp"), celsius)}, kNow + qint64(celsius));
        const QColor drawn = colourAtRoom(frame(), QStringLiteral("room-205"));
        EXPECT_LE(channelDistance(drawn, LivePlanOverlay::colour(Tint::Temperature, celsius)), 6);
    }
    EXPECT_EQ(view->scene()->geometryRebuilds(), rebuilds);
}

TEST_F(View3DPixelTest, APlanEditShowsIn3D)
{
    // Room 201 (x 0..8, y 9..15) loses its south-west quarter: the floor shows there.
    const QPoint corner = screenOf(QVector3D(2.0f, 3.5f + float(twin::view3d::FloorMesh::roomHeight(3.2)), 13.5f));
    const QColor before = frame().pixelColor(corner);
    EXPECT_LE(channelDistance(before, BuildingScene::neutralColour()), 6);
    Geometry g = project.graph()->findTwin(QStringLiteral("room-201"))->geometry;
    g.outline = QPolygonF{{0, 9}, {8, 9}, {8, 15}, {4, 15}, {4, 12}, {0, 12}};
    ASSERT_TRUE(project.setGeometry(QStringLiteral("room-201"), g));
    QTest::qWait(20);
    const QColor after = frame().pixelColor(corner);
    EXPECT_GT(channelDistance(after, BuildingScene::neutralColour()), 20) << after.name().toStdString();
    EXPECT_EQ(view->scene()->floorRebuilds(QStringLiteral("floor-2")), 2);
    EXPECT_EQ(view->scene()->floorRebuilds(QStringLiteral("floor-1")), 1);
}

TEST_F(View3DPixelTest, ANotificationOnARoomsSensorPutsABadgeOverTheRoom)
{
    using twin::view3d::NotificationBadges;
    NotificationModel notifications;
    view->followNotifications(&notifications);
    const QPoint over = screenOf(view->badges()->badgePosition(QStringLiteral("room-201")));
    const QColor badge = NotificationBadges::colour(NotificationBadges::Severity::Critical);
    EXPECT_GT(channelDistance(frame().pixelColor(over), badge), 40) << "a badge before any notification";
    notifications.addNotifications({FunctionNotification{QStringLiteral("ms-201-temp"), QStringLiteral("Sensor"),
                                                         QStringLiteral(R"({"severity":"critical"})"),
                                                         QStringLiteral("watch"), kNow}});
    const QColor drawn = frame().pixelColor(over);
    EXPECT_LE(channelDistance(drawn, badge), 6) << "drawn " << drawn.name().toStdString();
    // Clearing the notifications takes the badge away.
    notifications.clear();
    EXPECT_GT(channelDistance(frame().pixelColor(over), badge), 40);
}

TEST(View3DNotificationsTest, DoubleClickingANotificationSelectsAndFocusesItsTwinIn3D)
{
    if (!canDraw())
        GTEST_SKIP() << "no X display (run under xvfb-run, as scripts/test.sh does)";
    ui::MainWindow w;
    w.openDemo();
    w.resize(1200, 800);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    w.showView(QStringLiteral("plan"));
    w.view3d()->scene()->flush();
    ui::NotificationsDock *dock = w.live()->notificationsDock();
    dock->show();
    dock->raise();
    w.live()->session()->notifications()->addNotifications(
        {FunctionNotification{QStringLiteral("ms-202-temp"), QStringLiteral("Sensor"), QString(),
                              QStringLiteral("watch"), kNow}});
    QTreeView *list = dock->view();
    QTest::qWait(50);
    const QRect row = list->visualRect(list->model()->index(0, 0));
    ASSERT_TRUE(row.isValid());
    ASSERT_TRUE(list->isVisible());
    QTest::mousePress(list->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, row.center());
    EXPECT_EQ(w.selection()->current(), QStringLiteral("ms-202-temp")) << "the tree, plan and inspector follow";
    EXPECT_EQ(w.findChild<QTabWidget *>(QStringLiteral("Views"))->currentWidget(), w.view3d());
    ASSERT_NE(w.view3d()->rootItem(), nullptr);
    // The sensor is drawn as its device: the camera flies there.
    const QVector3D device = w.view3d()->scene()->positionOf(QStringLiteral("ms-202"));
    QVector3D target;
    for (int i = 0; i < 100; ++i) {
        QTest::qWait(20);
        target = w.view3d()->rootItem()->property("target").value<QVector3D>();
        if ((target - device).length() < 0.01f)
            break;
    }
    EXPECT_LT((target - device).length(), 0.01f);
}

TEST_F(View3DPixelTest, RoomsAppearInTheColoursOfTheProjectsRule)
{
    const QColor available(0x2e, 0x9e, 0x44), occupied(0xd0, 0x30, 0x30);
    ColourRule rule;
    rule.valueName = QStringLiteral("AvailableAndFresh");
    rule.values = {{QStringLiteral("Available"), available}, {QStringLiteral("Occupied"), occupied}};
    ColourRule::setRules(&project, {rule});
    ASSERT_TRUE(view->colourByRule(QStringLiteral("AvailableAndFresh")));
    auto state = [](const char *room, const char *value) {
        return LiveReading{QString::fromLatin1(room), QStringLiteral("AvailableAndFresh"), QString(), QString(),
                           QString::fromLatin1(value), kNow};
    };
    view->colouring()->record({state("room-201", "Available"), state("room-202", "Occupied")}, kNow);
    const QImage image = frame();
    EXPECT_LE(channelDistance(colourAtRoom(image, QStringLiteral("room-201")), available), 6);
    EXPECT_LE(channelDistance(colourAtRoom(image, QStringLiteral("room-202")), occupied), 6);
}
