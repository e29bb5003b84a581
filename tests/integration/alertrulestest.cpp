// SPDX-License-Identifier: GPL-3.0-or-later
// Alert rules made with "twinctl project alerts" and run by "twinctl ingest" on messages
// from a real mosquitto.
#include "mosquittobroker.h"

#include "support/testsupport.h"
#include "telemetrytestutil.h"

#include "document/project.h"
#include "store/projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using twintest::MosquittoBroker;

TEST(TwinctlAlerts, RulesAreEditedHeadlessAndCheckedOnTheWay)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("site.twinproj"));
    const auto created = twintest::runTool(QStringLiteral("twinctl"),
                                           {QStringLiteral("project"), QStringLiteral("new"), file, QStringLiteral("--demo")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    auto alerts = [&](const QStringList &more) {
        return twintest::runTool(QStringLiteral("twinctl"), QStringList{QStringLiteral("project"), QStringLiteral("alerts"), file} + more);
    };
    EXPECT_EQ(alerts({QStringLiteral("--add"), QStringLiteral(R"({"interface":"dtmi:twinstudio:core:Sensor;1",
        "value":"CarbonDioxide","condition":"above","threshold":1000,"severity":"critical","delaySeconds":60})")}).exitCode, 0);
    EXPECT_EQ(alerts({QStringLiteral("--add"), QStringLiteral(R"({"twin":"room-1","value":"Temperature","condition":"noData","forSeconds":600})")}).exitCode, 0);
    const auto wrong = alerts({QStringLiteral("--add"), QStringLiteral(R"({"twin":"room-1","value":"T","condition":"sideways"})")});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains("condition")) << wrong.err.toStdString();
    EXPECT_EQ(alerts({QStringLiteral("--add"), QStringLiteral("not json")}).exitCode, 2);

    const auto listed = alerts({QStringLiteral("--list")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains("1 critical dtmi:twinstudio:core:Sensor;1: CarbonDioxide above 1000")) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains("2 warning  room-1: no Temperature for 600 s")) << listed.out.toStdString();

    EXPECT_EQ(alerts({QStringLiteral("--remove"), QStringLiteral("1")}).exitCode, 0);
    EXPECT_EQ(alerts({QStringLiteral("--remove"), QStringLiteral("5")}).exitCode, 1);
    const auto json = alerts({QStringLiteral("--json")});
    const QJsonArray rules = QJsonDocument::fromJson(json.out.trimmed()).array();
    ASSERT_EQ(rules.size(), 1) << json.out.toStdString();
    EXPECT_EQ(rules.at(0).toObject().value(QStringLiteral("twin")).toString(), QStringLiteral("room-1"));
}

TEST(TwinctlAlerts, IngestRaisesAfterTheDelayAndClearsWithHysteresis)
{
    TWIN_REQUIRE_MOSQUITTO();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("site.twinproj"));
    {
        twin::Project project;
        twin::Diagnostics diagnostics;
        ASSERT_TRUE(project.setContent(twintest::telemetrySite({}), &diagnostics));
        QString error;
        ASSERT_TRUE(twin::ProjectStore::save(&project, file, &error)) << error.toStdString();
    }
    const auto added = twintest::runTool(
        QStringLiteral("twinctl"),
        {QStringLiteral("project"), QStringLiteral("alerts"), file, QStringLiteral("--add"),
         QStringLiteral(R"({"twin":"temp-1","value":"Temperature","condition":"above","threshold":28,"hysteresis":2,"delaySeconds":0.3})")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();

    MosquittoBroker broker;
    QString error;
    ASSERT_TRUE(broker.start(&error)) << error.toStdString();
    QProcess ingest;
    QByteArray err;
    const QStringList args{QStringLiteral("--broker"), broker.url(), QStringLiteral("--project"), file,
                           QStringLiteral("--count"), QStringLiteral("4"), QStringLiteral("--duration"), QStringLiteral("60"),
                           QStringLiteral("--qos"), QStringLiteral("1"), QStringLiteral("--no-history"), QStringLiteral("--json")};
    ASSERT_TRUE(twintest::startIngest(&ingest, args, &err)) << err.toStdString();
    // 30: above, raised once its 0.3 s have passed; 27: not back by the hysteresis; 25: cleared.
    for (const char *value : {"30", "30", "27", "25"}) {
        ASSERT_TRUE(twintest::mosquittoPub(broker.url(), QStringLiteral("twins/temp-1/telemetry"),
                                           QStringLiteral(R"({"value": %1})").arg(QLatin1StringView(value))));
        QThread::msleep(500);
    }
    ASSERT_TRUE(ingest.waitForFinished(60000));
    const QByteArray out = ingest.readAllStandardOutput();
    ASSERT_EQ(ingest.exitCode(), 0) << out.toStdString() << ingest.readAllStandardError().toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    EXPECT_EQ(summary.value(QStringLiteral("received")).toInt(), 4);
    EXPECT_EQ(summary.value(QStringLiteral("alertsRaised")).toInt(), 1) << out.toStdString();
    EXPECT_EQ(summary.value(QStringLiteral("alertsCleared")).toInt(), 1) << out.toStdString();
    EXPECT_EQ(summary.value(QStringLiteral("notifications")).toInt(), 2) << out.toStdString();
}
