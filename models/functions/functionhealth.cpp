// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionhealth.h"

#include "core/logging.h"

#include <QMutexLocker>

namespace twin {

FunctionHealth::FunctionHealth(int failureLimit)
    : m_limit(qMax(1, failureLimit))
{
}

void FunctionHealth::setFailureLimit(int limit)
{
    QMutexLocker lock(&m_mutex);
    m_limit = qMax(1, limit);
}

void FunctionHealth::updateTracked()
{
    m_tracked.store(int(m_states.size()), std::memory_order_release);
}

bool FunctionHealth::record(const QString &function, bool ok, const QString &error)
{
    if (ok && m_tracked.load(std::memory_order_acquire) == 0)
        return false;
    QMutexLocker lock(&m_mutex);
    if (ok) {
        const auto it = m_states.find(function);
        if (it != m_states.end() && it->reason.isEmpty()) {
            m_states.erase(it);
            updateTracked();
        }
        return false;
    }
    State &s = m_states[function];
    updateTracked();
    if (!s.reason.isEmpty())
        return false;
    if (++s.failures < m_limit)
        return false;
    s.reason = QStringLiteral("disabled after %1 failures in a row; last: %2").arg(s.failures).arg(error);
    qCWarning(lcFunctions).noquote() << "function" << function << s.reason;
    return true;
}

bool FunctionHealth::isDisabled(const QString &function) const
{
    if (m_tracked.load(std::memory_order_acquire) == 0)
        return false;
    QMutexLocker lock(&m_mutex);
    return !m_states.value(function).reason.isEmpty();
}

QString FunctionHealth::disabledReason(const QString &function) const
{
    QMutexLocker lock(&m_mutex);
    return m_states.value(function).reason;
}

void FunctionHealth::reset(const QString &function)
{
    QMutexLocker lock(&m_mutex);
    if (function.isEmpty())
        m_states.clear();
    else
        m_states.remove(function);
    updateTracked();
}

} // namespace twin
