// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatorsource.h"

#include "telemetry/telemetrysink.h"
#include "telemetry/telemetrytypes.h"

#include <QThread>

#include <algorithm>
#include <charconv>
#include <chrono>

namespace twin {

SimulatorSource::SimulatorSource(QObject *parent)
    : TelemetrySource(parent)
{
}

SimulatorSource::~SimulatorSource()
{
    stop();
}

bool SimulatorSource::start(const QVariantMap &config, QString *error)
{
    stop();
    if (!sink()) {
        if (error)
            *error = QStringLiteral("the simulator has no sink to deliver to");
        return false;
    }
    const quint64 seed = config.value(QStringLiteral("seed"), 1).toULongLong();
    m_points.clear();
    for (const QVariant &v : config.value(QStringLiteral("points")).toList()) {
        const QVariantMap m = v.toMap();
        const QString twinId = m.value(QStringLiteral("twin")).toString();
        if (twinId.isEmpty()) {
            if (error)
                *error = QStringLiteral("simulator point without a \"twin\"");
            return false;
        }
        Point p;
        QString topic = m.value(QStringLiteral("topic")).toString();
        if (topic.isEmpty())
            topic = QStringLiteral("twins/%1/telemetry").arg(twinId);
        p.topic = topic.toStdString();
        const QString path = m.value(QStringLiteral("path")).toString();
        for (const QString &token : path.split(u'/', Qt::SkipEmptyParts)) {
            QString t = token;
            t.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
            p.path.push_back(t.toStdString());
        }
        const QString name = m.value(QStringLiteral("name")).toString();
        p.model = SignalModel(m.value(QStringLiteral("dataType")).toString(), twinId + u'/' + name, seed);
        m_points.push_back(std::move(p));
    }
    if (m_points.empty()) {
        if (error)
            *error = QStringLiteral("the simulator has no points to simulate");
        return false;
    }
    m_rate = config.value(QStringLiteral("rate"), 1.0).toDouble();
    m_count = config.value(QStringLiteral("count"), 0).toULongLong();
    m_durationMs = config.value(QStringLiteral("durationMs"), 0).toLongLong();
    m_startTime = config.value(QStringLiteral("startTime"), -1).toLongLong();
    m_timeStepMs = config.value(QStringLiteral("timeStepMs"), 1000).toLongLong();
    m_stop = false;
    m_finished = false;
    setState(State::Connected);
    m_thread = std::thread([this] { run(); });
    return true;
}

void SimulatorSource::stop()
{
    if (!m_thread.joinable())
        return;
    m_stop = true;
    m_thread.join();
    setState(State::Disconnected);
}

void SimulatorSource::format(const Point &point, double value, qint64 timeMs)
{
    std::string &out = m_payload;
    out.clear();
    out += '{';
    for (const std::string &member : point.path) {
        out += '"';
        out += member;
        out += "\":{";
    }
    if (point.path.empty())
        out += "\"value\":";
    else
        out.resize(out.size() - 1); // the last member holds the value, not an object
    if (point.model.isBoolean()) {
        out += value != 0.0 ? "true" : "false";
    } else {
        char buffer[32];
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
        out.append(buffer, r.ptr);
    }
    for (std::size_t i = 1; i < point.path.size(); ++i)
        out += '}';
    out += ",\"ts\":";
    char buffer[24];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, timeMs);
    out.append(buffer, r.ptr);
    out += '}';
}

void SimulatorSource::run()
{
    using Clock = std::chrono::steady_clock;
    const auto started = Clock::now();
    const auto interval = m_rate > 0 ? std::chrono::duration<double>(1.0 / m_rate) : std::chrono::duration<double>(0);
    quint64 sent = 0;
    qint64 round = 0;
    TelemetrySink *target = sink();
    qint64 lastMs = 0;
    while (!m_stop) {
        qint64 timeMs = m_startTime >= 0 ? m_startTime + round * m_timeStepMs : currentMsecsSinceEpoch();
        // A reading is its point and time ("ts"): rounds faster than one a millisecond take
        // the next free one, so that no reading is taken for a copy of the one before.
        if (m_startTime < 0) {
            timeMs = std::max(timeMs, lastMs + 1);
            lastMs = timeMs;
        }
        for (Point &p : m_points) {
            format(p, p.model.next(timeMs), timeMs);
            target->deliver(p.topic, m_payload);
            m_published.fetch_add(1, std::memory_order_relaxed);
            if (m_count && ++sent >= m_count)
                break;
            if (m_stop)
                break;
        }
        ++round;
        if (m_count && sent >= m_count)
            break;
        const auto now = Clock::now();
        if (m_durationMs > 0 && now - started >= std::chrono::milliseconds(m_durationMs))
            break;
        if (m_rate > 0) {
            const auto due = started + std::chrono::duration_cast<Clock::duration>(interval * double(round));
            while (!m_stop && Clock::now() < due)
                std::this_thread::sleep_for(std::min<Clock::duration>(due - Clock::now(), std::chrono::milliseconds(50)));
        }
    }
    m_finished = true;
    setState(State::Disconnected);
}

} // namespace twin
