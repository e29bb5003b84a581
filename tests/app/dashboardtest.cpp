// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/twindragsource.h"
#include "dashboard/dashboardlayout.h"
#include "dashboard/dashboardtab.h"
#include "dashboard/dashboardtilewidget.h"
#include "dashboard/setdashboardcommand.h"

#include "document/project.h"
#include "functions/demoproject.h"
#include "store/projectstore.h"
#include "telemetry/livevaluefeed.h"

#include <QAction>
#include <QLocale>
#include <QApplication>
#include <QDateTime>
#include <QDropEvent>
#include <QHash>
#include <QFontMetrics>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeData>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace twin;
using namespace twin::ui;

namespace {

/// A feed with the readings a test sets, as the live session or a snapshot would hand them.
class FixedFeed : public LiveValueFeed
{
public:
    void set(const QString &twinId, const QString &dataType, double value, const QString &unit)
    {
        m_readings[twinId] = {LiveReading{twinId, dataType, dataType, unit, value, QDateTime::currentMSecsSinceEpoch()}};
        emit valuesChanged({twinId});
    }
    QList<LiveReading> readings(const QString &twinId) const override { return m_readings.value(twinId); }
    QList<LiveReading> computedReadings(const QString &) const override { return {}; }

private:
    QHash<QString, QList<LiveReading>> m_readings;
};

std::unique_ptr<Project> demoProject()
{
    auto project = std::make_unique<Project>();
    Diagnostics diagnostics;
    EXPECT_TRUE(project->setContent(demoProjectContent(), &diagnostics));
    return project;
}

DashboardTile valueTile(const QString &twinId)
{
    DashboardTile tile;
    tile.twinId = twinId;
    tile.warning = 24.0;
    tile.alarm = 27.0;
    return tile;
}

} // namespace

TEST(Dashboard, AddingATileIsOneUndoStep)
{
    auto project = demoProject();
    DashboardTab tab(project.get());
    ASSERT_TRUE(tab.tileWidgets().isEmpty());
    tab.addTile(valueTile(QStringLiteral("ms-101-temp")));
    ASSERT_EQ(tab.tileWidgets().size(), 1);
    EXPECT_EQ(project->undoStack()->count(), 1);
    EXPECT_FALSE(project->undoStack()->isClean());
    EXPECT_EQ(SetDashboardCommand::layoutOf(*project), tab.layout().toJson());

    project->undoStack()->undo();
    EXPECT_TRUE(tab.tileWidgets().isEmpty());
    EXPECT_TRUE(tab.layout().tiles().isEmpty());
    EXPECT_TRUE(SetDashboardCommand::layoutOf(*project).isEmpty());
    project->undoStack()->redo();
    ASSERT_EQ(tab.tileWidgets().size(), 1);
    EXPECT_EQ(tab.layout().tiles().first().twinId, QStringLiteral("ms-101-temp"));
}

TEST(Dashboard, ValueTileShowsTheFeedsValueAndThresholdColour)
{
    auto project = demoProject();
    FixedFeed feed;
    DashboardTab tab(project.get());
    tab.resize(1000, 600);
    tab.setValueFeed(&feed);
    tab.addTile(valueTile(QStringLiteral("ms-101-temp")));
    DashboardTileWidget *tile = tab.tileWidgets().value(0);
    ASSERT_NE(tile, nullptr);
    EXPECT_EQ(tile->content().level, DashboardTile::Level::None);

    feed.set(QStringLiteral("ms-101-temp"), QStringLiteral("Temperature"), 25.5, QStringLiteral("degreeCelsius"));
    tab.refresh(); // the tab is not shown: the announcement only marks it stale
    EXPECT_EQ(tile->valueText(), QStringLiteral("25.5 °C"));
    EXPECT_EQ(tile->content().level, DashboardTile::Level::Warning);
    const QImage warning = tile->grab().toImage();
    EXPECT_EQ(warning.pixelColor(warning.width() / 2, 3), DashboardTileWidget::levelColour(DashboardTile::Level::Warning));

    feed.set(QStringLiteral("ms-101-temp"), QStringLiteral("Temperature"), 28.0, QStringLiteral("degreeCelsius"));
    tab.refresh();
    EXPECT_EQ(tile->content().level, DashboardTile::Level::Alarm);
    const QImage alarm = tile->grab().toImage();
    EXPECT_EQ(alarm.pixelColor(alarm.width() / 2, 3), DashboardTileWidget::levelColour(DashboardTile::Level::Alarm));

    feed.set(QStringLiteral("ms-101-temp"), QStringLiteral("Temperature"), 21.0, QStringLiteral("degreeCelsius"));
    tab.refresh();
    EXPECT_EQ(tile->content().level, DashboardTile::Level::Normal);
}

TEST(Dashboard, ShownTabFollowsTheFeedsAnnouncements)
{
    auto project = demoProject();
    FixedFeed feed;
    DashboardTab tab(project.get());
    tab.setValueFeed(&feed);
    tab.addTile(valueTile(QStringLiteral("ms-101-temp")));
    tab.show();
    feed.set(QStringLiteral("ms-101-temp"), QStringLiteral("Temperature"), 22.25, QStringLiteral("degreeCelsius"));
    EXPECT_EQ(tab.tileWidgets().first()->content().value.number, 22.25);
}

TEST(Dashboard, SpaceAggregateAndRoomListReadTheSensorsBelow)
{
    auto project = demoProject();
    FixedFeed feed;
    feed.set(QStringLiteral("ms-101-temp"), QStringLiteral("Temperature"), 20.0, QStringLiteral("degreeCelsius"));
    feed.set(QStringLiteral("ms-102-temp"), QStringLiteral("Temperature"), 26.0, QStringLiteral("degreeCelsius"));
    feed.set(QStringLiteral("ms-201-temp"), QStringLiteral("Temperature"), 30.0, QStringLiteral("degreeCelsius"));
    DashboardValues values(project.get());
    values.setFeed(&feed);
    const DashboardValues::Value mean =
        values.aggregate(QStringLiteral("floor-1"), QStringLiteral("Temperature"), DashboardTile::Aggregate::Mean);
    ASSERT_TRUE(mean.valid);
    EXPECT_EQ(mean.count, 2);
    EXPECT_DOUBLE_EQ(mean.number, 23.0);
    EXPECT_EQ(mean.unit, QStringLiteral("°C"));
    EXPECT_DOUBLE_EQ(
        values.aggregate(QStringLiteral("building-a"), QStringLiteral("Temperature"), DashboardTile::Aggregate::Max).number,
        30.0);

    DashboardTile rooms;
    rooms.kind = DashboardTile::Kind::Rooms;
    rooms.twinId = QStringLiteral("building-a");
    rooms.value = QStringLiteral("Temperature");
    const QList<DashboardValues::RankedRoom> ranked = values.rooms(rooms);
    ASSERT_EQ(ranked.size(), 3);
    EXPECT_EQ(ranked.at(0).twinId, QStringLiteral("room-201"));
    EXPECT_EQ(ranked.at(2).twinId, QStringLiteral("room-101"));
}

TEST(Dashboard, LayoutSurvivesSaveAndReopen)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("site.twinproj"));
    auto project = demoProject();
    QJsonObject saved;
    {
        DashboardTab tab(project.get());
        tab.addTile(valueTile(QStringLiteral("ms-101-temp")));
        DashboardTile gauge;
        gauge.kind = DashboardTile::Kind::Gauge;
        gauge.twinId = QStringLiteral("ms-101-hum");
        tab.addTile(gauge);
        tab.placeTile(1, QPoint(2, 1), QSize(2, 2));
        EXPECT_EQ(project->undoStack()->count(), 3);
        saved = tab.layout().toJson();
        QString error;
        ASSERT_TRUE(ProjectStore::save(project.get(), file, &error)) << error.toStdString();
    }
    Project reopened;
    ASSERT_TRUE(ProjectStore::open(file, &reopened, nullptr));
    DashboardTab tab(&reopened);
    EXPECT_EQ(tab.layout().toJson(), saved);
    ASSERT_EQ(tab.tileWidgets().size(), 2);
    const DashboardTile &gauge = tab.layout().tiles().at(1);
    EXPECT_EQ(gauge.kind, DashboardTile::Kind::Gauge);
    EXPECT_EQ(gauge.cells(), QRect(2, 1, 2, 2));
}

TEST(Dashboard, MovingOntoATileMovesThatOneAway)
{
    auto project = demoProject();
    DashboardTab tab(project.get());
    tab.addTile(valueTile(QStringLiteral("ms-101-temp")));
    tab.addTile(valueTile(QStringLiteral("ms-102-temp")));
    ASSERT_EQ(tab.layout().tiles().at(1).cells(), QRect(1, 0, 1, 1));
    QAction *left = tab.tileWidgets().at(1)->findChild<QAction *>(QStringLiteral("MoveTileLeft"));
    ASSERT_NE(left, nullptr);
    left->trigger();
    EXPECT_EQ(tab.layout().tiles().at(1).cells(), QRect(0, 0, 1, 1));
    EXPECT_FALSE(tab.layout().tiles().at(0).cells().intersects(tab.layout().tiles().at(1).cells()));
    EXPECT_EQ(project->undoStack()->count(), 3);
    project->undoStack()->undo();
    EXPECT_EQ(tab.layout().tiles().at(0).cells(), QRect(0, 0, 1, 1));
    EXPECT_EQ(tab.layout().tiles().at(1).cells(), QRect(1, 0, 1, 1));
}

// A device has no value of its own (its tile said "no data" forever): it adds a tile for
// each of its sensors, from the cell it falls on, as one undo step.
TEST(Dashboard, ADeviceAddsATileForEachOfItsSensors)
{
    auto project = demoProject();
    DashboardTab tab(project.get());
    const int before = project->undoStack()->count();
    ASSERT_TRUE(tab.addTwin(QStringLiteral("ms-101"), QPoint(0, 1)));
    QStringList ids;
    for (const DashboardTile &tile : tab.layout().tiles())
        ids.append(tile.twinId);
    EXPECT_EQ(ids, (QStringList{QStringLiteral("ms-101-temp"), QStringLiteral("ms-101-hum"), QStringLiteral("ms-101-co2"),
                                QStringLiteral("ms-101-motion")}));
    EXPECT_EQ(tab.layout().tiles().first().cells().topLeft(), QPoint(0, 1));
    EXPECT_EQ(tab.layout().tiles().at(1).cells().topLeft(), QPoint(1, 1));
    EXPECT_EQ(project->undoStack()->count(), before + 1);
    project->undoStack()->undo();
    EXPECT_TRUE(tab.layout().tiles().isEmpty());
}

TEST(Dashboard, DroppingATwinAddsATileWhereItFalls)
{
    auto project = demoProject();
    DashboardTab tab(project.get());
    tab.resize(800, 600);
    tab.show();
    QWidget *canvas = tab.canvas();
    std::unique_ptr<QMimeData> data(TwinDragSource::mimeData({QStringLiteral("room-101")}));
    const QPoint where(canvas->width() * 5 / 8, DashboardTab::RowHeight + 20); // third column, second row
    QDragEnterEvent enter(where, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &enter);
    ASSERT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(where), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &drop);
    EXPECT_TRUE(drop.isAccepted());
    ASSERT_EQ(tab.layout().tiles().size(), 1);
    const DashboardTile &tile = tab.layout().tiles().first();
    EXPECT_EQ(tile.twinId, QStringLiteral("room-101"));
    EXPECT_EQ(tile.aggregate, DashboardTile::Aggregate::Mean);
    EXPECT_EQ(tile.cells(), QRect(2, 1, 1, 1));
    project->undoStack()->undo();
    EXPECT_TRUE(tab.layout().tiles().isEmpty());
}

TEST(Dashboard, WrongTilesAreLeftOutWithWhy)
{
    QStringList errors;
    const QJsonObject json{{QStringLiteral("tiles"),
                            QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("pie")}},
                                       QJsonObject{{QStringLiteral("kind"), QStringLiteral("value")}}}}};
    const DashboardLayout layout = DashboardLayout::fromJson(json, &errors);
    EXPECT_EQ(layout.tiles().size(), 1);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().startsWith(QStringLiteral("tile 1: unknown tile kind 'pie'"))) << errors.first().toStdString();
    // The demo's layout reads back as it is.
    QStringList demoErrors;
    EXPECT_EQ(DashboardLayout::fromJson(DashboardLayout::demo(), &demoErrors).toJson(), DashboardLayout::demo());
    EXPECT_TRUE(demoErrors.isEmpty());
}

TEST(Dashboard, AFlatSparklineStillHasTwoDifferentLabels)
{
    // Values within a tenth of each other: the one-decimal labels were both "20.9".
    const auto [low, high] = DashboardTileWidget::sparkRange({{0, 20.87}, {1000, 20.93}, {2000, 20.9}});
    EXPECT_NE(QLocale::c().toString(low, 'f', 1), QLocale::c().toString(high, 'f', 1));
    EXPECT_LE(low, 20.87);
    EXPECT_GE(high, 20.93);
    // A wide range is kept as it is.
    const auto [from, to] = DashboardTileWidget::sparkRange({{0, 18.0}, {1000, 24.5}});
    EXPECT_EQ(from, 18.0);
    EXPECT_EQ(to, 24.5);
}

// The open-alerts tile names its three columns side by side: in a narrow tile (or a
// language with longer words) the names get smaller instead of running into each other.
TEST(Dashboard, AlertColumnNamesFitTheirColumns)
{
    QFont base = QApplication::font();
    base.setPointSizeF(9);
    const QStringList names{QStringLiteral("Critical"), QStringLiteral("Warning"), QStringLiteral("Info")};
    const int wide = QFontMetrics(base).horizontalAdvance(QStringLiteral("Warning")) + 10;
    EXPECT_EQ(DashboardTileWidget::fittingFont(base, names, wide), base) << "room enough: unchanged";
    const int narrow = wide * 8 / 10;
    const QFont smaller = DashboardTileWidget::fittingFont(base, names, narrow);
    EXPECT_LT(smaller.pointSizeF(), base.pointSizeF());
    for (const QString &name : names)
        EXPECT_LE(QFontMetrics(smaller).horizontalAdvance(name), narrow) << name.toStdString();
    // Never below 0.65 of the size (the painter elides what still does not fit).
    EXPECT_GE(DashboardTileWidget::fittingFont(base, names, 5).pointSizeF(), 9 * 0.65 - 0.01);
}
