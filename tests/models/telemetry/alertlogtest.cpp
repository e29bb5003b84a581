// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/alertlog.h"
#include "telemetry/historyreader.h"
#include "telemetry/historyschema.h"
#include "telemetry/historystore.h"
#include "store/sqlitedatabase.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace twin;

namespace {

AlertRecord alert(qint64 raisedMs, const QString &twin)
{
    AlertRecord a;
    a.raisedMs = raisedMs;
    a.twinId = twin;
    a.type = QStringLiteral("Alert");
    a.payload = QStringLiteral("{\"alert\":\"raised\",\"severity\":\"critical\"}");
    a.severity = QStringLiteral("critical");
    a.rule = QStringLiteral("Temperature above 28");
    return a;
}

qint64 userVersion(const QString &path)
{
    SqliteDatabase db;
    bool ok = false;
    EXPECT_TRUE(db.open(path, SqliteDatabase::Mode::ReadOnly, nullptr));
    return db.queryInt("PRAGMA user_version", &ok);
}

} // namespace

TEST(AlertLog, AlertsAndAcknowledgementsSurviveReopening)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.twinproj.history"));
    AlertRecord first = alert(1000, QStringLiteral("room-101"));
    AlertRecord second = alert(2000, QStringLiteral("room-102"));
    {
        AlertLog log;
        QString error;
        ASSERT_TRUE(log.open(path, &error)) << error.toStdString();
        ASSERT_TRUE(log.append(&first, &error)) << error.toStdString();
        ASSERT_TRUE(log.append(&second, &error)) << error.toStdString();
        EXPECT_GT(first.id, 0);
        EXPECT_GT(second.id, first.id);
        first.state = AlertRecord::State::Acknowledged;
        first.acknowledgedBy = QStringLiteral("alice");
        first.acknowledgedMs = 1500;
        first.comment = QStringLiteral("window open, closed it");
        ASSERT_TRUE(log.update(first, &error)) << error.toStdString();
    }
    AlertLog reopened;
    QString error;
    ASSERT_TRUE(reopened.open(path, &error)) << error.toStdString();
    QList<AlertRecord> alerts;
    ASSERT_TRUE(reopened.load(10, &alerts, &error)) << error.toStdString();
    ASSERT_EQ(alerts.size(), 2);
    EXPECT_EQ(alerts.at(0), second); // newest first
    EXPECT_EQ(alerts.at(1), first);
    ASSERT_TRUE(reopened.load(1, &alerts, &error));
    EXPECT_EQ(alerts.size(), 1);
    EXPECT_EQ(userVersion(path), HistorySchema::LayoutVersion);
}

TEST(AlertLog, LayoutTwoFilesGainTheAlertsTable)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.twinproj.history"));
    {
        // A file as layout 2 wrote it: everything but the alerts table.
        HistoryStore store;
        QString error;
        ASSERT_TRUE(store.open(path, &error)) << error.toStdString();
        store.close();
        SqliteDatabase db;
        ASSERT_TRUE(db.open(path, SqliteDatabase::Mode::ReadWrite, &error));
        ASSERT_TRUE(db.exec("DROP TABLE alerts; PRAGMA user_version = 2;", &error)) << error.toStdString();
    }
    EXPECT_EQ(userVersion(path), 2);
    // Readers read a layout 2 file as it is.
    HistoryReader reader(path);
    QString error;
    EXPECT_EQ(reader.sampleCount(&error), 0) << error.toStdString();
    reader.close();

    AlertLog log;
    ASSERT_TRUE(log.open(path, &error)) << error.toStdString();
    AlertRecord a = alert(1000, QStringLiteral("room-101"));
    ASSERT_TRUE(log.append(&a, &error)) << error.toStdString();
    log.close();
    EXPECT_EQ(userVersion(path), HistorySchema::LayoutVersion);
    HistoryStore store;
    ASSERT_TRUE(store.open(path, &error)) << error.toStdString();
}

TEST(AlertLog, AFileThatIsNoHistoryIsRefusedWithItsName)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.history"));
    {
        SqliteDatabase db;
        QString error;
        ASSERT_TRUE(db.open(path, SqliteDatabase::Mode::Create, &error));
        ASSERT_TRUE(db.exec("PRAGMA user_version = 99;", &error));
    }
    AlertLog log;
    QString error;
    EXPECT_FALSE(log.open(path, &error));
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("newer"))) << error.toStdString();
}
