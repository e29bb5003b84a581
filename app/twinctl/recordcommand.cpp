// SPDX-License-Identifier: GPL-3.0-or-later
#include "brokerlogin.h"
#include "cli.h"
#include "commands.h"

#include "telemetry/capturefile.h"
#include "telemetry/telemetrysource.h"
#include "telemetry/telemetrysourceregistry.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QThread>

#include <chrono>
#include <memory>

namespace twinctl {

int runRecord(const QStringList &args)
{
    const QString command = QStringLiteral("record");
    QCommandLineParser parser;
    const QCommandLineOption broker(QStringLiteral("broker"), QStringLiteral("Broker URL: mqtt://[user[:password]@]host:port or mqtts://..."),
                                    QStringLiteral("URL"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("The capture file to write (replaced)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption topic(QStringLiteral("topic"),
                                   QStringLiteral("Topic filter to record (repeatable; default '#', every topic)."),
                                   QStringLiteral("FILTER"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Stop after N messages."), QStringLiteral("N"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QStringLiteral("Stop after S seconds (with --count: at the latest)."),
                                      QStringLiteral("S"));
    const QCommandLineOption qos(QStringLiteral("qos"), QStringLiteral("Subscription QoS: 0 or 1 (default 1)."),
                                 QStringLiteral("Q"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), QStringLiteral("MQTT client id (default: random)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption caFile(QStringLiteral("ca"), QStringLiteral("CA certificate file for mqtts://."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the summary as one JSON object."));
    parser.addOptions({broker, output, topic, count, duration, qos, clientId, caFile, json});
    BrokerLogin login;
    parser.addOptions(login.options());
    int exitCode = ExitOk;
    if (!parseArguments(parser, command,
                        QStringLiteral(
                            "Records the raw MQTT traffic of a broker to a capture file: each message's topic,\n"
                            "payload, QoS, retained flag and receive time, one JSON object per line after a\n"
                            "header line. 'twinctl replay' feeds a capture through a project's pipeline.\n"
                            "Stops after --count messages or --duration seconds (one of them is required).\n"
                            "A recording that is killed keeps every message up to its last complete line."),
                        args, &exitCode))
        return exitCode;
    if (!parser.isSet(broker) || !parser.isSet(output))
        return usageError(command, QStringLiteral("--broker and --output are required"));
    if (!parser.isSet(count) && !parser.isSet(duration))
        return usageError(command, QStringLiteral("give --count N or --duration S"));
    bool ok = true;
    const qint64 maxCount = parser.isSet(count) ? parser.value(count).toLongLong(&ok) : 0;
    if (!ok || maxCount < 0)
        return usageError(command, QStringLiteral("--count must be a positive integer"));
    const double seconds = parser.isSet(duration) ? parser.value(duration).toDouble(&ok) : 0.0;
    if (!ok || seconds < 0)
        return usageError(command, QStringLiteral("--duration must be a number of seconds"));
    const int qosValue = parser.isSet(qos) ? parser.value(qos).toInt(&ok) : 1;
    if (!ok || qosValue < 0 || qosValue > 1)
        return usageError(command, QStringLiteral("--qos must be 0 or 1"));
    QStringList filters = parser.values(topic);
    if (filters.isEmpty())
        filters << QStringLiteral("#");

    if (const int code = login.read(parser, command, parser.value(broker)); code != ExitOk)
        return code;
    const QString &shownUrl = login.shownUrl();
    twin::CaptureWriter writer;
    QString error;
    QJsonArray filterArray;
    for (const QString &f : filters)
        filterArray.append(f);
    if (!writer.open(parser.value(output),
                     QJsonObject{{QStringLiteral("source"), shownUrl}, {QStringLiteral("topics"), filterArray}},
                     &error)) {
        printErr(QStringLiteral("twinctl record: %1").arg(error));
        return ExitInvalidInput;
    }
    std::unique_ptr<twin::TelemetrySource> source(
        twin::TelemetrySourceRegistry::create(QStringLiteral("mqtt"), nullptr, &error));
    if (!source) {
        printErr(QStringLiteral("twinctl record: %1").arg(error));
        return ExitInvalidInput;
    }
    writer.setLimit(quint64(maxCount));
    twin::CaptureSink sink(&writer);
    source->setSink(&sink);
    QVariantList subscriptions;
    for (const QString &f : filters)
        subscriptions.append(QVariantMap{{QStringLiteral("filter"), f}, {QStringLiteral("qos"), qosValue}});
    QVariantMap config{{QStringLiteral("url"), parser.value(broker)},
                       {QStringLiteral("subscriptions"), subscriptions},
                       {QStringLiteral("cleanSession"), true},
                       {QStringLiteral("leanReceive"), parser.value(broker).startsWith(QStringLiteral("mqtt://"))}};
    if (parser.isSet(clientId))
        config.insert(QStringLiteral("clientId"), parser.value(clientId));
    if (parser.isSet(caFile))
        config.insert(QStringLiteral("caFile"), parser.value(caFile));
    login.addTo(&config);
    if (!source->start(config, &error)) {
        printErr(QStringLiteral("twinctl record: %1").arg(error));
        return ExitInvalidInput;
    }
    printErr(QStringLiteral("twinctl record: recording %1 topic filter(s) at %2 to %3")
                 .arg(filters.size())
                 .arg(shownUrl, parser.value(output)));

    const auto started = std::chrono::steady_clock::now();
    const auto deadline = started + std::chrono::milliseconds(qint64(seconds * 1000));
    while (true) {
        if (maxCount > 0 && writer.count() >= quint64(maxCount))
            break;
        if (seconds > 0 && std::chrono::steady_clock::now() >= deadline)
            break;
        QThread::usleep(1000);
    }
    source->stop();
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const quint64 recorded = writer.count();
    const quint64 bytes = writer.bytes();
    if (!writer.close(&error)) {
        printErr(QStringLiteral("twinctl record: %1").arg(error));
        return ExitInvalidInput;
    }
    if (parser.isSet(json)) {
        printJsonLine(QJsonObject{{QStringLiteral("recorded"), qint64(recorded)},
                                  {QStringLiteral("bytes"), qint64(bytes)},
                                  {QStringLiteral("seconds"), elapsed},
                                  {QStringLiteral("messagesPerSecond"), elapsed > 0 ? double(recorded) / elapsed : 0.0}});
    } else {
        printOut(QStringLiteral("recorded %1 messages (%2 bytes) in %3 s").arg(recorded).arg(bytes).arg(elapsed, 0, 'f', 3));
    }
    if (maxCount > 0 && recorded < quint64(maxCount)) {
        printErr(QStringLiteral("twinctl record: only %1 of %2 messages arrived within %3 s").arg(recorded).arg(maxCount).arg(seconds));
        return ExitInvalidInput;
    }
    return ExitOk;
}

} // namespace twinctl
