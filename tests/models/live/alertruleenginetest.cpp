// SPDX-License-Identifier: GPL-3.0-or-later
#include "../functions/functionfixture.h"

#include "functions/demoproject.h"
#include "document/project.h"
#include "live/alertruleengine.h"
#include "live/livesetup.h"
#include "live/livevaluestore.h"
#include "live/setalertrulescommand.h"
#include "telemetry/telemetrysink.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

#include <memory>

#include <gtest/gtest.h>

using namespace twin;

namespace {

AlertRule rule(const char *json)
{
    AlertRule r;
    QString error;
    EXPECT_TRUE(AlertRule::fromJson(QJsonDocument::fromJson(json).object(), &r, &error)) << error.toStdString();
    return r;
}

/// An engine on a fake clock, with the notifications it sends.
struct Fixture
{
    explicit Fixture(const QList<AlertRule> &rules, const QString &twin = QStringLiteral("room-1"))
    {
        QList<AlertRuleEngine::Target> targets;
        for (int i = 0; i < rules.size(); ++i)
            targets.append({i, twin});
        engine = std::make_unique<AlertRuleEngine>(
            rules, targets, [this](const FunctionNotification &n) { sent.append(n); }, [this] { return now; });
    }
    void feed(double value) { engine->observe(u"room-1", u"temperature", u"Temperature", value); }
    QString lastState() const
    {
        return sent.isEmpty() ? QString()
                              : QJsonDocument::fromJson(sent.last().payload.toUtf8()).object().value(QStringLiteral("alert")).toString();
    }

    qint64 now = 1'000'000;
    QList<FunctionNotification> sent;
    std::unique_ptr<AlertRuleEngine> engine;
};

} // namespace

TEST(AlertRule, ReadsAndWritesJsonAndRefusesWhatIsWrong)
{
    const AlertRule r = rule(R"({"interface":"dtmi:x:Room;1","value":"Temperature","condition":"outside",
                                 "low":18,"high":26,"severity":"critical","delaySeconds":30,"hysteresis":0.5})");
    EXPECT_EQ(r.condition, AlertRule::Condition::Outside);
    EXPECT_EQ(r.delayMs, 30000);
    AlertRule back;
    QString error;
    ASSERT_TRUE(AlertRule::fromJson(r.toJson(), &back, &error)) << error.toStdString();
    EXPECT_EQ(back.toJson(), r.toJson());
    for (const char *bad : {R"({"value":"T","condition":"above","threshold":1})",
                            R"({"twin":"a","value":"T","condition":"sideways","threshold":1})",
                            R"({"twin":"a","value":"T","condition":"above"})",
                            R"({"twin":"a","value":"T","condition":"outside","low":5,"high":1})",
                            R"({"twin":"a","value":"T","condition":"noData","forSeconds":0})",
                            R"({"twin":"a","value":"T","condition":"above","threshold":1,"severity":"panic"})"}) {
        EXPECT_FALSE(AlertRule::fromJson(QJsonDocument::fromJson(bad).object(), &back, &error)) << bad;
        EXPECT_FALSE(error.isEmpty());
    }
}

TEST(AlertRuleEngine, RaisesAfterItsDelayAndClearsWithHysteresis)
{
    Fixture f({rule(R"({"twin":"room-1","value":"Temperature","condition":"above","threshold":28,
                         "delaySeconds":60,"hysteresis":1,"severity":"critical"})")});
    f.feed(29);
    EXPECT_TRUE(f.sent.isEmpty()) << "not before its delay";
    f.now += 59'000;
    f.engine->evaluate();
    EXPECT_TRUE(f.sent.isEmpty());
    f.now += 1'000;
    f.engine->evaluate();
    ASSERT_EQ(f.sent.size(), 1);
    EXPECT_EQ(f.lastState(), QStringLiteral("raised"));
    EXPECT_EQ(f.sent.last().twinId, QStringLiteral("room-1"));
    EXPECT_EQ(f.sent.last().type, QStringLiteral("Alert"));
    EXPECT_EQ(f.sent.last().timeMs, f.now);
    EXPECT_EQ(f.engine->activeCount(), 1);

    f.feed(27.5); // below the threshold, not by the hysteresis
    EXPECT_EQ(f.sent.size(), 1);
    f.feed(27); // threshold - hysteresis: clears
    ASSERT_EQ(f.sent.size(), 2);
    EXPECT_EQ(f.lastState(), QStringLiteral("cleared"));
    EXPECT_EQ(f.engine->raisedCount(), 1u);
    EXPECT_EQ(f.engine->clearedCount(), 1u);
    EXPECT_EQ(f.engine->activeCount(), 0);
}

TEST(AlertRuleEngine, AShortExcursionDoesNotRaise)
{
    Fixture f({rule(R"({"twin":"room-1","value":"temperature","condition":"above","threshold":28,"delaySeconds":60})")});
    f.feed(30);
    f.now += 30'000;
    f.feed(20);
    f.now += 60'000;
    f.engine->evaluate();
    EXPECT_TRUE(f.sent.isEmpty());
}

TEST(AlertRuleEngine, BelowOutsideAndEquals)
{
    Fixture f({rule(R"({"twin":"room-1","value":"Temperature","condition":"below","threshold":10})"),
               rule(R"({"twin":"room-1","value":"Temperature","condition":"outside","low":15,"high":25,"hysteresis":1})"),
               rule(R"({"twin":"room-1","value":"Temperature","condition":"equals","threshold":5})")});
    f.feed(20);
    EXPECT_TRUE(f.sent.isEmpty());
    f.feed(5); // below 10, outside 15..25, equals 5
    EXPECT_EQ(f.engine->raisedCount(), 3u);
    f.feed(15.5); // clears "below" and "equals"; "outside" needs 16
    EXPECT_EQ(f.engine->clearedCount(), 2u);
    f.feed(16);
    EXPECT_EQ(f.engine->clearedCount(), 3u);
}

TEST(AlertRuleEngine, NoDataForADuration)
{
    Fixture f({rule(R"({"twin":"room-1","value":"Temperature","condition":"noData","forSeconds":300})")});
    f.now += 299'000;
    f.engine->evaluate();
    EXPECT_TRUE(f.sent.isEmpty());
    f.now += 1'000;
    f.engine->evaluate();
    EXPECT_EQ(f.lastState(), QStringLiteral("raised"));
    f.feed(21);
    EXPECT_EQ(f.lastState(), QStringLiteral("cleared"));
    f.now += 200'000;
    f.engine->evaluate();
    EXPECT_EQ(f.sent.size(), 2);
}

TEST(AlertRuleEngine, InterfaceRulesWatchEveryTwinExtendingIt)
{
    Project project;
    Diagnostics d;
    ASSERT_TRUE(project.setContent(demoProjectContent(), &d));
    const QList<AlertRule> rules{rule(R"({"interface":"dtmi:twinstudio:core:Sensor;1","value":"Temperature",
                                          "condition":"above","threshold":1})"),
                                 rule(R"({"twin":"no-such-twin","value":"Temperature","condition":"above","threshold":1})")};
    const QList<AlertRuleEngine::Target> targets = AlertRuleEngine::targetsIn(project, rules);
    EXPECT_GT(targets.size(), 1);
    for (const AlertRuleEngine::Target &t : targets) {
        EXPECT_EQ(t.rule, 0);
        const Twin *twin = project.graph()->findTwin(t.twinId);
        ASSERT_TRUE(twin);
        EXPECT_TRUE(project.models().isA(twin->model, QStringLiteral("dtmi:twinstudio:core:Sensor;1"))
                    || twin->model == QStringLiteral("dtmi:twinstudio:core:Sensor;1"));
    }
}

TEST(SetAlertRulesCommand, AddAndRemoveAreUndoableSteps)
{
    Project project;
    QString error;
    EXPECT_FALSE(SetAlertRulesCommand::add(&project, QJsonObject{{QStringLiteral("twin"), QStringLiteral("a")}}, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(project.isModified());
    const QJsonObject json = QJsonDocument::fromJson(R"({"twin":"a","value":"T","condition":"below","threshold":3})").object();
    ASSERT_TRUE(SetAlertRulesCommand::add(&project, json, &error)) << error.toStdString();
    EXPECT_TRUE(project.isModified());
    ASSERT_EQ(SetAlertRulesCommand::rulesOf(project).size(), 1);
    EXPECT_EQ(SetAlertRulesCommand::rulesOf(project).at(0).toObject().value(QStringLiteral("condition")).toString(),
              QStringLiteral("below"));
    ASSERT_TRUE(SetAlertRulesCommand::remove(&project, 0, &error));
    EXPECT_TRUE(SetAlertRulesCommand::rulesOf(project).isEmpty());
    EXPECT_FALSE(SetAlertRulesCommand::remove(&project, 0, &error));
    project.undoStack()->undo();
    EXPECT_EQ(SetAlertRulesCommand::rulesOf(project).size(), 1);
    project.undoStack()->undo();
    EXPECT_TRUE(SetAlertRulesCommand::rulesOf(project).isEmpty());
    EXPECT_FALSE(project.isModified());
}

TEST(AlertRuleEngine, RunsInThePipelineBeforeTheFunctionsAndNotifiesWhereTheyDo)
{
    twintest::FunctionFixture f;
    f.add(twintest::makeFunction(QStringLiteral("co2note"),
                                 QStringLiteral("function process(telemetry, executionContext) {\n"
                                                "    sendNotification(telemetry.SensorId, \"Sensor\", \"co2\");\n}\n"),
                                 {twintest::dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    QString error;
    ASSERT_TRUE(SetAlertRulesCommand::add(
        &f.project,
        QJsonDocument::fromJson(R"({"twin":"co2-1","value":"CarbonDioxide","condition":"above","threshold":800})").object(),
        &error))
        << error.toStdString();

    LiveSetup setup;
    setup.bind(f.project);
    QStringList errors;
    setup.enableAlerts(f.project, &errors);
    setup.enableFunctions(f.project);
    EXPECT_TRUE(errors.isEmpty());
    ASSERT_NE(setup.alerts(), nullptr);
    TelemetryPipeline::Options options;
    options.history = false;
    ASSERT_TRUE(setup.pipeline().start(options, &error)) << error.toStdString();
    TelemetrySink *sink = setup.pipeline().createSink();
    sink->deliver("twins/co2-1/telemetry", "{\"value\": 900}");
    ASSERT_TRUE(setup.pipeline().waitIdle(10000));
    sink->deliver("twins/co2-1/telemetry", "{\"value\": 500}");
    ASSERT_TRUE(setup.pipeline().waitIdle(10000));
    setup.stop();

    EXPECT_EQ(setup.alerts()->raisedCount(), 1u);
    EXPECT_EQ(setup.alerts()->clearedCount(), 1u);
    int alerts = 0;
    int functions = 0;
    for (const FunctionNotification &n : setup.values()->takeNotifications()) {
        alerts += n.type == QStringLiteral("Alert") ? 1 : 0;
        functions += n.function == QStringLiteral("co2note") ? 1 : 0;
    }
    EXPECT_EQ(alerts, 2);
    EXPECT_EQ(functions, 2) << "the functions still see every sample";
}
