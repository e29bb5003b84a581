// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/invocationresult.h"

#include <QList>
#include <QObject>

#include <functional>

namespace twin {

class ValueStore;

/**
 * The few calls the JavaScript API makes into C++: value reads the engine has not cached
 * and history. Lives in its engine's thread; reads go to the thread-safe ValueStore.
 * Not reachable from user code (the API script keeps it in a closure).
 *
 * Values come back as "MS\x1fDATATYPE\x1f1VALUE" ("0" instead of "1VALUE" when the value
 * was cleared), or "" when there is none: one string is the cheapest way across.
 *
 * With tracing on, the API script reports each call it served (traceCall()): the records
 * are kept here, out of the reach of the function's code, until the engine takes them.
 *
 * History comes back as JSON text: [STATUS, dataType, value, ms, dataType, value, ms, ...],
 * oldest first, at most HistoryLimit values (the newest); STATUS is 0, 1 when older values
 * were left out, or the error text when the history could not be read.
 */
class FunctionHost : public QObject
{
    Q_OBJECT

public:
    /// Values one history call returns at most: a year of 1 Hz readings would take seconds
    /// and hundreds of MiB to turn into JavaScript objects.
    static constexpr int HistoryLimit = 1000;

    explicit FunctionHost(ValueStore *store, QObject *parent = nullptr);

    /// Called before a value is read from the store (its engine caches what it read).
    void setReadHooks(std::function<void(const QString &)> sensorRead,
                      std::function<void(const QString &, const QString &)> spaceValueRead);

    Q_INVOKABLE QString sensorValue(const QString &sensorId) const;
    Q_INVOKABLE QString spaceValue(const QString &spaceId, const QString &name) const;
    Q_INVOKABLE QString sensorHistory(const QString &sensorId, const QString &dataType) const;
    Q_INVOKABLE QString spaceHistory(const QString &spaceId, const QString &name) const;
    /// One traced API call: \a described is JSON [arguments, result] as the API script
    /// described them; \a error is what the call threw ("" when it returned).
    Q_INVOKABLE void traceCall(const QString &api, const QString &described, int line, const QString &error);

    /// The calls traced since the last take, oldest first.
    QList<ApiCall> takeTrace();

private:
    ValueStore *const m_store;
    QList<ApiCall> m_trace;
    std::function<void(const QString &)> m_sensorRead;
    std::function<void(const QString &, const QString &)> m_spaceValueRead;
};

} // namespace twin
