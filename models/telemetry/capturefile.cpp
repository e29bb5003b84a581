// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturefile.h"

#include "telemetrytypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

#include <simdjson.h>

#include <cerrno>
#include <charconv>
#include <cstring>

namespace twin {

namespace {

constexpr int kFormatVersion = 1;
constexpr const char *kFormatKey = "twinstudioCapture";

/// Appends \a text as the body of a JSON string (without quotes).
void appendEscaped(std::string *out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out->append(text.data() + start, i - start);
        start = i + 1;
        switch (c) {
        case '"': out->append("\\\""); break;
        case '\\': out->append("\\\\"); break;
        case '\n': out->append("\\n"); break;
        case '\r': out->append("\\r"); break;
        case '\t': out->append("\\t"); break;
        default: {
            const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
            out->append(esc, 6);
        }
        }
    }
    out->append(text.data() + start, text.size() - start);
}

void appendInt(std::string *out, qint64 value)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    out->append(buf, std::size_t(r.ptr - buf));
}

} // namespace

CaptureWriter::CaptureWriter() = default;

CaptureWriter::~CaptureWriter()
{
    close(nullptr);
}

bool CaptureWriter::open(const QString &path, const QJsonObject &header, QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (m_file) {
        if (error)
            *error = QStringLiteral("%1: a capture is already open").arg(m_path);
        return false;
    }
    m_file = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!m_file) {
        if (error)
            *error = QStringLiteral("%1: cannot create the capture file: %2")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    // Large buffer: the writing thread is the source's receive thread.
    std::setvbuf(m_file, nullptr, _IOFBF, 1 << 20);
    m_path = path;
    m_count = 0;
    m_bytes = 0;
    m_failed = false;
    QJsonObject h = header;
    h.insert(QString::fromLatin1(kFormatKey), kFormatVersion);
    if (!h.contains(QStringLiteral("created")))
        h.insert(QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QByteArray line = QJsonDocument(h).toJson(QJsonDocument::Compact) + '\n';
    if (std::fwrite(line.constData(), 1, std::size_t(line.size()), m_file) != std::size_t(line.size()))
        m_failed = true;
    m_bytes += quint64(line.size());
    m_open.store(true, std::memory_order_release);
    return true;
}

void CaptureWriter::append(std::string_view topic, std::string_view payload, const TelemetrySink::MessageMeta &meta)
{
    const qint64 t = meta.receivedMs > 0 ? meta.receivedMs : currentMsecsSinceEpoch();
    QMutexLocker lock(&m_mutex);
    if (!m_file || (m_limit > 0 && m_count >= m_limit))
        return;
    std::string &l = m_line;
    l.clear();
    l.append("{\"t\":");
    appendInt(&l, t);
    l.append(",\"topic\":\"");
    appendEscaped(&l, topic);
    l.append("\"");
    if (meta.qos >= 0) {
        l.append(",\"qos\":");
        appendInt(&l, meta.qos);
    }
    if (meta.retained)
        l.append(",\"retain\":true");
    if (simdjson::validate_utf8(payload.data(), payload.size())) {
        l.append(",\"payload\":\"");
        appendEscaped(&l, payload);
    } else {
        l.append(",\"payloadBase64\":\"");
        const QByteArray encoded =
            QByteArray::fromRawData(payload.data(), qsizetype(payload.size())).toBase64();
        l.append(encoded.constData(), std::size_t(encoded.size()));
    }
    l.append("\"}\n");
    if (std::fwrite(l.data(), 1, l.size(), m_file) != l.size())
        m_failed = true;
    ++m_count;
    m_bytes += l.size();
}

bool CaptureWriter::close(QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!m_file)
        return true;
    m_open.store(false, std::memory_order_release);
    bool ok = !m_failed;
    if (std::fflush(m_file) != 0)
        ok = false;
    if (std::fclose(m_file) != 0)
        ok = false;
    m_file = nullptr;
    if (!ok && error)
        *error = QStringLiteral("%1: writing the capture failed (disk full?)").arg(m_path);
    return ok;
}

void CaptureWriter::setLimit(quint64 count)
{
    QMutexLocker lock(&m_mutex);
    m_limit = count;
}

quint64 CaptureWriter::count() const
{
    QMutexLocker lock(&m_mutex);
    return m_count;
}

quint64 CaptureWriter::bytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_bytes;
}

void CaptureSink::deliverMessage(std::string_view topic, std::string_view payload, const MessageMeta &meta)
{
    if (!m_writer->isOpen()) {
        if (m_next)
            m_next->deliverMessage(topic, payload, meta);
        return;
    }
    // One receive time for the capture and the pipeline: a replay then stores what this
    // run stores.
    MessageMeta stamped = meta;
    if (stamped.receivedMs <= 0)
        stamped.receivedMs = currentMsecsSinceEpoch();
    m_writer->append(topic, payload, stamped);
    if (m_next)
        m_next->deliverMessage(topic, payload, stamped);
}

void CaptureSink::beginBurst()
{
    if (m_next)
        m_next->beginBurst();
}

void CaptureSink::endBurst()
{
    if (m_next)
        m_next->endBurst();
}

struct CaptureReader::Impl
{
    std::FILE *file = nullptr;
    char *buffer = nullptr;
    std::size_t capacity = 0;
    simdjson::dom::parser parser;
    std::string padded;

    ~Impl()
    {
        if (file)
            std::fclose(file);
        std::free(buffer);
    }
    /// The next line without its newline; false at the end. \a complete says whether it
    /// ended in a newline.
    bool readLine(std::string_view *line, bool *complete)
    {
        const ssize_t n = ::getline(&buffer, &capacity, file);
        if (n < 0)
            return false;
        std::size_t size = std::size_t(n);
        *complete = size > 0 && buffer[size - 1] == '\n';
        if (*complete)
            --size;
        *line = std::string_view(buffer, size);
        return true;
    }
};

CaptureReader::CaptureReader()
    : d(std::make_unique<Impl>())
{
}

CaptureReader::~CaptureReader() = default;

bool CaptureReader::open(const QString &path, QString *error)
{
    m_path = path;
    m_line = 0;
    m_warning.clear();
    d = std::make_unique<Impl>();
    d->file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!d->file) {
        if (error)
            *error = QStringLiteral("%1: cannot open the capture: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    std::string_view line;
    bool complete = false;
    if (!d->readLine(&line, &complete)) {
        if (error)
            *error = QStringLiteral("%1:1: error: the file is empty, not a capture").arg(path);
        return false;
    }
    m_line = 1;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(line.data(), qsizetype(line.size())), &parseError);
    if (!doc.isObject() || !doc.object().contains(QString::fromLatin1(kFormatKey))) {
        if (error)
            *error = QStringLiteral("%1:1: error: not a TwinStudio capture (no \"%2\" header)")
                         .arg(path, QString::fromLatin1(kFormatKey));
        return false;
    }
    m_header = doc.object();
    const int version = m_header.value(QString::fromLatin1(kFormatKey)).toInt();
    if (version < 1 || version > kFormatVersion) {
        if (error)
            *error = QStringLiteral("%1:1: error: capture format %2 is not supported (this version reads %3)")
                         .arg(path)
                         .arg(version)
                         .arg(kFormatVersion);
        return false;
    }
    return true;
}

bool CaptureReader::next(CaptureRecord *record, QString *error)
{
    if (error)
        error->clear();
    if (!d->file)
        return false;
    std::string_view line;
    bool complete = false;
    do {
        if (!d->readLine(&line, &complete))
            return false;
        ++m_line;
    } while (line.empty() && complete);
    auto fail = [&](const QString &why) {
        if (!complete) {
            // A recording killed mid-line: what came before is intact.
            m_warning = QStringLiteral("%1:%2: warning: the last line is cut short and was skipped").arg(m_path).arg(m_line);
            return false;
        }
        if (error)
            *error = QStringLiteral("%1:%2: error: %3").arg(m_path).arg(m_line).arg(why);
        return false;
    };
    d->padded.assign(line.data(), line.size());
    d->padded.append(simdjson::SIMDJSON_PADDING, '\0');
    simdjson::dom::element root;
    if (d->parser.parse(d->padded.data(), line.size(), false).get(root) != simdjson::SUCCESS || !root.is_object())
        return fail(QStringLiteral("not a JSON object"));
    int64_t t = 0;
    std::string_view topic;
    if (root["t"].get(t) != simdjson::SUCCESS)
        return fail(QStringLiteral("no receive time \"t\" (epoch milliseconds)"));
    if (root["topic"].get(topic) != simdjson::SUCCESS || topic.empty())
        return fail(QStringLiteral("no \"topic\""));
    record->receivedMs = t;
    record->topic.assign(topic);
    std::string_view payload;
    if (root["payload"].get(payload) == simdjson::SUCCESS) {
        record->payload.assign(payload);
    } else if (root["payloadBase64"].get(payload) == simdjson::SUCCESS) {
        const auto decoded = QByteArray::fromBase64Encoding(QByteArray(payload.data(), qsizetype(payload.size())),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(QStringLiteral("\"payloadBase64\" is not base64"));
        record->payload.assign(decoded.decoded.constData(), std::size_t(decoded.decoded.size()));
    } else {
        return fail(QStringLiteral("no \"payload\" or \"payloadBase64\""));
    }
    int64_t qos = -1;
    if (root["qos"].get(qos) == simdjson::SUCCESS && (qos < 0 || qos > 2))
        return fail(QStringLiteral("\"qos\" must be 0, 1 or 2"));
    record->qos = int(qos);
    bool retained = false;
    if (root["retain"].get(retained) != simdjson::SUCCESS)
        retained = false;
    record->retained = retained;
    return true;
}

} // namespace twin
