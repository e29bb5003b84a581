// SPDX-License-Identifier: GPL-3.0-or-later
#include "mosquittobroker.h"

#include "support/testsupport.h"
#include "functionfixture.h"

#include "functions/functioneditor.h"
#include "store/projectstore.h"
#include "telemetry/historyreader.h"
#include "telemetry/historystore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <limits>

using twintest::MosquittoBroker;

namespace {

/// Deterministic given its inputs: the latest reading per room and data type, and a
/// notification for every CO2 reading whose whole ppm are odd.
const char *const kLatestPerRoom = R"JS(function process(telemetry, executionContext) {
    var sensor = getSensorMetadata(telemetry.SensorId);
    var room = sensor.Space();
    var value = parseFloat(telemetry.Value);
    setSpaceValue(room.Id, "Last" + sensor.DataType, String(value));
    if (sensor.DataType === "CarbonDioxide" && Math.floor(value) % 2 === 1) {
        room.Notify("CO2 " + value);
    }
}
)JS";

QJsonObject lastJson(const QByteArray &out)
{
    return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
}

/// Every value of every series of \a twins in \a historyFile, as text lines; with
/// \a withTimes false without the times.
QStringList historyOf(const QString &historyFile, const QStringList &twins, bool withTimes = true)
{
    twin::HistoryReader reader(historyFile);
    QStringList lines;
    for (const QString &twinId : twins) {
        QList<twin::HistoryReader::Series> series;
        QString error;
        EXPECT_TRUE(reader.series(twinId, &series, &error)) << error.toStdString();
        for (const auto &s : series) {
            QList<twin::HistoryValue> values;
            QString dataType;
            bool truncated = false;
            EXPECT_TRUE(reader.latest(twinId, s.name, std::numeric_limits<qint64>::min() / 2,
                                      std::numeric_limits<qint64>::max() / 2, 1000000, &values, &dataType, &truncated,
                                      &error))
                << error.toStdString();
            for (const twin::HistoryValue &v : values)
                lines << QStringLiteral("%1/%2 %3 %4")
                             .arg(twinId, s.name)
                             .arg(withTimes ? v.timestampMs : 0)
                             .arg(v.isText ? v.text : QString::number(v.number, 'g', 17));
        }
    }
    return lines;
}

} // namespace

TEST(RecordReplay, ReplayedCaptureGivesTheLiveRunsHistoryAndFunctionResults)
{
    TWIN_REQUIRE_MOSQUITTO();
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("rooms.twinproj"));
    {
        twin::Project project;
        twintest::buildRoomTopology(&project);
        twin::FunctionEditor editor(&project);
        QString error;
        ASSERT_TRUE(editor.addFunction(twintest::makeFunction(QStringLiteral("latest"), QString::fromUtf8(kLatestPerRoom),
                                                              {twintest::dataTypeMatcher(QStringLiteral("Motion")),
                                                               twintest::dataTypeMatcher(QStringLiteral("CarbonDioxide")),
                                                               twintest::dataTypeMatcher(QStringLiteral("Temperature"))},
                                                              QStringLiteral("building-1")),
                                       &error))
            << error.toStdString();
        ASSERT_TRUE(twin::ProjectStore::save(&project, original, &error)) << error.toStdString();
    }
    const QString liveProject = dir.filePath(QStringLiteral("live.twinproj"));
    const QString replayProject = dir.filePath(QStringLiteral("replay.twinproj"));
    ASSERT_TRUE(QFile::copy(original, liveProject));
    ASSERT_TRUE(QFile::copy(original, replayProject));
    const QString capture = dir.filePath(QStringLiteral("traffic.capture"));

    MosquittoBroker broker;
    QString error;
    ASSERT_TRUE(broker.start(&error)) << error.toStdString();
    const int n = 10000;
    const QString count = QString::number(n);

    QProcess record;
    QByteArray recordErr;
    ASSERT_TRUE(twintest::startTwinctl(&record,
                             {QStringLiteral("record"), QStringLiteral("--broker"), broker.url(), QStringLiteral("--output"),
                              capture, QStringLiteral("--count"), count, QStringLiteral("--duration"), QStringLiteral("90"),
                              QStringLiteral("--json")},
                             "recording", &recordErr))
        << recordErr.toStdString();
    QProcess ingest;
    QByteArray ingestErr;
    ASSERT_TRUE(twintest::startTwinctl(&ingest,
                             {QStringLiteral("ingest"), QStringLiteral("--broker"), broker.url(), QStringLiteral("--project"),
                              liveProject, QStringLiteral("--count"), count, QStringLiteral("--duration"),
                              QStringLiteral("90"), QStringLiteral("--qos"), QStringLiteral("1"), QStringLiteral("--json"),
                              QStringLiteral("--trust")},
                             "subscribed", &ingestErr))
        << ingestErr.toStdString();
    // The recorder subscribes asynchronously after printing; give the SUBSCRIBE its round trip.
    QThread::msleep(500);

    const auto sim = twintest::runTool(QStringLiteral("twinctl"),
                                       {QStringLiteral("simulate"), QStringLiteral("--broker"), broker.url(),
                                        QStringLiteral("--project"), original, QStringLiteral("--count"), count,
                                        QStringLiteral("--qos"), QStringLiteral("1"), QStringLiteral("--json")},
                                       90000);
    ASSERT_EQ(sim.exitCode, 0) << sim.err.toStdString();

    ASSERT_TRUE(record.waitForFinished(90000));
    const QByteArray recordOut = record.readAllStandardOutput();
    ASSERT_EQ(record.exitCode(), 0) << recordOut.toStdString() << record.readAllStandardError().toStdString();
    EXPECT_EQ(lastJson(recordOut).value(QStringLiteral("recorded")).toInt(), n);
    ASSERT_TRUE(ingest.waitForFinished(90000));
    const QByteArray ingestOut = ingest.readAllStandardOutput();
    ASSERT_EQ(ingest.exitCode(), 0) << ingestOut.toStdString() << ingest.readAllStandardError().toStdString();
    const QJsonObject live = lastJson(ingestOut);
    ASSERT_EQ(live.value(QStringLiteral("processed")).toInt(), n);
    ASSERT_GT(live.value(QStringLiteral("functionsRun")).toInt(), 0);

    const auto replay = twintest::runTool(QStringLiteral("twinctl"),
                                          {QStringLiteral("replay"), QStringLiteral("--project"), replayProject,
                                           QStringLiteral("--capture"), capture, QStringLiteral("--fast"),
                                           QStringLiteral("--trust"), QStringLiteral("--json")},
                                          90000);
    ASSERT_EQ(replay.exitCode, 0) << replay.err.toStdString();
    const QJsonObject replayed = lastJson(replay.out);
    // The same fields as ingest's summary, and the same results.
    for (auto it = live.constBegin(); it != live.constEnd(); ++it)
        EXPECT_TRUE(replayed.contains(it.key())) << it.key().toStdString();
    for (const char *key : {"received", "processed", "malformed", "unbound", "wrongType", "functionsRun",
                            "functionFailures", "notifications", "historyWritten"})
        EXPECT_EQ(replayed.value(QLatin1StringView(key)).toInteger(), live.value(QLatin1StringView(key)).toInteger())
            << key;
    EXPECT_EQ(replayed.value(QStringLiteral("spaceValues")), live.value(QStringLiteral("spaceValues")));
    EXPECT_GT(replayed.value(QStringLiteral("notifications")).toInt(), 0) << "the test should raise notifications";

    // The same history: the sensors' values time for time (their payloads carry the time);
    // the values the function set, value for value. A function stamps its values with the
    // message's receive time, which the recorder and the live run each read off their own
    // clock, so those times may differ by a millisecond or so.
    const QString liveFile = twin::HistoryStore::companionPath(liveProject);
    const QString replayFile = replayProject + QStringLiteral(".replay.history");
    const QStringList sensors{QStringLiteral("motion-1"), QStringLiteral("co2-1"), QStringLiteral("temp-2")};
    const QStringList rooms{QStringLiteral("room-1"), QStringLiteral("room-2")};
    const QStringList liveHistory = historyOf(liveFile, sensors) + historyOf(liveFile, rooms, false);
    const QStringList replayHistory = historyOf(replayFile, sensors) + historyOf(replayFile, rooms, false);
    EXPECT_EQ(liveHistory.size(), replayHistory.size());
    EXPECT_GE(liveHistory.size(), 2 * n) << "every reading and every value the function set";
    for (qsizetype i = 0; i < std::min(liveHistory.size(), replayHistory.size()); ++i) {
        if (liveHistory[i] != replayHistory[i]) {
            ADD_FAILURE() << "history line " << i << " differs: live " << liveHistory[i].toStdString() << ", replayed "
                          << replayHistory[i].toStdString();
            break;
        }
    }

    // The headless history query reads the same values back.
    const auto query = twintest::runTool(QStringLiteral("twinctl"),
                                         {QStringLiteral("history"), QStringLiteral("query"), QStringLiteral("--project"),
                                          liveProject, QStringLiteral("--twin"), QStringLiteral("temp-2"),
                                          QStringLiteral("--json")});
    ASSERT_EQ(query.exitCode, 0) << query.err.toStdString();
    const QJsonArray series = lastJson(query.out).value(QStringLiteral("series")).toArray();
    ASSERT_EQ(series.size(), 1);
    const QJsonArray values = series.first().toObject().value(QStringLiteral("values")).toArray();
    EXPECT_EQ(values.size(), liveHistory.filter(QStringLiteral("temp-2/")).size());
    const auto buckets = twintest::runTool(QStringLiteral("twinctl"),
                                           {QStringLiteral("history"), QStringLiteral("query"), QStringLiteral("--project"),
                                            liveProject, QStringLiteral("--twin"), QStringLiteral("temp-2"),
                                            QStringLiteral("--name"), QStringLiteral("Temperature"),
                                            QStringLiteral("--buckets"), QStringLiteral("10"), QStringLiteral("--json")});
    ASSERT_EQ(buckets.exitCode, 0) << buckets.err.toStdString();
    qint64 counted = 0;
    for (const QJsonValue &b : lastJson(buckets.out).value(QStringLiteral("series")).toArray().first().toObject().value(QStringLiteral("buckets")).toArray())
        counted += b.toObject().value(QStringLiteral("count")).toInteger();
    EXPECT_EQ(counted, values.size());
}

TEST(RecordReplay, UsageErrorsAndABadCaptureAreReported)
{
    for (const char *cmd : {"record", "replay"}) {
        const auto help = twintest::runTool(QStringLiteral("twinctl"), {QString::fromLatin1(cmd), QStringLiteral("--help")});
        EXPECT_EQ(help.exitCode, 0) << cmd;
        const auto bad = twintest::runTool(QStringLiteral("twinctl"), {QString::fromLatin1(cmd)});
        EXPECT_EQ(bad.exitCode, 2) << cmd;
    }
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.twinproj"));
    ASSERT_EQ(twintest::runTool(QStringLiteral("twinctl"), {QStringLiteral("project"), QStringLiteral("new"), project, QStringLiteral("--demo")}).exitCode, 0);
    const QString capture = dir.filePath(QStringLiteral("bad.capture"));
    QFile f(capture);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"twinstudioCapture\":1}\n{\"t\":1,\"topic\":\"twins/x/telemetry\",\"payload\":\"1\"}\nnot json\n");
    f.close();
    const auto replay = twintest::runTool(QStringLiteral("twinctl"), {QStringLiteral("replay"), QStringLiteral("--project"), project,
                                                                      QStringLiteral("--capture"), capture, QStringLiteral("--fast")});
    EXPECT_EQ(replay.exitCode, 1);
    EXPECT_TRUE(replay.err.contains("bad.capture:3: error:")) << replay.err.toStdString();
    const auto missing = twintest::runTool(QStringLiteral("twinctl"), {QStringLiteral("replay"), QStringLiteral("--project"), project,
                                                                       QStringLiteral("--capture"), dir.filePath(QStringLiteral("none"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("none")) << missing.err.toStdString();
}
