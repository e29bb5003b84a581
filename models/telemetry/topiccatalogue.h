// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace twin {

/**
 * Every topic a live run has seen, for the topic browser: message count, retained flag,
 * whether a binding takes it, and its last few payloads.
 *
 * Topics are kept per connection (a connection profile's id; empty: the run's source
 * without a profile): the same topic on two brokers is two topics here.
 *
 * record() is the tap on the receiving thread (TelemetryIngress calls it per message): a
 * hash lookup and a copy into buffers that are reused, under a lock held for that long
 * only. The GUI pulls what changed on its tick (takeChanges()), never a signal per message;
 * it holds the lock only to copy the raw bytes out, and makes its strings after.
 *
 * Memory is bounded: at most Limits::payloadsPerTopic payloads per topic, their bytes
 * together under Limits::maxPayloadBytes (beyond, a topic keeps its last payload only, and
 * when even that does not fit, none), each payload cut at Limits::maxPayloadSize, and at
 * most Limits::maxTopics topics (the rest are counted in overflowMessages()).
 */
class TopicCatalogue
{
public:
    struct Limits
    {
        int payloadsPerTopic = 3;
        qint64 maxPayloadBytes = 32LL * 1024 * 1024;
        int maxPayloadSize = 64 * 1024;
        int maxTopics = 50000;
    };

    /// A topic as the GUI sees it.
    struct TopicInfo
    {
        QString topic;
        QString connection;      ///< the connection profile's id; empty: none
        quint64 count = 0;
        bool retained = false;   ///< the last message was a retained one
        bool bound = false;      ///< a binding of the run takes this topic
        qint64 lastMs = 0;       ///< receive time of the last message (epoch ms)
        QByteArray lastPayload;  ///< cut to the preview size asked for
        int lastPayloadSize = 0; ///< the whole payload's size in bytes
    };

    explicit TopicCatalogue(const Limits &limits);
    TopicCatalogue() : TopicCatalogue(Limits{}) {}

    /// The tap: one message on \a topic of \a connection (any thread).
    void record(std::string_view connection, std::string_view topic, std::string_view payload, bool retained,
                bool bound, qint64 receivedMs);
    /// One message on \a topic of the source without a connection profile.
    void record(std::string_view topic, std::string_view payload, bool retained, bool bound, qint64 receivedMs)
    {
        record({}, topic, payload, retained, bound, receivedMs);
    }

    /// The topics that changed since the last call (each once), with the first
    /// \a previewBytes bytes of their last payload; at most \a maxTopics of them, the rest
    /// come with the next call. Returns how many changed topics are left.
    int takeChanges(QList<TopicInfo> *changes, int previewBytes = 120, int maxTopics = 100000);
    /// The payloads kept for \a topic of \a connection, oldest first (empty when none).
    QList<QByteArray> payloads(const QString &topic, const QString &connection = {}) const;
    /// Everything about \a topic of \a connection; false when it was not seen.
    bool info(const QString &topic, TopicInfo *info, const QString &connection = {}) const;
    /// Every topic seen on any connection (for pattern previews), each once, in the order
    /// first seen.
    QStringList topics() const;

    int topicCount() const;
    qint64 payloadBytes() const;
    /// Messages on topics beyond Limits::maxTopics.
    quint64 overflowMessages() const;
    const Limits &limits() const { return m_limits; }
    /// Forgets everything.
    void clear();
    /// Forgets the topics of \a connection (a source started anew); the others stay and are
    /// reported as changed again, so that a reader starting over (generation()) gets them.
    void clear(const QString &connection);
    /// Counts the calls of clear(): a reader that sees it change starts over.
    quint64 generation() const;

private:
    struct Entry
    {
        std::string key;         ///< connection, '\\0', topic
        std::size_t topicStart = 1;
        quint64 count = 0;
        qint64 lastMs = 0;
        bool retained = false;
        bool bound = false;
        bool dirty = false;
        std::deque<std::string> payloads; ///< oldest first
        std::vector<std::string> spare;   ///< buffers kept for reuse
        int lastSize = 0;
    };
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    /// What takeChanges() copies under the lock; strings are made after it.
    struct Raw
    {
        std::string key;
        std::size_t topicStart = 1;
        quint64 count = 0;
        qint64 lastMs = 0;
        bool retained = false;
        bool bound = false;
        int lastSize = 0;
        std::string payload;
    };
    static std::string keyOf(std::string_view connection, std::string_view topic);
    void keepPayload(Entry &entry, std::string_view payload);
    static void copyRaw(const Entry &entry, int previewBytes, Raw *raw);
    static TopicInfo infoOf(const Raw &raw);

    const Limits m_limits;
    mutable std::mutex m_mutex;
    std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> m_index;
    std::deque<Entry> m_entries;
    std::vector<std::size_t> m_dirty;
    std::string m_key; ///< record()'s lookup key, reused
    qint64 m_bytes = 0;
    quint64 m_overflow = 0;
    quint64 m_generation = 0;
};

} // namespace twin
