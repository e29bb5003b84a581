// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturesource.h"

#include "telemetry/capturefile.h"
#include "telemetry/telemetrysink.h"

#include <QThread>

#include <chrono>

namespace twin {

CaptureSource::CaptureSource(QObject *parent)
    : TelemetrySource(parent)
{
}

CaptureSource::~CaptureSource()
{
    stop();
}

bool CaptureSource::start(const QVariantMap &config, QString *error)
{
    stop();
    if (!sink()) {
        if (error)
            *error = QStringLiteral("the capture replay has no sink to deliver to");
        return false;
    }
    const QString path = config.value(QStringLiteral("path")).toString();
    bool ok = true;
    const double speed = config.value(QStringLiteral("speed"), 1.0).toDouble(&ok);
    if (!ok || speed < 0) {
        if (error)
            *error = QStringLiteral("the replay speed must be 0 (as fast as possible) or a positive factor");
        return false;
    }
    // Check the file now, so that a wrong path is an error of start(), not a silent stop.
    CaptureReader probe;
    if (!probe.open(path, error))
        return false;
    {
        QMutexLocker lock(&m_errorMutex);
        m_error.clear();
    }
    m_stop = false;
    m_finished = false;
    setState(State::Connected);
    m_thread = std::thread([this, path, speed] { run(path, speed); });
    return true;
}

void CaptureSource::stop()
{
    if (!m_thread.joinable())
        return;
    m_stop = true;
    m_thread.join();
    setState(State::Disconnected);
}

QString CaptureSource::error() const
{
    QMutexLocker lock(&m_errorMutex);
    return m_error;
}

void CaptureSource::setError(const QString &error)
{
    {
        QMutexLocker lock(&m_errorMutex);
        m_error = error;
    }
    emit errorOccurred(error);
}

void CaptureSource::run(QString path, double speed)
{
    using Clock = std::chrono::steady_clock;
    CaptureReader reader;
    QString error;
    if (!reader.open(path, &error)) {
        countError();
        setError(error);
        m_finished = true;
        setState(State::Disconnected);
        return;
    }
    TelemetrySink *target = sink();
    CaptureRecord record;
    const auto started = Clock::now();
    qint64 firstMs = -1;
    // As fast as possible: hand the sink bursts, which saves it a lock per message.
    constexpr int kBurst = 256;
    int inBurst = 0;
    while (!m_stop) {
        if (!reader.next(&record, &error)) {
            if (!error.isEmpty()) {
                countError();
                setError(error);
            } else if (!reader.warning().isEmpty()) {
                setError(reader.warning());
            }
            break;
        }
        if (speed > 0) {
            if (firstMs < 0)
                firstMs = record.receivedMs;
            const double dueSeconds = double(record.receivedMs - firstMs) / 1000.0 / speed;
            const auto due = started + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(dueSeconds));
            while (!m_stop && Clock::now() < due)
                QThread::usleep(std::min<qint64>(
                    2000, std::chrono::duration_cast<std::chrono::microseconds>(due - Clock::now()).count() + 1));
            if (m_stop)
                break;
        } else if (inBurst == 0) {
            target->beginBurst();
        }
        TelemetrySink::MessageMeta meta;
        meta.qos = record.qos;
        meta.retained = record.retained;
        meta.receivedMs = record.receivedMs;
        target->deliverMessage(record.topic, record.payload, meta);
        m_received.fetch_add(1, std::memory_order_relaxed);
        if (speed <= 0 && ++inBurst == kBurst) {
            target->endBurst();
            inBurst = 0;
        }
    }
    if (inBurst > 0)
        target->endBurst();
    m_finished = true;
    setState(State::Disconnected);
}

} // namespace twin
