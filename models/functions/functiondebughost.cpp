// SPDX-License-Identifier: GPL-3.0-or-later
#include "functiondebughost.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace twin {

void FunctionDebugHost::setBreakpoints(const QMap<int, QString> &breakpoints)
{
    std::lock_guard lock(m_mutex);
    m_breakpoints = breakpoints;
}

QMap<int, QString> FunctionDebugHost::breakpointMap() const
{
    std::lock_guard lock(m_mutex);
    return m_breakpoints;
}

QString FunctionDebugHost::breakpoints() const
{
    QJsonObject o;
    std::lock_guard lock(m_mutex);
    for (auto it = m_breakpoints.cbegin(); it != m_breakpoints.cend(); ++it)
        o.insert(QString::number(it.key()), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void FunctionDebugHost::command(Command command)
{
    {
        std::lock_guard lock(m_mutex);
        if (command == Stop)
            m_stopped = true;
        m_command = command;
        m_commanded = true;
    }
    m_wake.notify_all();
}

bool FunctionDebugHost::isPaused() const
{
    std::lock_guard lock(m_mutex);
    return m_paused;
}

void FunctionDebugHost::setEdit(const QString &edit)
{
    std::lock_guard lock(m_mutex);
    m_edit = edit;
}

QString FunctionDebugHost::takeEdit()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_edit, QString());
}

int FunctionDebugHost::pause(int line, const QString &locals)
{
    std::unique_lock lock(m_mutex);
    if (m_stopped)
        return Stop;
    m_paused = true;
    m_commanded = false;
    lock.unlock();
    if (m_onPaused)
        m_onPaused(line, locals);
    lock.lock();
    m_wake.wait(lock, [this] { return m_commanded; });
    m_paused = false;
    return m_stopped ? int(Stop) : m_command;
}

} // namespace twin
