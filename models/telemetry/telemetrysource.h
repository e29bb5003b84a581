// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QVariantMap>

#include <atomic>
#include <string_view>

namespace twin {

class TelemetrySink;

/**
 * A transport that delivers telemetry (MQTT, the simulator). Transport is separate from
 * decoding: a source hands raw (topic, payload) pairs to its sink on its own thread.
 *
 * Sources never throw: library errors are caught inside, counted, and reported through
 * errorOccurred(). Signals are emitted from whatever thread the source runs; connect
 * with a queued connection to touch GUI objects.
 */
class TelemetrySource : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Connected, Reconnecting };
    Q_ENUM(State)

    /// Counters a source keeps; read from any thread.
    struct Counters
    {
        quint64 received = 0;
        quint64 published = 0;
        quint64 errors = 0;
        quint64 reconnects = 0;
        quint64 outageMs = 0;   ///< time spent without a connection after one was lost
        quint64 duplicates = 0; ///< messages a broker sent again that were not delivered twice
    };

    explicit TelemetrySource(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    /// Where messages go; set before start(). Not owned.
    void setSink(TelemetrySink *sink) { m_sink = sink; }
    TelemetrySink *sink() const { return m_sink; }

    /// Starts the transport with a plugin-specific \a config (see each plugin's docs).
    virtual bool start(const QVariantMap &config, QString *error) = 0;
    virtual void stop() = 0;
    virtual State state() const { return m_state.load(); }

    /// Publishes one message (sources that can send: MQTT). Does not wait for the
    /// broker; false with \a error when the message could not be queued.
    virtual bool publish(std::string_view topic, std::string_view payload, int qos, QString *error);
    /// Waits up to \a timeoutMs until everything published has been sent (and, at QoS
    /// 1/2, acknowledged). Returns whether it has.
    virtual bool flush(int timeoutMs);

    Counters counters() const;

signals:
    void errorOccurred(const QString &message);
    void stateChanged(twin::TelemetrySource::State state);

protected:
    /// Sets the state and emits stateChanged() when it changes (any thread).
    void setState(State state);
    void countError() { m_errors.fetch_add(1, std::memory_order_relaxed); }
    /// A live connection is lost: counts a reconnect and starts timing the outage.
    void markConnectionLost();
    /// The connection is back: the outage's time is added up.
    void markConnectionRestored();

    std::atomic<quint64> m_received{0};
    std::atomic<quint64> m_published{0};
    std::atomic<quint64> m_errors{0};
    std::atomic<quint64> m_reconnects{0};
    std::atomic<quint64> m_duplicates{0};

private:
    TelemetrySink *m_sink = nullptr;
    std::atomic<State> m_state{State::Disconnected};
    std::atomic<quint64> m_outageMs{0};
    std::atomic<qint64> m_lostAtMs{-1}; ///< when the current outage began; -1: connected
};

/**
 * What a source plugin's root object implements: a factory, since a static plugin's
 * instance is a singleton and a project may need several sources.
 */
class TelemetrySourcePlugin
{
public:
    virtual ~TelemetrySourcePlugin() = default;
    virtual TelemetrySource *create(QObject *parent = nullptr) = 0;
};

} // namespace twin

Q_DECLARE_INTERFACE(twin::TelemetrySource, "org.twinstudio.TelemetrySource/1")
Q_DECLARE_INTERFACE(twin::TelemetrySourcePlugin, "org.twinstudio.TelemetrySourcePlugin/1")
