// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetrysink.h"

#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <atomic>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

namespace twin {

/// One message of a capture: what arrived, when, and how.
struct CaptureRecord
{
    qint64 receivedMs = 0;
    std::string topic;
    std::string payload;
    int qos = -1; ///< -1: unknown
    bool retained = false;
};

/**
 * A capture file: the raw MQTT traffic of a session, one message per line, readable and
 * appendable. The first line is a header object
 * `{"twinstudioCapture": 1, "created": ISO, "source": URL-without-password, ...}`; every
 * other line is `{"t": epoch-ms, "topic": "...", "qos": 0|1|2, "retain": bool,
 * "payload": "..."}` with the payload as a JSON string when it is UTF-8 text and as
 * `"payloadBase64"` otherwise. A recording that was killed leaves at most its last line
 * cut short; the reader ignores such a line (and says so).
 */
class CaptureWriter
{
public:
    CaptureWriter();
    ~CaptureWriter();
    CaptureWriter(const CaptureWriter &) = delete;
    CaptureWriter &operator=(const CaptureWriter &) = delete;

    /// Creates (or replaces) \a path and writes the header with \a header's members added.
    bool open(const QString &path, const QJsonObject &header, QString *error);
    /// Appends one message; thread-safe. The receive time is \a meta.receivedMs, or now.
    void append(std::string_view topic, std::string_view payload, const TelemetrySink::MessageMeta &meta);
    /// Records at most \a count messages from now on (0: no limit); later ones are ignored.
    void setLimit(quint64 count);
    /// Flushes and closes; false with \a error when anything failed to be written.
    bool close(QString *error);

    quint64 count() const;
    quint64 bytes() const;
    /// Whether a file is open (cheap: sinks ask it for every message).
    bool isOpen() const { return m_open.load(std::memory_order_acquire); }

private:
    mutable QMutex m_mutex;
    std::atomic<bool> m_open{false};
    std::FILE *m_file = nullptr;
    QString m_path;
    std::string m_line;
    quint64 m_count = 0;
    quint64 m_bytes = 0;
    quint64 m_limit = 0;
    bool m_failed = false;
};

/// A sink that records every message it is given into a CaptureWriter while the writer
/// is open, and hands it on to \a next (when given).
class CaptureSink : public TelemetrySink
{
public:
    explicit CaptureSink(CaptureWriter *writer, TelemetrySink *next = nullptr)
        : m_writer(writer)
        , m_next(next)
    {
    }
    void deliver(std::string_view topic, std::string_view payload) override
    {
        deliverMessage(topic, payload, MessageMeta());
    }
    void deliverMessage(std::string_view topic, std::string_view payload, const MessageMeta &meta) override;
    void beginBurst() override;
    void endBurst() override;
    std::size_t payloadLimit() const override { return m_next ? m_next->payloadLimit() : 0; }
    // The next sink's durability (a capture file is not the history).
    quint64 receivedMark() const override { return m_next ? m_next->receivedMark() : 0; }
    quint64 durableMark() const override { return m_next ? m_next->durableMark() : 0; }
    void requestDurable(quint64 mark) override
    {
        if (m_next)
            m_next->requestDurable(mark);
    }
    void watchDurable(std::function<void()> wake) override
    {
        if (m_next)
            m_next->watchDurable(std::move(wake));
    }
    bool sessionStarted(const std::string &clientId, bool present,
                        std::vector<std::pair<std::uint16_t, std::uint64_t>> *seen) override
    {
        return m_next && m_next->sessionStarted(clientId, present, seen);
    }

private:
    CaptureWriter *m_writer;
    TelemetrySink *m_next;
};

/// Reads a capture file line by line.
class CaptureReader
{
public:
    CaptureReader();
    ~CaptureReader();
    CaptureReader(const CaptureReader &) = delete;
    CaptureReader &operator=(const CaptureReader &) = delete;

    /// Opens \a path and reads its header; false with "FILE:LINE: message" in \a error.
    bool open(const QString &path, QString *error);
    const QJsonObject &header() const { return m_header; }
    /// The next record; false at the end (error empty) or on a bad line ("FILE:LINE: ...").
    /// A last line cut short is skipped with a warning in warning().
    bool next(CaptureRecord *record, QString *error);
    /// Set when the file ended in a line cut short (a killed recording).
    const QString &warning() const { return m_warning; }
    qint64 line() const { return m_line; }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    QJsonObject m_header;
    QString m_path;
    QString m_warning;
    qint64 m_line = 0;
};

} // namespace twin
