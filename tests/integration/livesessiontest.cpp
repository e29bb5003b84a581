// SPDX-License-Identifier: GPL-3.0-or-later
#include "mosquittobroker.h"
#include "functionfixture.h"

#include "functions/functioneditor.h"
#include "functions/truststore.h"
#include "itemmodels/inspectormodel.h"
#include "itemmodels/functionstatusmodel.h"
#include "live/livereadingsfeed.h"
#include "live/livesession.h"
#include "itemmodels/notificationmodel.h"
#include "store/projectstore.h"
#include "telemetry/telemetrysource.h"
#include "telemetry/telemetrysourceregistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace twin;
using namespace twintest;

namespace {


const char *const kNotifyingSource = R"JS(function process(telemetry, executionContext) {
    var sensor = getSensorMetadata(telemetry.SensorId);
    sendNotification(sensor.Space().Id, "Space", JSON.stringify({ co2: telemetry.Value }));
}
)JS";

const char *const kComfortSource = R"JS(function process(telemetry, executionContext) {
    var sensor = getSensorMetadata(telemetry.SensorId);
    setSpaceValue(sensor.Space().Id, "AirQuality", telemetry.Value > 1000 ? "poor" : "good");
}
)JS";

/// The room topology with a function that notifies on every CO2 sample.
void addNotifyingFunction(Project *project)
{
    QString error;
    ASSERT_TRUE(FunctionEditor(project).addFunction(
        makeFunction(QStringLiteral("co2alert"), QString::fromUtf8(kNotifyingSource),
                     {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}),
        &error))
        << error.toStdString();
}

/// A session with its trust remembered in a file of the test's own.
struct SessionFixture
{
    SessionFixture()
    {
        buildRoomTopology(&project);
        session.setTrustStoreFile(dir.filePath(QStringLiteral("trust.json")));
    }

    QTemporaryDir dir;
    Project project;
    LiveSession session{&project};
};

/// Publishes to \a url from a client of the test's own.
class Publisher
{
public:
    bool start(const QString &url, QString *error)
    {
        m_source.reset(TelemetrySourceRegistry::create(QStringLiteral("mqtt"), nullptr, error));
        return m_source && m_source->start(QVariantMap{{QStringLiteral("url"), url}}, error);
    }
    void publish(const char *topic, const char *payload)
    {
        QString error;
        m_source->publish(topic, payload, 0, &error);
    }

private:
    std::unique_ptr<TelemetrySource> m_source;
};

} // namespace

TEST(LiveSession, SimulatorValuesArriveWithARate)
{
    SessionFixture f;
    TrustStore::markCreatedHere(&f.project);
    QStringList changed;
    QObject::connect(&f.session, &LiveSession::valuesChanged, [&](const QStringList &ids) { changed += ids; });
    int statistics = 0;
    QObject::connect(&f.session, &LiveSession::statisticsChanged, [&] { ++statistics; });

    QElapsedTimer call;
    call.start();
    f.session.runSimulator(50);
    EXPECT_LT(call.elapsed(), 200); // the GUI thread does not wait for the source
    EXPECT_TRUE(f.session.isActive());
    ASSERT_TRUE(waitUntil([&] { return f.session.state() == LiveSession::State::Connected; }));
    EXPECT_TRUE(f.session.isSimulator());
    EXPECT_EQ(f.session.sourceName(), QStringLiteral("simulator"));
    ASSERT_TRUE(waitUntil([&] { return f.session.messageRate() > 0 && f.session.latest(QStringLiteral("co2-1")); }));
    const std::optional<LiveReading> co2 = f.session.latest(QStringLiteral("co2-1"));
    EXPECT_EQ(co2->dataType, QStringLiteral("CarbonDioxide"));
    EXPECT_GT(co2->value.toDouble(), 300.0);
    EXPECT_GT(co2->timestampMs, 0);
    const std::optional<LiveReading> motion = f.session.latest(QStringLiteral("motion-1"));
    ASSERT_TRUE(motion);
    EXPECT_EQ(motion->value.typeId(), QMetaType::Bool);
    EXPECT_FALSE(f.session.latest(QStringLiteral("room-1"))); // no point of its own
    EXPECT_TRUE(changed.contains(QStringLiteral("co2-1")));
    EXPECT_GT(f.session.counters().received, 0u);
    EXPECT_EQ(f.session.counters().malformed, 0u);

    // Figures are announced on the tick, not per message: 50 msg/s × 3 points.
    const int before = statistics;
    const quint64 received = f.session.counters().received;
    waitUntil([] { return false; }, 500);
    EXPECT_LE(statistics - before, 8);
    EXPECT_GT(f.session.counters().received, received);

    f.session.disconnectFromSource();
    EXPECT_EQ(f.session.state(), LiveSession::State::Disconnected);
    EXPECT_EQ(f.session.messageRate(), 0.0);
    // The last values stay readable.
    EXPECT_TRUE(f.session.latest(QStringLiteral("co2-1")));
}

TEST(LiveSession, FunctionNotificationsReachTheModel)
{
    SessionFixture f;
    addNotifyingFunction(&f.project);
    TrustStore::markCreatedHere(&f.project);
    f.session.runSimulator(50);
    ASSERT_TRUE(waitUntil([&] { return f.session.notifications()->rowCount() >= 3; }))
        << "functions run: " << f.session.counters().functionsRun;
    EXPECT_FALSE(f.session.isTrustRequired());
    const FunctionNotification newest = f.session.notifications()->notification(0);
    EXPECT_EQ(newest.twinId, QStringLiteral("room-1"));
    EXPECT_EQ(newest.type, QStringLiteral("Space"));
    EXPECT_EQ(newest.function, QStringLiteral("co2alert"));
    EXPECT_TRUE(newest.payload.contains(QStringLiteral("co2"))) << newest.payload.toStdString();
    EXPECT_GE(newest.timeMs, f.session.notifications()->notification(1).timeMs);
    FunctionStatusModel *functions = f.session.functions();
    const int row = functions->rowOf(QStringLiteral("co2alert"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(functions->runState(), FunctionStatusModel::RunState::Running);
    ASSERT_TRUE(waitUntil([&] {
        return functions->data(functions->index(row, 0), FunctionStatusModel::InvocationsRole).toULongLong() >= 3;
    }));
    f.session.disconnectFromSource();
}

TEST(LiveSession, SpaceValueSetByAFunctionInALiveSessionShowsInTheInspector)
{
    SessionFixture f;
    Project &project = f.project;
    LiveSession &session = f.session;
    QString error;
    ASSERT_TRUE(FunctionEditor(&project).addFunction(
        makeFunction(QStringLiteral("airquality"), QString::fromUtf8(kComfortSource),
                     {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}),
        &error))
        << error.toStdString();
    TrustStore::markCreatedHere(&project);
    InspectorModel model(&project);
    model.followLiveValues(&session);
    model.setTwin(QStringLiteral("room-1"));
    EXPECT_FALSE(model.sectionIndex(InspectorModel::RowKind::Computed).isValid());
    // The views' feed names the function that wrote a computed value.
    LiveReadingsFeed feed(&session);
    QString writer;
    QObject::connect(&feed, &LiveReadingsFeed::readingsArrived, [&](const QList<LiveReading> &readings) {
        for (const LiveReading &r : readings) {
            if (r.twinId == QStringLiteral("room-1") && r.name == QStringLiteral("AirQuality"))
                writer = r.function;
        }
    });

    session.runSimulator(50);
    ASSERT_TRUE(waitUntil([&] { return model.findRow(InspectorModel::RowKind::Computed, QStringLiteral("AirQuality")).isValid(); }))
        << "functions run: " << session.counters().functionsRun;
    const QModelIndex row = model.findRow(InspectorModel::RowKind::Computed, QStringLiteral("AirQuality"));
    const QString value = row.siblingAtColumn(InspectorModel::ValueColumn).data().toString();
    EXPECT_TRUE(value == QStringLiteral("good") || value == QStringLiteral("poor")) << value.toStdString();
    EXPECT_GT(row.data(InspectorModel::LiveTimestampRole).toDateTime().toMSecsSinceEpoch(), 0);
    ASSERT_EQ(session.computedReadings(QStringLiteral("room-1")).size(), 1);
    EXPECT_EQ(session.computedReadings(QStringLiteral("room-1")).first().function, QStringLiteral("airquality"));
    ASSERT_TRUE(waitUntil([&] { return !writer.isEmpty(); }));
    EXPECT_EQ(writer, QStringLiteral("airquality"));
    // Only the twin the values are for.
    model.setTwin(QStringLiteral("room-2"));
    EXPECT_FALSE(model.sectionIndex(InspectorModel::RowKind::Computed).isValid());
    model.setTwin(QStringLiteral("room-1"));
    EXPECT_TRUE(model.findRow(InspectorModel::RowKind::Computed, QStringLiteral("AirQuality")).isValid());

    session.disconnectFromSource();
    EXPECT_FALSE(model.sectionIndex(InspectorModel::RowKind::Computed).isValid());
}

TEST(LiveSession, UntrustedProjectRunsNoFunctionsUntilTrusted)
{
    SessionFixture f;
    addNotifyingFunction(&f.project);
    QString error;
    const QString file = f.dir.filePath(QStringLiteral("elsewhere.twinproj"));
    ASSERT_TRUE(ProjectStore::save(&f.project, file, &error)) << error.toStdString();
    ASSERT_EQ(f.project.fileName(), file);
    int asked = 0;
    QObject::connect(&f.session, &LiveSession::trustRequired, [&] { ++asked; });

    f.session.runSimulator(50);
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(f.session.isTrustRequired());
    EXPECT_EQ(f.session.functions()->runState(), FunctionStatusModel::RunState::Untrusted);
    // Telemetry flows; functions do not run.
    ASSERT_TRUE(waitUntil([&] { return f.session.counters().processed >= 30; }));
    waitUntil([] { return false; }, 300);
    EXPECT_EQ(f.session.counters().functionsRun, 0u);
    EXPECT_EQ(f.session.notifications()->rowCount(), 0);

    ASSERT_TRUE(f.session.trustFunctions(&error)) << error.toStdString();
    EXPECT_FALSE(f.session.isTrustRequired());
    ASSERT_TRUE(waitUntil([&] { return f.session.notifications()->rowCount() > 0; }));
    EXPECT_EQ(f.session.functions()->runState(), FunctionStatusModel::RunState::Running);
    // Remembered for this file and these functions.
    EXPECT_TRUE(TrustStore(f.dir.filePath(QStringLiteral("trust.json"))).mayRun(f.project));
    // History went to the companion file.
    f.session.disconnectFromSource();
    EXPECT_TRUE(waitUntil([&] { return QFile::exists(file + QStringLiteral(".history")); }));
}

TEST(LiveSession, FailingFunctionIsDisabledWithAReasonAsAnUndoableEdit)
{
    SessionFixture f;
    TrustStore::markCreatedHere(&f.project);
    QString error;
    ASSERT_TRUE(FunctionEditor(&f.project)
                    .addFunction(makeFunction(QStringLiteral("broken"),
                                              QStringLiteral("function process(t) {\n  throw new Error('sensor ' + t.SensorId);\n}"),
                                              {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}),
                                 &error))
        << error.toStdString();
    f.project.markSaved();
    QString disabled, why;
    QObject::connect(&f.session, &LiveSession::functionDisabled, [&](const QString &name, const QString &reason) {
        disabled = name;
        why = reason;
    });
    f.session.runSimulator(50);
    ASSERT_TRUE(waitUntil([&] { return !disabled.isEmpty(); }));
    EXPECT_EQ(disabled, QStringLiteral("broken"));
    EXPECT_TRUE(why.contains(QStringLiteral("broken.js:2"))) << why.toStdString();

    FunctionDefinition d;
    ASSERT_TRUE(FunctionEditor(&f.project).function(QStringLiteral("broken"), &d));
    EXPECT_FALSE(d.enabled);
    EXPECT_EQ(d.disabledReason, why);
    EXPECT_TRUE(f.project.isModified()); // saved with the project
    FunctionStatusModel *functions = f.session.functions();
    const QModelIndex state = functions->index(functions->rowOf(QStringLiteral("broken")), FunctionStatusModel::StateColumn);
    EXPECT_TRUE(functions->data(state).toString().contains(why));
    ASSERT_TRUE(waitUntil([&] {
        return functions->data(state, FunctionStatusModel::FailuresRole).toULongLong() >= 5;
    }));

    f.project.undoStack()->undo();
    ASSERT_TRUE(FunctionEditor(&f.project).function(QStringLiteral("broken"), &d));
    EXPECT_TRUE(d.enabled);
    // Disabling did not cost the project its trust.
    EXPECT_FALSE(f.session.isTrustRequired());
    f.session.disconnectFromSource();
}

TEST(LiveSession, BrokerConnectValuesAndReconnect)
{
    TWIN_REQUIRE_MOSQUITTO();
    MosquittoBroker broker;
    QString error;
    ASSERT_TRUE(broker.start(&error)) << error.toStdString();
    SessionFixture f;
    QStringList errors;
    QObject::connect(&f.session, &LiveSession::errorOccurred, [&](const QString &m) { errors.append(m); });

    f.session.connectToBroker(broker.url());
    EXPECT_EQ(f.session.state(), LiveSession::State::Connecting);
    ASSERT_TRUE(waitUntil([&] { return f.session.state() == LiveSession::State::Connected; }));
    EXPECT_EQ(f.session.sourceName(), broker.url());

    Publisher publisher;
    ASSERT_TRUE(publisher.start(broker.url(), &error)) << error.toStdString();
    ASSERT_TRUE(waitUntil([&] {
        publisher.publish("twins/co2-1/telemetry", "{\"value\": 612}");
        return f.session.messageRate() > 0 && f.session.latest(QStringLiteral("co2-1"));
    }));
    EXPECT_EQ(f.session.latest(QStringLiteral("co2-1"))->value.toDouble(), 612.0);
    publisher.publish("twins/co2-1/telemetry", "not json");
    ASSERT_TRUE(waitUntil([&] { return f.session.counters().malformed == 1; }));

    const int port = broker.port();
    broker.stop();
    // The source reports the state and the error as two signals from its own thread: on
    // a busy machine the second may come a moment after the first.
    ASSERT_TRUE(waitUntil([&] { return f.session.state() == LiveSession::State::Reconnecting; }));
    EXPECT_TRUE(waitUntil([&] { return !f.session.errorText().isEmpty(); }));
    EXPECT_FALSE(errors.isEmpty());
    ASSERT_TRUE(broker.start(&error, port)) << error.toStdString();
    ASSERT_TRUE(waitUntil([&] { return f.session.state() == LiveSession::State::Connected; }, 40000));
    EXPECT_TRUE(f.session.errorText().isEmpty());

    Publisher again;
    ASSERT_TRUE(again.start(broker.url(), &error)) << error.toStdString();
    ASSERT_TRUE(waitUntil([&] {
        again.publish("twins/co2-1/telemetry", "{\"value\": 713}");
        const auto r = f.session.latest(QStringLiteral("co2-1"));
        return r && r->value.toDouble() == 713.0;
    }));

    QElapsedTimer call;
    call.start();
    f.session.disconnectFromSource();
    EXPECT_LT(call.elapsed(), 200);
    EXPECT_EQ(f.session.state(), LiveSession::State::Disconnected);
}

TEST(LiveSession, UnreachableBrokerFailsWithAReasonWithoutBlocking)
{
    TWIN_REQUIRE_MOSQUITTO();
    MosquittoBroker broker;
    QString error;
    ASSERT_TRUE(broker.start(&error)) << error.toStdString();
    const QString url = broker.url();
    broker.stop(); // nothing listens there now
    SessionFixture f;
    QElapsedTimer call;
    call.start();
    f.session.connectToBroker(url);
    EXPECT_LT(call.elapsed(), 200);
    ASSERT_TRUE(waitUntil([&] { return f.session.state() == LiveSession::State::Disconnected; }, 30000));
    EXPECT_TRUE(f.session.errorText().contains(url)) << f.session.errorText().toStdString();
}
