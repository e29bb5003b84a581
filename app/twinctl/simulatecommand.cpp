// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"
#include "liveoptions.h"

#include "document/project.h"
#include "live/livesetup.h"
#include "telemetry/bindingset.h"
#include "telemetry/pointregistry.h"
#include "telemetry/telemetrysink.h"
#include "telemetry/telemetrysource.h"
#include "telemetry/telemetrysourceregistry.h"
#include "telemetry/telemetrytypes.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>

namespace twinctl {

namespace {

/// Publishes what the simulator generates; waits (briefly) when the client's buffer is full.
class PublishingSink : public twin::TelemetrySink
{
public:
    PublishingSink(twin::TelemetrySource *transport, int qos)
        : m_transport(transport)
        , m_qos(qos)
    {
    }
    void deliver(std::string_view topic, std::string_view payload) override
    {
        QString error;
        while (!m_transport->publish(topic, payload, m_qos, &error)) {
            if (m_transport->state() == twin::TelemetrySource::State::Disconnected || m_giveUp.load()) {
                m_failed.fetch_add(1);
                return;
            }
            m_retries.fetch_add(1);
            QThread::usleep(200);
        }
    }
    void giveUp() { m_giveUp = true; }
    quint64 failed() const { return m_failed.load(); }
    quint64 retries() const { return m_retries.load(); }

private:
    twin::TelemetrySource *m_transport;
    int m_qos;
    std::atomic<bool> m_giveUp{false};
    std::atomic<quint64> m_failed{0};
    std::atomic<quint64> m_retries{0};
};

} // namespace

int runSimulate(const QStringList &args)
{
    const QString command = QStringLiteral("simulate");
    QCommandLineParser parser;
    LiveOptions opts({QStringLiteral("The project whose bound points are simulated."),
                      QStringLiteral("Publish exactly N messages in total, round-robin over the points, as fast "
                                     "as the broker accepts, then exit."),
                      QStringLiteral("Stop after S seconds (default: run until interrupted, or until --count is "
                                     "reached)."),
                      QStringLiteral("QoS of the published messages: 0, 1 or 2 (default 0)."),
                      QStringLiteral("Print the summary as one JSON object.")});
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Messages per second per point (default 1)."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the simulated values (default 1)."), QStringLiteral("N"));
    parser.addOptions(opts.options());
    parser.addOptions({rate, seed});
    int exitCode = ExitOk;
    if (!parseArguments(parser, command,
                        QStringLiteral(
                            "Publishes simulated telemetry for every bound point of a project: each sensor\n"
                            "twin on twins/{twinId}/telemetry ({\"value\": x, \"ts\": epoch-ms}) and each explicit\n"
                            "binding on its topic (wildcards replaced by the twin id and point name) with the\n"
                            "value at its JSON path. Values are realistic per data type (daily temperature\n"
                            "curves, humidity, CO2 and motion following office occupancy, power and energy\n"
                            "load profiles) and the same for the same --seed.\n\n"
                            "--rate N publishes N messages per second per point; --count N publishes exactly N\n"
                            "messages in total as fast as possible (large client buffers, no wait per message,\n"
                            "a wide QoS 1 in-flight window) and exits once the broker has taken them all.\n"
                            "Prints the number published and the rate."),
                        args, &exitCode))
        return exitCode;
    if (const int code = opts.read(parser, command, 0); code != ExitOk)
        return code;
    if (parser.isSet(rate) && parser.isSet(opts.countOption))
        return usageError(command, QStringLiteral("--rate and --count exclude each other"));
    bool ok = true;
    const double rateValue = parser.isSet(rate) ? parser.value(rate).toDouble(&ok) : 1.0;
    if (!ok || rateValue <= 0)
        return usageError(command, QStringLiteral("--rate must be a positive number"));
    const quint64 seedValue = parser.isSet(seed) ? parser.value(seed).toULongLong(&ok) : 1;
    if (!ok)
        return usageError(command, QStringLiteral("--seed must be an integer"));

    twin::Project project;
    if (!openLiveProject(opts.projectFile, &project))
        return ExitInvalidInput;
    twin::Diagnostics diagnostics;
    twin::PointRegistry points;
    twin::BindingSet bindings;
    bindings.build(project, &points, &diagnostics);
    printDiagnostics(diagnostics);
    const QVariantList simulated = twin::LiveSetup::simulatedPoints(bindings, points);
    if (simulated.isEmpty()) {
        printErr(QStringLiteral("%1: error: the project has no sensor twins or bindings to simulate")
                     .arg(opts.projectFile));
        return ExitInvalidInput;
    }

    QString error;
    std::unique_ptr<twin::TelemetrySource> transport(
        twin::TelemetrySourceRegistry::create(QStringLiteral("mqtt"), nullptr, &error));
    std::unique_ptr<twin::TelemetrySource> simulator(
        transport ? twin::TelemetrySourceRegistry::create(QStringLiteral("simulator"), nullptr, &error) : nullptr);
    if (!transport || !simulator) {
        printErr(QStringLiteral("twinctl simulate: %1").arg(error));
        return ExitInvalidInput;
    }
    QVariantMap transportConfig{{QStringLiteral("url"), opts.broker},
                                {QStringLiteral("cleanSession"), true},
                                {QStringLiteral("maxBufferedMessages"), 2000000},
                                // --count is a bulk feed: the lean writer outruns Paho's
                                // per-message machinery (see MqttBulkPublisher).
                                {QStringLiteral("bulkPublish"), opts.count > 0 && opts.qos < 2
                                                                    && opts.broker.startsWith(QStringLiteral("mqtt://"))}};
    opts.addClientOptions(parser, &transportConfig);
    if (!transport->start(transportConfig, &error)) {
        printErr(QStringLiteral("twinctl simulate: %1").arg(error));
        return ExitInvalidInput;
    }
    PublishingSink sink(transport.get(), opts.qos);
    simulator->setSink(&sink);
    QVariantMap simConfig{{QStringLiteral("points"), simulated},
                          {QStringLiteral("seed"), seedValue},
                          {QStringLiteral("rate"), opts.count > 0 ? 0.0 : rateValue},
                          {QStringLiteral("count"), opts.count},
                          {QStringLiteral("durationMs"), qint64(opts.duration * 1000)}};
    const auto started = std::chrono::steady_clock::now();
    if (!simulator->start(simConfig, &error)) {
        printErr(QStringLiteral("twinctl simulate: %1").arg(error));
        return ExitInvalidInput;
    }
    while (simulator->state() != twin::TelemetrySource::State::Disconnected)
        QThread::msleep(5);
    // Everything is queued; wait until the broker has it (acknowledged at QoS 1/2).
    const bool flushed = transport->flush(120000);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    simulator->stop();
    sink.giveUp();
    const quint64 published = simulator->counters().published - sink.failed();
    transport->stop();

    const double perSecond = seconds > 0 ? double(published) / seconds : 0.0;
    if (parser.isSet(opts.jsonOption)) {
        printJsonLine(QJsonObject{{QStringLiteral("published"), qint64(published)},
                                  {QStringLiteral("points"), simulated.size()},
                                  {QStringLiteral("seconds"), seconds},
                                  {QStringLiteral("messagesPerSecond"), perSecond},
                                  {QStringLiteral("failed"), qint64(sink.failed())},
                                  {QStringLiteral("complete"), flushed}});
    } else {
        printOut(QStringLiteral("published %1 messages for %2 points in %3 s (%4 msg/s)%5")
                     .arg(published)
                     .arg(simulated.size())
                     .arg(seconds, 0, 'f', 3)
                     .arg(perSecond, 0, 'f', 0)
                     .arg(flushed ? QString() : QStringLiteral("; not all were acknowledged")));
    }
    return flushed && sink.failed() == 0 ? ExitOk : ExitInvalidInput;
}

} // namespace twinctl
