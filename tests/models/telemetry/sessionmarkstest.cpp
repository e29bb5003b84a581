// SPDX-License-Identifier: GPL-3.0-or-later
// The marks of kept MQTT sessions that both history stores keep with each batch
// (SessionMarks): written in the batch's transaction, loaded, trimmed, reset, and the
// layout upgrade that brought them.
#include "support/postgrestest.h"
#include "store/sqlitedatabase.h"
#include "telemetry/historyreader.h"
#include "telemetry/historyspool.h"
#include "telemetry/historystore.h"
#include "telemetry/pointregistry.h"
#include "telemetry/postgresconnection.h"
#include "telemetry/postgreshistoryreader.h"
#include "telemetry/postgreshistoryschema.h"
#include "telemetry/postgreshistorystore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace twin;

namespace {

const PointInfo &infoOf(const void *registry, int point)
{
    return static_cast<const PointRegistry *>(registry)->info(point);
}

SessionMarks marks(const QString &client, std::initializer_list<std::pair<std::uint16_t, std::uint64_t>> seen,
                   bool reset = false)
{
    SessionMarks m{client, reset, {}};
    for (const auto &[id, digest] : seen)
        SessionMarks::put(&m.seen, id, digest);
    return m;
}

SessionMarks::Seen loaded(HistoryWriter &store, const QString &client)
{
    SessionMarks::Seen seen;
    QString error;
    EXPECT_TRUE(store.loadSession(client, &seen, &error)) << error.toStdString();
    return seen;
}

/// What both stores must do with marks, on \a store (freshly opened, empty).
void checkMarks(HistoryWriter &store)
{
    PointRegistry points;
    const int temp = points.findOrCreate({QStringLiteral("temp-1"), QStringLiteral("Temperature"),
                                          QStringLiteral("Temperature"), {}, PointKind::Sensor, ValueKind::Number});
    QString error;
    const HistorySample sample{temp, 1000, 21.5};
    store.setSessionMarks({marks(QStringLiteral("rec-a"), {{1, 11}, {2, 12}}), marks(QStringLiteral("rec-b"), {{1, 99}})});
    ASSERT_TRUE(store.append(&sample, 1, &infoOf, &points, &error)) << error.toStdString();
    // Marks alone (messages whose samples went elsewhere) are a transaction too.
    store.setSessionMarks({marks(QStringLiteral("rec-a"), {{1, 13}})});
    ASSERT_TRUE(store.append(nullptr, 0, &infoOf, &points, &error)) << error.toStdString();
    const SessionMarks::Seen a{{1, 11}, {2, 12}, {1, 13}};
    EXPECT_EQ(loaded(store, QStringLiteral("rec-a")), a);
    EXPECT_EQ(loaded(store, QStringLiteral("rec-b")), (SessionMarks::Seen{{1, 99}}));
    EXPECT_TRUE(loaded(store, QStringLiteral("rec-c")).empty());

    // Only the last KeptBatches batches stay.
    for (int i = 0; i < SessionMarks::KeptBatches; ++i) {
        store.setSessionMarks({marks(QStringLiteral("rec-a"), {{std::uint16_t(100 + i), 7}})});
        ASSERT_TRUE(store.append(nullptr, 0, &infoOf, &points, &error)) << error.toStdString();
    }
    const SessionMarks::Seen kept = loaded(store, QStringLiteral("rec-a"));
    ASSERT_EQ(kept.size(), std::size_t(SessionMarks::KeptBatches));
    EXPECT_EQ(kept.front().first, 100);

    // A session started afresh forgets what came before it, of its own client only.
    store.setSessionMarks({marks(QStringLiteral("rec-a"), {{5, 55}}, true)});
    ASSERT_TRUE(store.append(&sample, 1, &infoOf, &points, &error)) << error.toStdString();
    EXPECT_EQ(loaded(store, QStringLiteral("rec-a")), (SessionMarks::Seen{{5, 55}}));
    EXPECT_EQ(loaded(store, QStringLiteral("rec-b")), (SessionMarks::Seen{{1, 99}}));
}

qint64 queryInt(const QString &path, const char *sql)
{
    SqliteDatabase db;
    QString error;
    EXPECT_TRUE(db.open(path, SqliteDatabase::Mode::ReadOnly, &error)) << error.toStdString();
    bool ok = false;
    return db.queryInt(sql, &ok);
}

class SessionMarksPostgresTest : public twintest::PostgresTest
{
};

/// A history that refuses batches while it is down, like a database away.
class AwayWriter : public HistoryWriter
{
public:
    explicit AwayWriter(std::unique_ptr<HistoryWriter> inner)
        : m_inner(std::move(inner))
    {
    }
    bool down = true;
    QString location() const override { return m_inner->location(); }
    bool append(const HistorySample *samples, std::size_t count, InfoFunction info, const void *context,
                QString *error) override
    {
        if (down) {
            m_sessionMarks.clear();
            return fail(error, QStringLiteral("away"));
        }
        m_inner->setSessionMarks(std::move(m_sessionMarks));
        m_sessionMarks.clear();
        return m_inner->append(samples, count, info, context, error);
    }
    bool appendTexts(const HistoryText *texts, std::size_t count, InfoFunction info, const void *context,
                     QString *error) override
    {
        return !down && m_inner->appendTexts(texts, count, info, context, error);
    }
    bool flush(QString *error) override { return m_inner->flush(error); }
    bool applyRetention(qint64 beforeMs, qint64 *deleted, QString *error) override
    {
        return m_inner->applyRetention(beforeMs, deleted, error);
    }
    bool loadSession(const QString &clientId, SessionMarks::Seen *seen, QString *error) override
    {
        return m_inner->loadSession(clientId, seen, error);
    }

private:
    static bool fail(QString *error, const QString &why)
    {
        if (error)
            *error = why;
        return false;
    }
    std::unique_ptr<HistoryWriter> m_inner;
};

} // namespace

TEST(SessionMarks, EntriesRoundTrip)
{
    QByteArray seen;
    SessionMarks::put(&seen, 0xfffe, 0x0123456789abcdefULL);
    SessionMarks::put(&seen, 1, 0);
    SessionMarks::Seen out;
    ASSERT_TRUE(SessionMarks::read(seen, &out));
    EXPECT_EQ(out, (SessionMarks::Seen{{0xfffe, 0x0123456789abcdefULL}, {1, 0}}));
    EXPECT_FALSE(SessionMarks::read(seen.left(7), &out));
}

TEST(SessionMarks, SqliteKeepsThemWithTheBatch)
{
    QTemporaryDir dir;
    HistoryStore store;
    QString error;
    ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("site.history")), &error)) << error.toStdString();
    checkMarks(store);
    // Kept in the file: a new process reads them.
    store.close();
    HistoryStore again;
    ASSERT_TRUE(again.open(dir.filePath(QStringLiteral("site.history")), &error)) << error.toStdString();
    EXPECT_EQ(loaded(again, QStringLiteral("rec-a")), (SessionMarks::Seen{{5, 55}}));
}

TEST(SessionMarks, SqliteLayout3FileIsUpgraded)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.history"));
    PointRegistry points;
    const int temp = points.findOrCreate({QStringLiteral("temp-1"), QStringLiteral("Temperature"),
                                          QStringLiteral("Temperature"), {}, PointKind::Sensor, ValueKind::Number});
    QString error;
    {
        HistoryStore store;
        ASSERT_TRUE(store.open(path, &error)) << error.toStdString();
        const HistorySample sample{temp, 1000, 21.5};
        ASSERT_TRUE(store.append(&sample, 1, &infoOf, &points, &error)) << error.toStdString();
    }
    {
        // The file as layout 3 left it: no session marks.
        SqliteDatabase db;
        ASSERT_TRUE(db.open(path, SqliteDatabase::Mode::ReadWrite, &error)) << error.toStdString();
        ASSERT_TRUE(db.exec("DROP TABLE mqttSessions; PRAGMA user_version = 3;", &error)) << error.toStdString();
    }
    // Readers read it as it is.
    EXPECT_EQ(HistoryReader(path).sampleCount(&error), 1) << error.toStdString();
    HistoryStore store;
    ASSERT_TRUE(store.open(path, &error)) << error.toStdString();
    EXPECT_EQ(queryInt(path, "PRAGMA user_version"), 4);
    EXPECT_EQ(store.sampleCount(), 1);
    const HistorySample later{temp, 2000, 22.5};
    store.setSessionMarks({marks(QStringLiteral("rec-a"), {{3, 33}})});
    ASSERT_TRUE(store.append(&later, 1, &infoOf, &points, &error)) << error.toStdString();
    EXPECT_EQ(loaded(store, QStringLiteral("rec-a")), (SessionMarks::Seen{{3, 33}}));
}

TEST_F(SessionMarksPostgresTest, PostgresKeepsThemWithTheBatch)
{
    PostgresHistoryStore store;
    QString error;
    ASSERT_TRUE(store.open(url, &error)) << error.toStdString();
    checkMarks(store);
    store.close();
    PostgresHistoryStore again;
    ASSERT_TRUE(again.open(url, &error)) << error.toStdString();
    EXPECT_EQ(loaded(again, QStringLiteral("rec-a")), (SessionMarks::Seen{{5, 55}}));
}

TEST_F(SessionMarksPostgresTest, PostgresLayout3IsUpgraded)
{
    PointRegistry points;
    const int temp = points.findOrCreate({QStringLiteral("temp-1"), QStringLiteral("Temperature"),
                                          QStringLiteral("Temperature"), {}, PointKind::Sensor, ValueKind::Number});
    QString error;
    {
        PostgresHistoryStore store;
        ASSERT_TRUE(store.open(url, &error)) << error.toStdString();
        const HistorySample sample{temp, 1000, 21.5};
        ASSERT_TRUE(store.append(&sample, 1, &infoOf, &points, &error)) << error.toStdString();
        ASSERT_TRUE(store.flush(&error)) << error.toStdString();
    }
    {
        // The database as layout 3 left it: no session marks.
        PostgresConnection db;
        ASSERT_TRUE(db.open(url, &error)) << error.toStdString();
        ASSERT_TRUE(db.exec("DROP TABLE twin_mqtt_sessions;"
                            "UPDATE twin_history_meta SET value = '3' WHERE key = 'layout'",
                            &error))
            << error.toStdString();
    }
    // Readers read it as it is.
    EXPECT_EQ(PostgresHistoryReader(url).sampleCount(), 1);
    PostgresHistoryStore store;
    ASSERT_TRUE(store.open(url, &error)) << error.toStdString();
    const HistorySample later{temp, 2000, 22.5};
    store.setSessionMarks({marks(QStringLiteral("rec-a"), {{3, 33}})});
    ASSERT_TRUE(store.append(&later, 1, &infoOf, &points, &error)) << error.toStdString();
    EXPECT_EQ(loaded(store, QStringLiteral("rec-a")), (SessionMarks::Seen{{3, 33}}));
    PostgresConnection db;
    ASSERT_TRUE(db.open(url, &error)) << error.toStdString();
    PostgresConnection::Result rows;
    ASSERT_TRUE(db.query("SELECT value FROM twin_history_meta WHERE key = 'layout'", {}, &rows, &error))
        << error.toStdString();
    EXPECT_EQ(rows.toInt(0, 0), PostgresHistorySchema::LayoutVersion);
    EXPECT_EQ(PostgresHistoryReader(url).sampleCount(), 2);
}

// While the history is away, the marks wait in the spool with their batch: a restarted
// recorder reads them there, and they reach the history with the batch.
TEST(SessionMarks, SpooledWithTheirBatchAndHandedOverWithIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.history"));
    QString error;
    auto store = std::make_unique<HistoryStore>();
    ASSERT_TRUE(store->open(path, &error)) << error.toStdString();
    store->setSessionMarks({marks(QStringLiteral("rec-a"), {{1, 11}})});
    ASSERT_TRUE(store->append(nullptr, 0, &infoOf, nullptr, &error)) << error.toStdString();
    auto away = std::make_unique<AwayWriter>(std::move(store));
    AwayWriter *history = away.get();
    HistorySpool spool(std::move(away), path, dir.filePath(QStringLiteral("site.spool")), 1 << 20);
    PointRegistry points;
    const int temp = points.findOrCreate({QStringLiteral("temp-1"), QStringLiteral("Temperature"),
                                          QStringLiteral("Temperature"), {}, PointKind::Sensor, ValueKind::Number});
    const HistorySample sample{temp, 1000, 21.5};
    spool.setSessionMarks({marks(QStringLiteral("rec-a"), {{2, 22}})});
    ASSERT_TRUE(spool.append(&sample, 1, &infoOf, &points, &error)) << error.toStdString();
    EXPECT_GT(spool.spoolBytes(), 0);
    // The history's marks, then the spool's.
    EXPECT_EQ(loaded(spool, QStringLiteral("rec-a")), (SessionMarks::Seen{{1, 11}, {2, 22}}));

    history->down = false;
    ASSERT_TRUE(spool.drain(&error)) << error.toStdString();
    EXPECT_EQ(spool.spoolBytes(), 0);
    HistoryStore after;
    ASSERT_TRUE(after.open(path, &error)) << error.toStdString();
    EXPECT_EQ(after.sampleCount(), 1);
    EXPECT_EQ(loaded(after, QStringLiteral("rec-a")), (SessionMarks::Seen{{1, 11}, {2, 22}}));
}
