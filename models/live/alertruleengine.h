// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrule.h"

#include "functions/valuestore.h"
#include "telemetry/sampledispatcher.h"

#include <QList>
#include <QMutex>

#include <atomic>
#include <functional>
#include <vector>

namespace twin {

class Project;

/**
 * Runs alert rules on the pipeline thread beside the functions: it sees each processed
 * batch first, then hands it on to the next dispatcher (the function runtime's).
 *
 * A rule's condition must hold for its delay before the alert is raised; an alert clears
 * when the value is back past the threshold by the hysteresis (a "no data" alert: when a
 * value arrives). Raising and clearing are notifications of type "Alert" sent where
 * functions send theirs (ValueStore::notify, through the Notify callback), with a JSON
 * payload: {"alert": "raised" | "cleared", "severity", "rule", "value", "message"}.
 *
 * Delays and "no data" are checked on each batch and by evaluate(), which the owner calls
 * on a timer: time comes from the clock (wall-clock milliseconds unless one is given).
 * Thread-safe.
 */
class AlertRuleEngine : public SampleDispatcher
{
public:
    using Clock = std::function<qint64()>;
    using Notify = std::function<void(const FunctionNotification &)>;
    /// One watched twin of one rule.
    struct Target
    {
        int rule = 0;
        QString twinId;
    };

    AlertRuleEngine(const QList<AlertRule> &rules, const QList<Target> &targets, Notify notify, Clock clock = {});

    /// The twins each rule watches in \a project: its twin, or every twin whose model is
    /// its interface or extends it.
    static QList<Target> targetsIn(const Project &project, const QList<AlertRule> &rules);

    /// The dispatcher that gets each batch after the rules (nullptr: none). Set before
    /// the pipeline runs.
    void setNext(SampleDispatcher *next) { m_next = next; }
    int dispatch(const SampleBatchView &batch) override;

    /// One numeric value of \a twinId under \a name (its telemetry name) and \a dataType.
    void observe(QStringView twinId, QStringView name, QStringView dataType, double value);
    /// Raises the alerts whose delay or "no data" time has passed.
    void evaluate();

    quint64 raisedCount() const { return m_raised.load(std::memory_order_relaxed); }
    quint64 clearedCount() const { return m_cleared.load(std::memory_order_relaxed); }
    int activeCount() const;

private:
    struct State
    {
        bool active = false;
        qint64 pendingSince = -1; ///< since when the condition holds (not yet raised)
        qint64 lastSeenMs = 0;
        double lastValue = 0.0;
    };
    void update(int target, double value, qint64 now);
    void send(int target, bool raised, qint64 now);
    bool matches(int target, QStringView twinId, QStringView name, QStringView dataType) const;
    const std::vector<int> &targetsOfPoint(int pointId, QStringView twinId, QStringView name, QStringView dataType);

    const QList<AlertRule> m_rules;
    const QList<Target> m_targets;
    const Notify m_notify;
    const Clock m_clock;
    SampleDispatcher *m_next = nullptr;
    mutable QMutex m_mutex;
    std::vector<State> m_states;                 ///< per target; m_mutex
    std::vector<std::vector<int>> m_pointTargets; ///< pipeline point id → targets; m_mutex
    std::vector<char> m_pointKnown;
    std::atomic<quint64> m_raised{0};
    std::atomic<quint64> m_cleared{0};
};

} // namespace twin
