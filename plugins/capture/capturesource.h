// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/telemetrysource.h"

#include <QMutex>
#include <QString>

#include <atomic>
#include <thread>

namespace twin {

/**
 * Replays a capture file (see CaptureWriter) into its sink on its own thread: each
 * message with its recorded receive time, QoS and retained flag, so the pipeline stores
 * the same history as when it arrived live.
 *
 * start() config keys:
 * - `path`: the capture file (its header is checked before start() returns)
 * - `speed` (1): 1 replays at the recorded pace, 10 ten times faster, 0 as fast as the
 *   sink accepts
 *
 * The state is Connected while it plays and Disconnected once the file has been played
 * (isFinished()) or stopped. A bad line stops the replay with errorOccurred() naming the
 * file and line (error()).
 */
class CaptureSource : public TelemetrySource
{
    Q_OBJECT

public:
    explicit CaptureSource(QObject *parent = nullptr);
    ~CaptureSource() override;

    bool start(const QVariantMap &config, QString *error) override;
    void stop() override;
    bool isFinished() const { return m_finished.load(); }
    /// Why the replay stopped early, or a warning about a last line cut short.
    QString error() const;

private:
    void run(QString path, double speed);
    void setError(const QString &error);

    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_finished{false};
    mutable QMutex m_errorMutex;
    QString m_error;
};

} // namespace twin
