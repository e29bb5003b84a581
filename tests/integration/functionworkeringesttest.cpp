// SPDX-License-Identifier: GPL-3.0-or-later
// `twinctl ingest` with hostile functions running in worker processes: it still stops at
// --duration and prints its summary, with the hostile invocations counted as failures and
// the good function's value computed.
#include "mosquittobroker.h"

#include "support/testsupport.h"
#include "functionfixture.h"

#include "functions/functioneditor.h"
#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using twintest::MosquittoBroker;

TEST(FunctionWorkerIngest, StopsOnTimeWithASummaryWhileHostileFunctionsRun)
{
    TWIN_REQUIRE_MOSQUITTO();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("rooms.twinproj"));
    {
        twin::Project project;
        twintest::buildRoomTopology(&project);
        twin::FunctionEditor editor(&project);
        QString error;
        const auto temperature = twintest::dataTypeMatcher(QStringLiteral("Temperature"));
        for (const auto &[name, source] :
             {std::pair{"recursion", "function f() { try { f(); } catch (e) { f(); } }\nfunction process() { f(); }"},
              std::pair{"huge", "function process() { return 'x'.repeat(2 ** 30).length; }"}}) {
            ASSERT_TRUE(editor.addFunction(twintest::makeFunction(QString::fromLatin1(name), QString::fromLatin1(source),
                                                                  {temperature}),
                                           &error))
                << error.toStdString();
        }
        ASSERT_TRUE(editor.addFunction(twintest::makeFunction(QStringLiteral("availability"),
                                                              QString::fromUtf8(twintest::kAvailabilitySource),
                                                              {twintest::dataTypeMatcher(QStringLiteral("Motion")),
                                                               twintest::dataTypeMatcher(QStringLiteral("CarbonDioxide"))},
                                                              QStringLiteral("room-1")),
                                       &error))
            << error.toStdString();
        ASSERT_TRUE(twin::ProjectStore::save(&project, file, &error)) << error.toStdString();
    }
    MosquittoBroker broker;
    QString error;
    ASSERT_TRUE(broker.start(&error)) << error.toStdString();

    const int duration = 6;
    QProcess ingest;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TWINSTUDIO_FUNCTION_ISOLATION"), QStringLiteral("process"));
    ingest.setProcessEnvironment(env);
    QByteArray err;
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(twintest::startIngest(&ingest,
                                      {QStringLiteral("--broker"), broker.url(), QStringLiteral("--project"), file,
                                       QStringLiteral("--duration"), QString::number(duration), QStringLiteral("--qos"),
                                       QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--trust")},
                                      &err))
        << err.toStdString();
    for (const auto &[sensor, payload] : {std::pair{"temp-2", "21"}, std::pair{"temp-2", "22"},
                                          std::pair{"motion-1", R"({"SensorValue": false})"},
                                          std::pair{"temp-2", "23"}, std::pair{"co2-1", R"({"SensorValue": 1400})"}}) {
        ASSERT_TRUE(twintest::mosquittoPub(broker.url(), QStringLiteral("twins/%1/telemetry").arg(QLatin1StringView(sensor)),
                                           QString::fromLatin1(payload)));
    }
    ASSERT_TRUE(ingest.waitForFinished(60000));
    // --duration plus the start-up and the last batch's invocations, on a loaded machine.
    EXPECT_LT(timer.elapsed(), (duration + 15) * 1000);
    const QByteArray out = ingest.readAllStandardOutput();
    ASSERT_EQ(ingest.exitCode(), 0) << out.toStdString() << ingest.readAllStandardError().toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    EXPECT_EQ(summary.value(QStringLiteral("received")).toInt(), 5);
    EXPECT_EQ(summary.value(QStringLiteral("functionsRun")).toInt(), 8);
    EXPECT_EQ(summary.value(QStringLiteral("functionFailures")).toInt(), 6);
    EXPECT_EQ(summary.value(QStringLiteral("spaceValues")).toObject().value(QStringLiteral("room-1")).toObject()
                  .value(QStringLiteral("AvailableAndFresh")).toString(),
              QStringLiteral("Room is not available: the air is stale."));
}
