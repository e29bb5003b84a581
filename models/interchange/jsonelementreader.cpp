// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonelementreader.h"

#include "core/diagnostic.h"
#include "interchange/jsonlineindex.h"
#include "interchange/progressreporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace twin {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

/// One pass over the bytes: objects on the way to a streamed array are walked key by key,
/// the streamed arrays element by element, every other value is parsed whole.
struct JsonElementReader::Walk
{
    const JsonElementReader &reader;
    const QByteArray &data;
    ProgressReporter *reporter;
    JsonDocumentRead *result;
    const char *d = data.constData();
    const qsizetype size = data.size();
    qsizetype pos = 0;
    qsizetype lineCountedTo = 0;
    int line = 1;
    qsizetype duplicateAt = -1; ///< the first key named twice, reported if nothing worse is found
    QString duplicateKey = QString();

    int lineAt(qsizetype offset)
    {
        if (offset < lineCountedTo)
            return JsonLineIndex::lineAt(data, offset);
        line += int(std::count(d + lineCountedTo, d + offset, '\n'));
        lineCountedTo = offset;
        return line;
    }

    bool invalid(qsizetype offset, const QString &text)
    {
        result->status = JsonDocumentRead::Status::Invalid;
        result->errorLine = lineAt(std::min(offset, size));
        result->errorText = text;
        return false;
    }

    void duplicate(qsizetype at, const QString &key)
    {
        if (duplicateAt < 0) {
            duplicateAt = at;
            duplicateKey = key;
        }
    }

    void skipSpace()
    {
        while (pos < size && isSpace(d[pos]))
            ++pos;
    }

    /// The offset after the string opening at \a from, -1 when it does not end.
    qsizetype stringEnd(qsizetype from) const
    {
        for (qsizetype i = from + 1; i < size; ++i) {
            if (d[i] == '\\')
                ++i;
            else if (d[i] == '"')
                return i + 1;
        }
        return -1;
    }

    /// Where the value starting at \a from ends, as far as brackets and strings tell (the
    /// parse of that span says whether it is valid).
    qsizetype valueEnd(qsizetype from) const
    {
        const char c = d[from];
        if (c == '"') {
            const qsizetype e = stringEnd(from);
            return e < 0 ? size : e;
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            for (qsizetype i = from; i < size; ++i) {
                const char x = d[i];
                if (x == '"') {
                    const qsizetype e = stringEnd(i);
                    if (e < 0)
                        return size;
                    i = e - 1;
                } else if (x == '{' || x == '[') {
                    ++depth;
                } else if ((x == '}' || x == ']') && --depth == 0) {
                    return i + 1;
                }
            }
            return size;
        }
        qsizetype i = from;
        while (i < size && !isSpace(d[i]) && d[i] != ',' && d[i] != '}' && d[i] != ']')
            ++i;
        return i;
    }

    /// Parses the value in [start, end) with QJsonDocument, checking its keys too.
    bool parse(qsizetype start, qsizetype end, QJsonValue *out)
    {
        if (end <= start)
            return invalid(start, QStringLiteral("illegal value"));
        QJsonParseError error;
        if (d[start] == '{' || d[start] == '[') {
            const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(d + start, end - start), &error);
            if (error.error != QJsonParseError::NoError)
                return invalid(start + error.offset, error.errorString());
            *out = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
            QString key;
            const qsizetype at = findDuplicateKey(QByteArrayView(d + start, end - start), &key);
            if (at >= 0)
                duplicate(start + at, key);
            return true;
        }
        // A scalar: QJsonDocument parses it inside an array.
        const QByteArray wrapped = '[' + QByteArray(d + start, end - start) + ']';
        const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
        if (error.error != QJsonParseError::NoError)
            return invalid(start + std::max(0, error.offset - 1), error.errorString());
        *out = doc.array().at(0);
        return true;
    }

    /// Parses the value that starts at pos, as parse(), and moves pos past it.
    bool parseNext(QJsonValue *out)
    {
        const qsizetype end = valueEnd(pos);
        if (!parse(pos, end, out))
            return false;
        pos = end;
        return true;
    }

    bool onTheWay(const QString &pointer) const
    {
        const QString prefix = pointer + u'/';
        return std::any_of(reader.m_pointers.cbegin(), reader.m_pointers.cend(),
                           [&](const QString &p) { return p.startsWith(prefix); });
    }

    bool endOf(char close, const char *what)
    {
        skipSpace();
        if (pos < size && d[pos] == close) {
            ++pos;
            return true;
        }
        return invalid(pos, pos >= size ? QStringLiteral("unterminated %1").arg(QLatin1StringView(what))
                                        : QStringLiteral("missing value separator"));
    }

    /// Elements of the array opening at \a from, counted by their ends (no parse).
    qsizetype countElements(qsizetype from) const
    {
        qsizetype count = 0;
        for (qsizetype i = from + 1; i < size;) {
            while (i < size && isSpace(d[i]))
                ++i;
            if (i >= size || d[i] == ']')
                break;
            const qsizetype end = valueEnd(i);
            if (end == i)
                break; // not a value: the walk reports it
            ++count;
            i = end;
            while (i < size && isSpace(d[i]))
                ++i;
            if (i >= size || d[i] != ',')
                break;
            ++i;
        }
        return count;
    }

    bool walkArray(int which)
    {
        if (reader.m_sizeHandler)
            reader.m_sizeHandler(which, countElements(pos));
        ++pos; // '['
        skipSpace();
        if (pos < size && d[pos] == ']') {
            ++pos;
            return true;
        }
        for (qsizetype i = 0;; ++i) {
            skipSpace();
            if (pos >= size)
                return invalid(pos, QStringLiteral("unterminated array"));
            const qsizetype start = pos;
            QJsonValue value;
            if (!parseNext(&value))
                return false;
            reader.m_handler(which, i, value, lineAt(start));
            if (!reporter->update(size + pos)) {
                result->status = JsonDocumentRead::Status::Cancelled;
                return false;
            }
            skipSpace();
            if (pos < size && d[pos] == ',') {
                ++pos;
                continue;
            }
            return endOf(']', "array");
        }
    }

    bool walkObject(const QString &pointer, QJsonObject *out)
    {
        ++pos; // '{'
        skipSpace();
        if (pos < size && d[pos] == '}') {
            ++pos;
            return true;
        }
        while (true) {
            skipSpace();
            if (pos >= size || d[pos] != '"')
                return invalid(pos, pos >= size ? QStringLiteral("unterminated object") : QStringLiteral("illegal value"));
            const qsizetype keyStart = pos;
            QJsonValue keyValue;
            if (!parseNext(&keyValue))
                return false;
            const QString key = keyValue.toString();
            if (out->contains(key))
                duplicate(keyStart, key);
            skipSpace();
            if (pos >= size || d[pos] != ':')
                return invalid(pos, QStringLiteral("missing name separator"));
            ++pos;
            skipSpace();
            if (pos >= size)
                return invalid(pos, QStringLiteral("unterminated object"));
            const QString child = pointer + u'/' + jsonPointerToken(key);
            const int which = reader.m_pointers.indexOf(child);
            if (which >= 0 && d[pos] == '[') {
                if (!walkArray(which))
                    return false;
                out->insert(key, QJsonArray());
            } else if (d[pos] == '{' && onTheWay(child)) {
                QJsonObject inner;
                if (!walkObject(child, &inner))
                    return false;
                out->insert(key, inner);
            } else {
                QJsonValue value;
                if (!parseNext(&value))
                    return false;
                out->insert(key, value);
            }
            skipSpace();
            if (pos < size && d[pos] == ',') {
                ++pos;
                continue;
            }
            return endOf('}', "object");
        }
    }

    bool walkDocument()
    {
        skipSpace();
        if (pos >= size)
            return invalid(pos, QStringLiteral("illegal value"));
        if (d[pos] == '{') {
            QJsonObject root;
            if (!walkObject(QString(), &root))
                return false;
            result->document = QJsonDocument(root);
        } else {
            QJsonValue value;
            if (!parseNext(&value))
                return false;
            if (value.isArray())
                result->document = QJsonDocument(value.toArray());
        }
        skipSpace();
        if (pos < size)
            return invalid(pos, QStringLiteral("garbage at the end of the document"));
        return true;
    }

    /// 1-based column of byte \a at, counted in UTF-16 units as an editor shows it.
    int columnAt(qsizetype at) const
    {
        const qsizetype lineStart = data.lastIndexOf('\n', at) + 1;
        int column = 1;
        for (qsizetype i = lineStart; i < at; ++i) {
            const auto b = static_cast<unsigned char>(d[i]);
            if ((b & 0xc0) != 0x80)
                column += b >= 0xf0 ? 2 : 1;
        }
        return column;
    }
};

JsonElementReader::JsonElementReader(const QStringList &arrayPointers, ElementHandler handler)
    : m_pointers(arrayPointers)
    , m_handler(std::move(handler))
{
}

JsonDocumentRead JsonElementReader::read(QIODevice *device, ProgressReporter *reporter)
{
    JsonDocumentRead result;
    QByteArray data;
    if (reporter->total() > 0)
        reporter->setTotal(2 * reporter->total());
    if (!readDeviceBytes(device, reporter, &data)) {
        result.status = JsonDocumentRead::Status::Cancelled;
        return result;
    }
    if (reporter->total() == 0)
        reporter->setTotal(2 * data.size());
    Walk walk{*this, data, reporter, &result};
    if (!walk.walkDocument()) {
        result.document = QJsonDocument();
        return result;
    }
    if (walk.duplicateAt >= 0) {
        result.status = JsonDocumentRead::Status::Invalid;
        result.duplicateKey = true;
        result.document = QJsonDocument();
        result.errorLine = walk.lineAt(walk.duplicateAt);
        result.errorColumn = walk.columnAt(walk.duplicateAt);
        result.errorText = QStringLiteral("duplicate key '%1'").arg(walk.duplicateKey);
    }
    return result;
}

} // namespace twin
