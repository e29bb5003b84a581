// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/bindingfixtures.h"
#include "screenshotsupport.h"

#include "topics/bindingpickerdialog.h"
#include "topics/bindingsdialog.h"
#include "topics/payloadview.h"
#include "topics/topicbrowserdock.h"

#include "document/project.h"
#include "itemmodels/bindingtablemodel.h"
#include "itemmodels/topictreemodel.h"
#include "itemmodels/twinselection.h"
#include "live/livesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace twin;

namespace {

/// Pixels of \a image within a few units of \a colour.
int countColour(const QImage &image, QColor colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                        + std::abs(c.blue() - colour.blue()) <= 6
                ? 1
                : 0;
        }
    }
    return count;
}

/// A topic browser on an empty project.
struct EmptyBrowser
{
    Project project;
    LiveSession session{&project};
    TwinSelection selection{&project};
    ui::TopicBrowserDock dock{&project, &session, &selection};
};

} // namespace

TEST(TopicBrowserDock, ShowsTopicsAndTheSelectedPayloadWithItsChanges)
{
    Project project;
    twintest::climateSite(project);
    LiveSession session(&project);
    TwinSelection selection(&project);
    ui::TopicBrowserDock dock(&project, &session, &selection);
    const auto catalogue = session.topicCatalogue();
    catalogue->record("vendor/b1/zone-a/climate", R"({"tF": 68, "rh": 40})", false, false, 1000);
    catalogue->record("vendor/b1/zone-a/climate", R"({"tF": 70, "rh": 40})", false, false, 2000);
    catalogue->record("vendor/b1/status", "online", true, false, 2000);
    dock.refresh();
    EXPECT_EQ(dock.model()->topicCount(), 2);
    ASSERT_TRUE(dock.selectTopic(QStringLiteral("vendor/b1/zone-a/climate")));
    EXPECT_EQ(dock.currentTopic(), QStringLiteral("vendor/b1/zone-a/climate"));
    const QList<PayloadLine> lines = dock.payloadView()->lines();
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[2].text, QStringLiteral("  \"tF\": 70"));
    EXPECT_TRUE(lines[2].changed);
    EXPECT_FALSE(lines[1].changed);
    EXPECT_TRUE(dock.payloadView()->pickField(QStringLiteral("/tF")));

    dock.view()->setCurrentIndex(QModelIndex());
    dock.model()->setFilterText(QStringLiteral("status"));
    EXPECT_FALSE(dock.model()->indexOfTopic(QStringLiteral("vendor/b1/zone-a/climate")).isValid());
}

TEST(BindingPickerDialog, PreviewsRefusesAWrongSchemaAndBindsAsOneStep)
{
    Project project;
    twintest::climateSite(project);
    auto catalogue = std::make_shared<TopicCatalogue>();
    catalogue->record("vendor/b1/zone-a/climate", R"({"tF": 68, "mode": "turbo"})", false, false, 1000);

    ui::BindingPickerDialog wrong(&project, catalogue, QStringLiteral("vendor/b1/zone-a/climate"),
                                  QStringLiteral("/mode"), QStringLiteral("zone-a"));
    auto *target = wrong.findChild<QComboBox *>(QStringLiteral("Target"));
    target->setCurrentIndex(target->findData(QStringLiteral("mode")));
    EXPECT_EQ(wrong.problemText(), QStringLiteral("mode takes one of eco, comfort, not \"turbo\""));

    ui::BindingPickerDialog dialog(&project, catalogue, QStringLiteral("vendor/b1/zone-a/climate"),
                                   QStringLiteral("/tF"), QStringLiteral("zone-a"));
    auto *dialogTarget = dialog.findChild<QComboBox *>(QStringLiteral("Target"));
    dialogTarget->setCurrentIndex(dialogTarget->findData(QStringLiteral("temperature")));
    auto *conversion = dialog.findChild<QComboBox *>(QStringLiteral("Conversion"));
    conversion->setCurrentIndex(1);
    emit conversion->activated(1);
    EXPECT_EQ(dialog.previewText(), QStringLiteral("20"));
    EXPECT_TRUE(dialog.problemText().isEmpty()) << dialog.problemText().toStdString();
    dialog.findChild<QCheckBox *>(QStringLiteral("Pattern"))->setChecked(true);
    EXPECT_EQ(dialog.picker().topicFilter(), QStringLiteral("vendor/b1/{twin}/climate"));
    EXPECT_TRUE(dialog.matchText().startsWith(QStringLiteral("3 twins of dtmi:test:Climate;1 (1 seen on the broker)")))
        << dialog.matchText().toStdString();
    const int steps = project.undoStack()->count();
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(project.undoStack()->count(), steps + 1);
    ASSERT_EQ(project.bindings().size(), 1);

    ui::BindingsDialog table(&project);
    EXPECT_EQ(table.model()->rowCount(), 1);
    table.view()->selectRow(0);
    table.deleteSelected();
    EXPECT_TRUE(project.bindings().isEmpty());
}

TEST(Screenshot, TopicsViewShowsTheBrowserWithAPayload)
{
    TWIN_REQUIRE_DISPLAY();
    const QImage image = twintest::screenshot({QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("--view"),
                                               QStringLiteral("topics"), QStringLiteral("--after"), QStringLiteral("2500")});
    ASSERT_FALSE(image.isNull());
    // The picked value's line (blue) is there: a topic is selected and its payload shown.
    EXPECT_GT(countColour(image, QColor(0xc8, 0xdc, 0xff)), 1000);
}

TEST(TopicBrowserDock, TakesABoundedShareOfAFloodPerTickInSlices)
{
    EmptyBrowser browser;
    ui::TopicBrowserDock &dock = browser.dock;
    const auto catalogue = browser.session.topicCatalogue();
    const int topics = ui::TopicBrowserDock::MaxTopicsPerTick * 2 + 500;
    for (int t = 0; t < topics; ++t)
        catalogue->record("site/f" + std::to_string(t / 100) + "/dev-" + std::to_string(t), "1", false, false, t);
    dock.refresh();
    // One slice now, the rest of the tick's share after the events waiting.
    EXPECT_GE(dock.model()->topicCount(), ui::TopicBrowserDock::ChunkTopics);
    EXPECT_LT(dock.model()->topicCount(), topics);
    EXPECT_EQ(dock.slicesRun(), 1);
    QTest::qWait(300);
    const int tick = dock.model()->topicCount();
    EXPECT_LE(tick, ui::TopicBrowserDock::MaxTopicsPerTick) << "no more than a tick's share";
    EXPECT_EQ(dock.backlog(), topics - tick);
    dock.refresh();
    QTest::qWait(300);
    EXPECT_GT(dock.model()->topicCount(), tick);
    EXPECT_LE(dock.model()->topicCount(), 2 * ui::TopicBrowserDock::MaxTopicsPerTick);
    EXPECT_EQ(dock.backlog(), topics - dock.model()->topicCount());
}

TEST(TopicBrowserDock, EachSliceIsOneModelUpdate)
{
    EmptyBrowser browser;
    ui::TopicBrowserDock &dock = browser.dock;
    const auto catalogue = browser.session.topicCatalogue();
    catalogue->record("site/a/dev-0", "1", false, false, 0);
    dock.refresh();
    ASSERT_EQ(dock.model()->topicCount(), 1);
    for (int t = 1; t <= 3000; ++t)
        catalogue->record("site/a/dev-" + std::to_string(t), "1", false, false, t);
    // The new topics all go under one row: one update inserts them as one range.
    QSignalSpy inserted(dock.model(), &QAbstractItemModel::rowsInserted);
    const int before = dock.slicesRun();
    dock.refresh();
    QTest::qWait(300);
    const int slices = dock.slicesRun() - before;
    ASSERT_GT(dock.model()->topicCount(), 1);
    EXPECT_EQ(inserted.count(), slices);
}

TEST(TopicBrowserDock, ShowsTheSameTopicOfTwoConnectionsEachWithItsPayload)
{
    Project project;
    LiveSession session(&project);
    TwinSelection selection(&project);
    ui::TopicBrowserDock dock(&project, &session, &selection);
    const auto catalogue = session.topicCatalogue();
    catalogue->record("north", "plant/temp", R"({"t": 21})", false, false, 1000);
    catalogue->record("south", "plant/temp", R"({"t": 30})", true, false, 1000);
    dock.refresh();
    ASSERT_EQ(dock.model()->rowCount(), 2);
    ASSERT_TRUE(dock.selectTopic(QStringLiteral("plant/temp"), QStringLiteral("south")));
    EXPECT_EQ(dock.currentConnection(), QStringLiteral("south"));
    ASSERT_FALSE(dock.payloadView()->lines().isEmpty());
    EXPECT_EQ(dock.payloadView()->lines().at(1).text, QStringLiteral("  \"t\": 30"));
    ASSERT_TRUE(dock.selectTopic(QStringLiteral("plant/temp"), QStringLiteral("north")));
    EXPECT_EQ(dock.payloadView()->lines().at(1).text, QStringLiteral("  \"t\": 21"));
    dock.model()->setFilterText(QStringLiteral("temp"));
    EXPECT_EQ(dock.model()->rowCount(), 2) << "search finds the topic on both";
}
