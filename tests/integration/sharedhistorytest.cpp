// SPDX-License-Identifier: GPL-3.0-or-later
// `twinctl history query` on a shared PostgreSQL history the test starts: the same output
// as on an SQLite file holding the same samples, through --history or the project setting.
#include "support/postgresserver.h"
#include "support/testsupport.h"
#include "telemetrytestutil.h"

#include "document/historylocationsetting.h"
#include "document/project.h"
#include "store/projectstore.h"
#include "telemetry/historystore.h"
#include "telemetry/historywriter.h"
#include "telemetry/pointregistry.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using twintest::PostgresServer;

namespace {

const twin::PointInfo &infoOf(const void *context, int point)
{
    return static_cast<const twin::PointRegistry *>(context)->info(point);
}

/// Writes the same readings of two thermometers and a text series to \a location.
void fill(const QString &location, qint64 base)
{
    twin::PointRegistry points;
    const int temp1 = points.findOrCreate({QStringLiteral("temp-1"), QStringLiteral("Temperature"),
                                           QStringLiteral("Temperature"), QStringLiteral("degreeCelsius")});
    const int temp2 = points.findOrCreate({QStringLiteral("temp-2"), QStringLiteral("Temperature"),
                                           QStringLiteral("Temperature"), QStringLiteral("degreeCelsius")});
    const int state = points.findOrCreate({QStringLiteral("temp-1"), QStringLiteral("State"), QStringLiteral("State"),
                                           {}, twin::PointKind::Computed, twin::ValueKind::Any});
    std::vector<twin::HistorySample> samples;
    for (int i = 0; i < 3000; ++i) {
        samples.push_back({temp1, base + qint64(i) * 1000 + 3, 18.0 + (i % 97) * 0.125});
        samples.push_back({temp2, base + qint64(i) * 1500 + 11, 25.0 - (i % 61) * 0.25});
    }
    std::vector<twin::HistoryText> texts;
    for (int i = 0; i < 20; ++i)
        texts.push_back({state, base + qint64(i) * 60000 + 5, i % 2 ? QStringLiteral("open") : QStringLiteral("shut")});
    QString error;
    const std::unique_ptr<twin::HistoryWriter> writer = twin::HistoryWriter::open(location, &error);
    ASSERT_TRUE(writer) << error.toStdString();
    ASSERT_TRUE(writer->append(samples.data(), samples.size(), &infoOf, &points, &error)) << error.toStdString();
    ASSERT_TRUE(writer->appendTexts(texts.data(), texts.size(), &infoOf, &points, &error)) << error.toStdString();
    ASSERT_TRUE(writer->flush(&error)) << error.toStdString();
}

twintest::ProcessResult query(const QStringList &args)
{
    return twintest::runTool(QStringLiteral("twinctl"), QStringList{QStringLiteral("history"), QStringLiteral("query")} + args);
}

} // namespace

TEST(SharedHistory, TwinctlHistoryQueryPrintsWhatTheSqliteFilePrints)
{
    if (PostgresServer::binDir().isEmpty())
        GTEST_SKIP() << "PostgreSQL's server binaries (initdb, pg_ctl) are not installed";
    PostgresServer database;
    QString error;
    ASSERT_TRUE(database.start(&error)) << error.toStdString();
    ASSERT_TRUE(database.createDatabase(QStringLiteral("campus"), &error)) << error.toStdString();
    const QString url = database.url(QStringLiteral("campus"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("site.history"));
    const qint64 base = QDateTime::currentMSecsSinceEpoch() - 2 * 3600000;
    ASSERT_NO_FATAL_FAILURE(fill(file, base));
    ASSERT_NO_FATAL_FAILURE(fill(url, base));

    const QStringList ranged{QStringLiteral("--from"), QString::number(base + 600000), QStringLiteral("--to"),
                             QString::number(base + 1800000)};
    // Buckets narrower than the file's rollups (10 s): wider ones read the file's rollups,
    // which a bucket edge inside a rollup makes differ from the exact buckets of the server.
    const QList<QStringList> cases{
        {QStringLiteral("--twin"), QStringLiteral("temp-1"), QStringLiteral("--json")},
        {QStringLiteral("--twin"), QStringLiteral("temp-2")},
        QStringList{QStringLiteral("--twin"), QStringLiteral("temp-1"), QStringLiteral("--name"),
                    QStringLiteral("Temperature"), QStringLiteral("--buckets"), QStringLiteral("237")} + ranged,
        {QStringLiteral("--twin"), QStringLiteral("temp-2"), QStringLiteral("--buckets"), QStringLiteral("1000"),
         QStringLiteral("--json")},
        {QStringLiteral("--twin"), QStringLiteral("temp-1"), QStringLiteral("--limit"), QStringLiteral("50")},
    };
    for (const QStringList &args : cases) {
        SCOPED_TRACE(args.join(u' ').toStdString());
        const auto fromFile = query(QStringList{QStringLiteral("--history"), file} + args);
        const auto fromServer = query(QStringList{QStringLiteral("--history"), url} + args);
        ASSERT_EQ(fromFile.exitCode, 0) << fromFile.err.toStdString();
        ASSERT_EQ(fromServer.exitCode, 0) << fromServer.err.toStdString();
        EXPECT_GT(fromFile.out.size(), 300);
        EXPECT_EQ(fromServer.out, fromFile.out);
        EXPECT_EQ(fromServer.err, fromFile.err);
    }

    // A project whose setting names the shared history reads it without --history.
    const QString projectFile = dir.filePath(QStringLiteral("site.twinproj"));
    twin::Project project;
    twin::Diagnostics diagnostics;
    ASSERT_TRUE(project.setContent(twintest::telemetrySite({}), &diagnostics));
    ASSERT_TRUE(twin::HistoryLocationSetting::set(&project, url, &error)) << error.toStdString();
    ASSERT_TRUE(twin::ProjectStore::save(&project, projectFile, &error)) << error.toStdString();
    const QStringList args{QStringLiteral("--twin"), QStringLiteral("temp-1"), QStringLiteral("--json")};
    const auto fromSetting = query(QStringList{QStringLiteral("--project"), projectFile} + args);
    ASSERT_EQ(fromSetting.exitCode, 0) << fromSetting.err.toStdString();
    EXPECT_EQ(fromSetting.out, query(QStringList{QStringLiteral("--history"), file} + args).out);

    // A server that is not there is named, without a password.
    database.stop();
    const auto away = query(QStringList{QStringLiteral("--history"),
                                        QStringLiteral("postgresql://twin:secret@127.0.0.1:%1/campus").arg(database.port())}
                            + args);
    EXPECT_NE(away.exitCode, 0);
    EXPECT_TRUE(away.err.contains(QByteArray::number(database.port()))) << away.err.toStdString();
    EXPECT_FALSE(away.err.contains("secret")) << away.err.toStdString();
}
