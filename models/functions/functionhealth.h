// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>

namespace twin {

/// Counts consecutive failures per function and disables a function that fails too often
/// in a row (default 5), keeping the reason to show. Thread-safe; the common case (every
/// function healthy, an invocation that succeeded) takes no lock, so workers do not meet.
class FunctionHealth
{
public:
    static constexpr int DefaultFailureLimit = 5;

    explicit FunctionHealth(int failureLimit = DefaultFailureLimit);

    void setFailureLimit(int limit);
    int failureLimit() const { return m_limit; }

    /// Records one invocation. Returns true when this failure disabled the function.
    bool record(const QString &function, bool ok, const QString &error = QString());
    bool isDisabled(const QString &function) const;
    /// Why it was disabled ("failed 5 times in a row; last: ..."), empty when it runs.
    QString disabledReason(const QString &function) const;
    /// Forgets everything (e.g. after the user re-enabled or edited a function).
    void reset(const QString &function = QString());

private:
    struct State
    {
        int failures = 0;
        QString reason;
    };
    /// Keeps m_tracked in step with m_states (under m_mutex).
    void updateTracked();

    mutable QMutex m_mutex;
    int m_limit;
    QHash<QString, State> m_states;
    /// Functions with failures counted or disabled: 0 lets record(ok) and isDisabled()
    /// answer without the lock.
    std::atomic<int> m_tracked{0};
};

} // namespace twin
