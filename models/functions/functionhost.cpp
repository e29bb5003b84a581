// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionhost.h"

#include "functions/valuestore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>
#include <utility>

namespace twin {

namespace {

QString encode(const StoredValue &v)
{
    return QString::number(v.timeMs) + QChar(0x1f) + v.dataType + QChar(0x1f)
        + (v.value.isNull() ? QStringLiteral("0") : QStringLiteral("1") + v.value);
}

/// Appends \a text as a JSON string.
void appendJson(QString *out, const QString &text)
{
    out->append(u'"');
    qsizetype plain = 0; // start of the run of characters that need no escape
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out->append(QStringView(text).mid(plain, i - plain));
        if (c == u'"' || c == u'\\') {
            out->append(u'\\');
            out->append(QChar(c));
        } else {
            out->append(QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0')));
        }
        plain = i + 1;
    }
    out->append(QStringView(text).mid(plain));
    out->append(u'"');
}

/// [status, dataType, value, ms, dataType, value, ms, ...]: flat, built by hand (QJsonDocument
/// took most of the time of a long history, its numbers through a slow exact conversion).
QString encodeHistory(const HistoryRead &read)
{
    QString out;
    if (!read.ok()) {
        out.append(u'[');
        appendJson(&out, read.error);
        out.append(u']');
        return out;
    }
    out.reserve(8 + read.values.size() * 48);
    out.append(read.truncated ? QStringLiteral("[1") : QStringLiteral("[0"));
    for (const StoredValue &v : read.values) {
        out.append(u',');
        appendJson(&out, v.dataType);
        out.append(u',');
        if (v.value.isNull())
            out.append(QStringLiteral("null"));
        else
            appendJson(&out, v.value);
        out.append(u',');
        out.append(QString::number(v.timeMs));
    }
    out.append(u']');
    return out;
}

constexpr qint64 kFirst = std::numeric_limits<qint64>::min();
constexpr qint64 kLast = std::numeric_limits<qint64>::max();

} // namespace

FunctionHost::FunctionHost(ValueStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void FunctionHost::setReadHooks(std::function<void(const QString &)> sensorRead,
                                std::function<void(const QString &, const QString &)> spaceValueRead)
{
    m_sensorRead = std::move(sensorRead);
    m_spaceValueRead = std::move(spaceValueRead);
}

QString FunctionHost::sensorValue(const QString &sensorId) const
{
    if (m_sensorRead)
        m_sensorRead(sensorId);
    StoredValue v;
    return m_store->sensorValue(sensorId, &v) ? encode(v) : QString();
}

QString FunctionHost::spaceValue(const QString &spaceId, const QString &name) const
{
    if (m_spaceValueRead)
        m_spaceValueRead(spaceId, name);
    StoredValue v;
    return m_store->spaceValue(spaceId, name, &v) ? encode(v) : QString();
}

QString FunctionHost::sensorHistory(const QString &sensorId, const QString &dataType) const
{
    return encodeHistory(m_store->sensorHistory(sensorId, dataType, kFirst, kLast, HistoryLimit));
}

QString FunctionHost::spaceHistory(const QString &spaceId, const QString &name) const
{
    return encodeHistory(m_store->spaceHistory(spaceId, name, kFirst, kLast, HistoryLimit));
}

void FunctionHost::traceCall(const QString &api, const QString &described, int line, const QString &error)
{
    const QJsonArray parts = QJsonDocument::fromJson(described.toUtf8()).array();
    ApiCall call;
    call.api = api;
    call.arguments = parts.at(0).toArray();
    call.result = error.isEmpty() ? parts.at(1) : QJsonValue(QJsonValue::Undefined);
    call.error = error;
    call.line = line;
    m_trace.append(call);
}

QList<ApiCall> FunctionHost::takeTrace()
{
    return std::exchange(m_trace, {});
}

} // namespace twin
