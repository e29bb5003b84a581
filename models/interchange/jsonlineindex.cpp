// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlineindex.h"

#include "core/diagnostic.h"

#include <algorithm>
#include <vector>

namespace twin {

namespace {

struct Frame
{
    bool array = false;
    bool expectKey = false;  ///< objects: the next string is a key
    qsizetype index = 0;     ///< arrays: index of the current element
    QString key;             ///< objects: the last key read
    QString pointer;         ///< this container's pointer; null when not tracked
    QList<int> *lines = nullptr; ///< arrays asked for: where element lines go
};

} // namespace

JsonLineIndex::JsonLineIndex(const QByteArray &json, const QStringList &arrayPointers)
{
    int maxDepth = 0;
    for (const QString &p : arrayPointers) {
        maxDepth = std::max(maxDepth, int(p.count(u'/')));
        m_lines.insert(p, {});
    }

    std::vector<Frame> stack;
    const char *data = json.constData();
    const qsizetype size = json.size();
    int line = 1;

    // Called at the first byte of every value: records it when its array is tracked and
    // returns the pointer a container starting here would have (null: not tracked).
    auto valueStart = [&]() -> QString {
        if (stack.empty())
            return QStringLiteral("");
        Frame &parent = stack.back();
        if (parent.array && parent.lines)
            parent.lines->append(line);
        if (parent.pointer.isNull() || int(stack.size()) > maxDepth)
            return QString();
        const QString token = parent.array ? QString::number(parent.index) : jsonPointerToken(parent.key);
        return parent.pointer + u'/' + token;
    };

    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '\n':
            ++line;
            break;
        case ' ':
        case '\t':
        case '\r':
        case ':':
            break;
        case ',':
            if (!stack.empty()) {
                if (stack.back().array)
                    ++stack.back().index;
                else
                    stack.back().expectKey = true;
            }
            break;
        case '{':
        case '[': {
            Frame f;
            f.array = c == '[';
            f.expectKey = !f.array;
            f.pointer = valueStart();
            if (f.array && !f.pointer.isNull()) {
                const auto it = m_lines.find(f.pointer);
                if (it != m_lines.end())
                    f.lines = &it.value();
            }
            stack.push_back(std::move(f));
            break;
        }
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            break;
        case '"': {
            const qsizetype start = i + 1;
            bool escaped = false;
            for (++i; i < size; ++i) {
                if (escaped)
                    escaped = false;
                else if (data[i] == '\\')
                    escaped = true;
                else if (data[i] == '"')
                    break;
                else if (data[i] == '\n')
                    ++line;
            }
            if (!stack.empty() && !stack.back().array && stack.back().expectKey) {
                // Keys with escapes are rare in these formats; the raw text is good enough.
                if (!stack.back().pointer.isNull())
                    stack.back().key = QString::fromUtf8(data + start, i - start);
                stack.back().expectKey = false;
            } else {
                valueStart();
            }
            break;
        }
        default:
            // A number, true, false or null: runs up to the next delimiter.
            valueStart();
            while (i + 1 < size) {
                const char n = data[i + 1];
                if (n == ',' || n == '}' || n == ']' || n == ' ' || n == '\n' || n == '\r' || n == '\t')
                    break;
                ++i;
            }
            break;
        }
    }
}

int JsonLineIndex::line(const QString &arrayPointer, qsizetype index) const
{
    const auto it = m_lines.constFind(arrayPointer);
    if (it == m_lines.cend() || index < 0 || index >= it->size())
        return 0;
    return it->at(index);
}

int JsonLineIndex::lineAt(const QByteArray &data, qint64 offset)
{
    offset = std::clamp<qint64>(offset, 0, data.size());
    return int(std::count(data.constBegin(), data.constBegin() + offset, '\n')) + 1;
}

} // namespace twin
