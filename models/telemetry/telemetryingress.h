// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bindingset.h"
#include "payloaddecoder.h"
#include "stagingbatch.h"
#include "telemetrysink.h"

#include <QList>
#include <QMutex>

#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

namespace twin {

class TelemetryPipeline;

/**
 * The pipeline's sink for one source: runs on the source's thread, decodes the payload,
 * resolves the topic to points (once per topic, then cached), checks types and
 * timestamps, counts bad input per topic, and stages the samples.
 */
class TelemetryIngress : public TelemetrySink
{
public:
    /// A sink for a source of connection profile \a connection (empty: any, see BindingSet).
    explicit TelemetryIngress(TelemetryPipeline *pipeline, const QString &connection = {});
    void deliver(std::string_view topic, std::string_view payload) override;
    /// A recorded receive time (a replayed capture) stands in for now.
    void deliverMessage(std::string_view topic, std::string_view payload, const MessageMeta &meta) override;
    std::size_t payloadLimit() const override;
    void beginBurst() override;
    void endBurst() override;
    quint64 receivedMark() const override;
    quint64 durableMark() const override;
    void requestDurable(quint64 mark) override;
    void watchDurable(std::function<void()> wake) override;
    bool sessionStarted(const std::string &clientId, bool present,
                        std::vector<std::pair<std::uint16_t, std::uint64_t>> *seen) override;

    struct TopicEntry
    {
        std::string topic;
        BindingSet::Resolution resolution;
        std::vector<std::pair<std::string, int>> fieldPoints; ///< named members of a default topic
        quint64 received = 0, malformed = 0, unbound = 0, oversize = 0, wrongType = 0, future = 0;
        qint64 lastLogMs = -1;
    };
    /// Visits the per-topic counters (any thread).
    template<typename F>
    void forEachTopic(F f) const
    {
        QMutexLocker lock(&m_mutex);
        for (const TopicEntry &e : m_entries)
            f(e);
    }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    TopicEntry &entryFor(std::string_view topic);
    int fieldPoint(TopicEntry &entry, std::string_view name);
    bool accept(int point, DecodedValue *value, TopicEntry &entry);
    void addSample(int point, const DecodedValue &value, qint64 ts);
    void logOnce(TopicEntry &entry, qint64 nowMs, const QString &problem);

    TelemetryPipeline *m_pipeline;
    const QString m_connection;
    const std::string m_connectionUtf8; ///< for the topic browser's tap
    mutable QMutex m_mutex;
    int m_generation = -1;
    std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> m_index;
    std::deque<TopicEntry> m_entries;
    PayloadDecoder m_decoder;
    std::vector<DecodedField> m_fields;
    StagingBatch m_local;
    qint64 m_receivedMs = 0;
    qint64 m_recordedMs = 0; ///< set by deliverMessage() for the message it delivers
    qint64 m_receivedNs = 0;
    bool m_retained = false;  ///< set by deliverMessage() for the message it delivers
    std::size_t m_wholeSize = 0; ///< set by deliverMessage(): the size of a truncated payload
    quint32 m_payloadSize = 0;
    quint32 m_payloadOffset = 0;
    std::size_t m_messageStart = 0;
    bool m_burst = false;
    bool m_receiveStamped = false; ///< the message being delivered has no device time
    int m_session = -1;             ///< the kept session's index in the pipeline (sessionStarted())
    bool m_sessionReset = false;    ///< the next mark is the first of a session started afresh
    std::uint16_t m_packetId = 0;   ///< set by deliverMessage() for the message it delivers
    std::uint64_t m_digest = 0;
};

} // namespace twin
