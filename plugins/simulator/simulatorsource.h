// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signalmodel.h"
#include "telemetry/telemetrysource.h"

#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace twin {

/**
 * In-process simulated telemetry, delivered to the sink on the simulator's own thread
 * (the pipeline's sink, or one that publishes to a broker: see `twinctl simulate`).
 *
 * start() config keys:
 * - `points`: list of {"twin", "name", "dataType", "topic", "path"} maps; `topic`
 *   defaults to `twins/{twin}/telemetry`, `path` (a JSON pointer) to the {"value": x} form
 * - `seed` (1): same seed, same values
 * - `rate` (1): rounds per second, one message per point per round; 0: as fast as the
 *   sink accepts
 * - `count` (0 = unlimited): stop after this many messages in total
 * - `durationMs` (0 = unlimited): stop after this long
 * - `startTime` (epoch ms) and `timeStepMs` (1000): simulated time instead of the clock;
 *   with them the payloads are fully reproducible
 */
class SimulatorSource : public TelemetrySource
{
    Q_OBJECT

public:
    explicit SimulatorSource(QObject *parent = nullptr);
    ~SimulatorSource() override;

    bool start(const QVariantMap &config, QString *error) override;
    void stop() override;
    /// Whether the configured count or duration has been reached.
    bool isFinished() const { return m_finished.load(); }

private:
    struct Point
    {
        std::string topic;
        std::vector<std::string> path; ///< object members to nest the value in
        SignalModel model;
    };
    void run();
    void format(const Point &point, double value, qint64 timeMs);

    std::vector<Point> m_points;
    double m_rate = 1.0;
    quint64 m_count = 0;
    qint64 m_durationMs = 0;
    qint64 m_startTime = -1;
    qint64 m_timeStepMs = 1000;
    std::string m_payload;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_finished{false};
};

} // namespace twin
