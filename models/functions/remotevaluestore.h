// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/cachedkeyfilter.h"
#include "functions/valuestore.h"

#include <QByteArray>

#include <functional>

namespace twin {

/**
 * The value store of a function worker process: every read is a request to the
 * application, which answers from its own ValueStore (live values, the history file or a
 * shared history on PostgreSQL), so a worker never holds a stale copy of what other
 * workers or the pipeline changed; the engine's own cache, invalidated by the application
 * with each batch, keeps repeated reads local. Writes and notifications are not applied
 * here: the application applies those of each InvocationResult itself, after checking them.
 */
class RemoteValueStore : public ValueStore
{
public:
    /// \a ask sends a request payload and returns the reply's payload (the worker process
    /// exits when the application is gone, so it always returns).
    explicit RemoteValueStore(std::function<QByteArray(const QByteArray &)> ask);

    bool sensorValue(const QString &sensorId, StoredValue *value) const override;
    bool spaceValue(const QString &spaceId, const QString &name, StoredValue *value) const override;
    HistoryRead sensorHistory(const QString &sensorId, const QString &dataType, qint64 fromMs, qint64 toMs,
                              int limit) const override;
    HistoryRead spaceHistory(const QString &spaceId, const QString &name, qint64 fromMs, qint64 toMs,
                             int limit) const override;
    void setSensorValue(const QString &, const StoredValue &) override {}
    void setSpaceValue(const QString &, const QString &, const StoredValue &) override {}
    void recordSensorValue(const QString &, const StoredValue &) override {}
    void notify(const FunctionNotification &) override {}

    /// Answers a request with \a store (in the application). A latest value asked for is
    /// added to \a cached first (when given): the worker's engine caches what it read.
    static QByteArray answer(const ValueStore &store, const QByteArray &request, bool *ok,
                             CachedKeyFilter *cached = nullptr);

private:
    bool value(quint8 kind, const QString &twinId, const QString &name, StoredValue *value) const;
    HistoryRead history(quint8 kind, const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
                        int limit) const;

    std::function<QByteArray(const QByteArray &)> m_ask;
};

} // namespace twin
