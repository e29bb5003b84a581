// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/bindingfixtures.h"

#include "document/project.h"
#include "telemetry/bindingcheck.h"
#include "telemetry/setbindingscommand.h"
#include "telemetry/telemetrypipeline.h"
#include "telemetry/telemetrysink.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace twin;

namespace {

struct PatternFixture : ::testing::Test
{
    void SetUp() override { twintest::climateSite(project); }
    void startPipeline()
    {
        pipeline.setProject(project, &diagnostics);
        TelemetryPipeline::Options options;
        options.history = false;
        QString error;
        ASSERT_TRUE(pipeline.start(options, &error)) << error.toStdString();
        sink = pipeline.createSink();
    }
    double latest(const char *twinId, const char *name)
    {
        EXPECT_TRUE(pipeline.waitIdle(5000));
        LiveValue v;
        EXPECT_TRUE(pipeline.latestValue(QString::fromLatin1(twinId), QString::fromLatin1(name), &v)) << twinId;
        return v.number;
    }
    Project project;
    TelemetryPipeline pipeline;
    TelemetrySink *sink = nullptr;
    Diagnostics diagnostics;
};

} // namespace

TEST_F(PatternFixture, APatternBindsEveryTwinOfItsModelWithScaleAndOffset)
{
    QString error;
    ASSERT_TRUE(SetBindingsCommand::add(&project,
                                        QJsonObject{{QStringLiteral("model"), twintest::climateDtmi()},
                                                    {QStringLiteral("name"), QStringLiteral("temperature")},
                                                    {QStringLiteral("topic"), QStringLiteral("site/+/{twin}/climate")},
                                                    {QStringLiteral("path"), QStringLiteral("/t")},
                                                    {QStringLiteral("scale"), 5.0 / 9.0},
                                                    {QStringLiteral("offset"), -160.0 / 9.0}},
                                        &error))
        << error.toStdString();
    startPipeline();
    EXPECT_TRUE(diagnostics.isEmpty()) << diagnostics.first().format().toStdString();
    const QList<Subscription> subscriptions = pipeline.subscriptions();
    EXPECT_EQ(subscriptions.count(Subscription{QStringLiteral("site/+/+/climate"), 1}), 1)
        << "one subscription for the whole pattern";

    sink->deliver("site/b1/zone-a/climate", R"({"t": 68})");
    sink->deliver("site/b2/zone-b/climate", R"({"t": 77})");
    sink->deliver("site/b2/zone-c/climate", R"({"t": 32})");
    sink->deliver("site/b1/other-1/climate", R"({"t": 50})");
    EXPECT_NEAR(latest("zone-a", "temperature"), 20.0, 1e-9);
    EXPECT_NEAR(latest("zone-b", "temperature"), 25.0, 1e-9);
    EXPECT_NEAR(latest("zone-c", "temperature"), 0.0, 1e-9);
    EXPECT_EQ(pipeline.counters().unbound, 1u) << "other-1 is no Climate twin";
}

TEST_F(PatternFixture, ABindingThatNoLongerFitsIsReportedNotDropped)
{
    QString error;
    const QJsonObject entry{{QStringLiteral("twin"), QStringLiteral("zone-a")},
                            {QStringLiteral("name"), QStringLiteral("humidity")},
                            {QStringLiteral("topic"), QStringLiteral("vendor/zone-a")}};
    ASSERT_TRUE(SetBindingsCommand::add(&project, entry, &error)) << error.toStdString();
    ASSERT_TRUE(project.removeTwin(QStringLiteral("zone-a"), &error)) << error.toStdString();
    EXPECT_EQ(project.bindings().size(), 1) << "the binding stays in the project";
    EXPECT_EQ(BindingCheck::problem(project, entry), QStringLiteral("The twin 'zone-a' does not exist"));
    startPipeline();
    ASSERT_EQ(diagnostics.size(), 1);
    EXPECT_TRUE(diagnostics.first().format().contains(QStringLiteral("/bindings/0"))) << diagnostics.first().format().toStdString();
}

TEST_F(PatternFixture, SetBindingsCommandRefusesWhatDoesNotFitAndUndoes)
{
    QString error;
    EXPECT_FALSE(SetBindingsCommand::add(&project,
                                         QJsonObject{{QStringLiteral("twin"), QStringLiteral("zone-a")},
                                                     {QStringLiteral("name"), QStringLiteral("settings")},
                                                     {QStringLiteral("topic"), QStringLiteral("x")}},
                                         &error));
    EXPECT_EQ(error, QStringLiteral("The schema of settings is not a number, boolean, string or enum"));
    EXPECT_FALSE(SetBindingsCommand::add(&project,
                                         QJsonObject{{QStringLiteral("twin"), QStringLiteral("zone-a")},
                                                     {QStringLiteral("name"), QStringLiteral("nothing")},
                                                     {QStringLiteral("topic"), QStringLiteral("x")}},
                                         &error));
    EXPECT_EQ(error, QStringLiteral("nothing is not a telemetry or property of dtmi:test:Climate;1"));
    EXPECT_FALSE(SetBindingsCommand::add(&project,
                                         QJsonObject{{QStringLiteral("twin"), QStringLiteral("zone-a")},
                                                     {QStringLiteral("name"), QStringLiteral("occupied")},
                                                     {QStringLiteral("topic"), QStringLiteral("x")},
                                                     {QStringLiteral("scale"), 2.0}},
                                         &error));
    EXPECT_FALSE(SetBindingsCommand::add(&project,
                                         QJsonObject{{QStringLiteral("model"), twintest::climateDtmi()},
                                                     {QStringLiteral("topic"), QStringLiteral("a/{twin}/{twin}")}},
                                         &error));
    EXPECT_TRUE(project.bindings().isEmpty());

    const int before = project.undoStack()->index();
    ASSERT_TRUE(SetBindingsCommand::add(&project,
                                        QJsonObject{{QStringLiteral("twin"), QStringLiteral("zone-a")},
                                                    {QStringLiteral("name"), QStringLiteral("temperature")},
                                                    {QStringLiteral("topic"), QStringLiteral("x")}},
                                        &error));
    EXPECT_EQ(project.undoStack()->index(), before + 1) << "one undo step";
    project.undoStack()->undo();
    EXPECT_TRUE(project.bindings().isEmpty());
    project.undoStack()->redo();
    EXPECT_EQ(project.bindings().size(), 1);
}

TEST(BindingCheck, ValuesAreCheckedAgainstTheSchema)
{
    BindingTarget number{QStringLiteral("t"), false, QStringLiteral("double"), {}, {}, {}};
    BindingTarget integer{QStringLiteral("n"), true, QStringLiteral("integer"), {}, {}, {}};
    BindingTarget boolean{QStringLiteral("b"), true, QStringLiteral("boolean"), {}, {}, {}};
    BindingTarget text{QStringLiteral("s"), true, QStringLiteral("string"), {}, {}, {}};
    BindingTarget mode{QStringLiteral("mode"), true, QStringLiteral("enum"), {},
                       {QStringLiteral("eco"), QStringLiteral("comfort")},
                       {QJsonValue(QStringLiteral("eco")), QJsonValue(QStringLiteral("comfort"))}};
    QJsonValue bound;
    QString error;
    EXPECT_TRUE(BindingCheck::checkValue(number, QJsonValue(QStringLiteral("21.5")), 2.0, 1.0, &bound, &error));
    EXPECT_EQ(bound, QJsonValue(44.0));
    EXPECT_FALSE(BindingCheck::checkValue(number, QJsonValue(QStringLiteral("warm")), 1.0, 0.0, &bound, &error));
    EXPECT_EQ(error, QStringLiteral("t takes a number, not \"warm\""));
    EXPECT_FALSE(BindingCheck::checkValue(integer, QJsonValue(2.5), 1.0, 0.0, &bound, &error));
    EXPECT_TRUE(BindingCheck::checkValue(boolean, QJsonValue(QStringLiteral("TRUE")), 1.0, 0.0, &bound, &error));
    EXPECT_EQ(bound, QJsonValue(true));
    EXPECT_FALSE(BindingCheck::checkValue(boolean, QJsonValue(QStringLiteral("on?")), 1.0, 0.0, &bound, &error));
    EXPECT_FALSE(BindingCheck::checkValue(boolean, QJsonValue(true), 2.0, 0.0, &bound, &error));
    EXPECT_TRUE(BindingCheck::checkValue(text, QJsonValue(3), 1.0, 0.0, &bound, &error));
    EXPECT_FALSE(BindingCheck::checkValue(text, QJsonValue(QJsonObject()), 1.0, 0.0, &bound, &error));
    EXPECT_TRUE(BindingCheck::checkValue(mode, QJsonValue(QStringLiteral("comfort")), 1.0, 0.0, &bound, &error));
    EXPECT_FALSE(BindingCheck::checkValue(mode, QJsonValue(QStringLiteral("turbo")), 1.0, 0.0, &bound, &error));
    EXPECT_EQ(error, QStringLiteral("mode takes one of eco, comfort, not \"turbo\""));
    EXPECT_EQ(BindingCheck::twinOf(QStringLiteral("site/+/{twin}/climate"), QStringLiteral("site/b/zone-a/climate")),
              QStringLiteral("zone-a"));
    EXPECT_EQ(BindingCheck::twinOf(QStringLiteral("site/+/{twin}/climate"), QStringLiteral("site/b/zone-a/other")),
              QString());
}
