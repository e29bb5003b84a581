// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertruleengine.h"

#include "document/project.h"
#include "graph/twingraph.h"
#include "telemetry/telemetrytypes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>

#include <cmath>

namespace twin {

namespace {

/// Whether the condition holds for \a v (raising side).
bool holds(const AlertRule &r, double v)
{
    switch (r.condition) {
    case AlertRule::Condition::Above:
        return v > r.threshold;
    case AlertRule::Condition::Below:
        return v < r.threshold;
    case AlertRule::Condition::Outside:
        return v < r.low || v > r.high;
    case AlertRule::Condition::Equals:
        return v == r.threshold;
    case AlertRule::Condition::NoData:
        return false;
    }
    return false;
}

/// Whether \a v is back far enough to clear a raised alert (clearing side, hysteresis).
bool clears(const AlertRule &r, double v)
{
    switch (r.condition) {
    case AlertRule::Condition::Above:
        return v <= r.threshold - r.hysteresis;
    case AlertRule::Condition::Below:
        return v >= r.threshold + r.hysteresis;
    case AlertRule::Condition::Outside:
        return v >= r.low + r.hysteresis && v <= r.high - r.hysteresis;
    case AlertRule::Condition::Equals:
        return std::abs(v - r.threshold) > r.hysteresis;
    case AlertRule::Condition::NoData:
        return true; // a value arrived
    }
    return true;
}

} // namespace

AlertRuleEngine::AlertRuleEngine(const QList<AlertRule> &rules, const QList<Target> &targets, Notify notify,
                                 Clock clock)
    : m_rules(rules)
    , m_targets(targets)
    , m_notify(std::move(notify))
    , m_clock(clock ? std::move(clock) : Clock(&currentMsecsSinceEpoch))
    , m_states(std::size_t(targets.size()))
{
    const qint64 now = m_clock();
    for (State &s : m_states)
        s.lastSeenMs = now; // "no data" counts from the start
}

QList<AlertRuleEngine::Target> AlertRuleEngine::targetsIn(const Project &project, const QList<AlertRule> &rules)
{
    QList<Target> targets;
    const TwinGraph *graph = project.graph();
    for (int r = 0; r < rules.size(); ++r) {
        const AlertRule &rule = rules.at(r);
        if (!rule.twin.isEmpty()) {
            if (graph->findTwin(rule.twin))
                targets.append({r, rule.twin});
            continue;
        }
        for (int index : graph->twinIndices()) {
            const Twin &twin = graph->twin(index);
            if (twin.model == rule.interface || project.models().isA(twin.model, rule.interface))
                targets.append({r, twin.id});
        }
    }
    return targets;
}

bool AlertRuleEngine::matches(int target, QStringView twinId, QStringView name, QStringView dataType) const
{
    const Target &t = m_targets.at(target);
    const QString &value = m_rules.at(t.rule).value;
    return t.twinId == twinId && (value == name || value == dataType);
}

const std::vector<int> &AlertRuleEngine::targetsOfPoint(int pointId, QStringView twinId, QStringView name,
                                                        QStringView dataType)
{
    const auto p = std::size_t(pointId);
    if (p >= m_pointKnown.size()) {
        m_pointKnown.resize(p + 1, 0);
        m_pointTargets.resize(p + 1);
    }
    if (!m_pointKnown[p]) {
        for (int t = 0; t < m_targets.size(); ++t) {
            if (matches(t, twinId, name, dataType))
                m_pointTargets[p].push_back(t);
        }
        m_pointKnown[p] = 1;
    }
    return m_pointTargets[p];
}

int AlertRuleEngine::dispatch(const SampleBatchView &batch)
{
    {
        const qint64 now = m_clock();
        QMutexLocker lock(&m_mutex);
        for (int i = 0; i < batch.size(); ++i) {
            const DispatchSample s = batch.at(i);
            if (s.kind == ValueKind::String || s.pointId < 0)
                continue;
            for (int t : targetsOfPoint(s.pointId, s.twinId, s.name, s.dataType))
                update(t, s.number, now);
        }
    }
    evaluate();
    return m_next ? m_next->dispatch(batch) : 0;
}

void AlertRuleEngine::observe(QStringView twinId, QStringView name, QStringView dataType, double value)
{
    const qint64 now = m_clock();
    {
        QMutexLocker lock(&m_mutex);
        for (int t = 0; t < m_targets.size(); ++t) {
            if (matches(t, twinId, name, dataType))
                update(t, value, now);
        }
    }
    evaluate();
}

void AlertRuleEngine::update(int target, double value, qint64 now)
{
    State &s = m_states[std::size_t(target)];
    const AlertRule &rule = m_rules.at(m_targets.at(target).rule);
    s.lastSeenMs = now;
    s.lastValue = value;
    if (s.active) {
        if (clears(rule, value)) {
            s.active = false;
            s.pendingSince = -1;
            send(target, false, now);
        }
        return;
    }
    if (holds(rule, value)) {
        if (s.pendingSince < 0)
            s.pendingSince = now;
    } else {
        s.pendingSince = -1;
    }
}

void AlertRuleEngine::evaluate()
{
    const qint64 now = m_clock();
    QMutexLocker lock(&m_mutex);
    for (int t = 0; t < m_targets.size(); ++t) {
        State &s = m_states[std::size_t(t)];
        if (s.active)
            continue;
        const AlertRule &rule = m_rules.at(m_targets.at(t).rule);
        const bool due = rule.condition == AlertRule::Condition::NoData
            ? now - s.lastSeenMs >= rule.noDataMs + rule.delayMs
            : s.pendingSince >= 0 && now - s.pendingSince >= rule.delayMs;
        if (due) {
            s.active = true;
            s.pendingSince = -1;
            send(t, true, now);
        }
    }
}

int AlertRuleEngine::activeCount() const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const State &s : m_states)
        n += s.active ? 1 : 0;
    return n;
}

void AlertRuleEngine::send(int target, bool raised, qint64 now)
{
    (raised ? m_raised : m_cleared).fetch_add(1, std::memory_order_relaxed);
    const Target &t = m_targets.at(target);
    const AlertRule &rule = m_rules.at(t.rule);
    const State &s = m_states[std::size_t(target)];
    QJsonObject payload{{QStringLiteral("alert"), raised ? QStringLiteral("raised") : QStringLiteral("cleared")},
                        {QStringLiteral("severity"), rule.severity},
                        {QStringLiteral("rule"), rule.describe()}};
    if (rule.condition != AlertRule::Condition::NoData || !raised)
        payload.insert(QStringLiteral("value"), s.lastValue);
    if (!rule.message.isEmpty())
        payload.insert(QStringLiteral("message"), rule.message);
    if (m_notify)
        m_notify(FunctionNotification{t.twinId, QStringLiteral("Alert"),
                                      QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                                      QString(), now});
}

} // namespace twin
