// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsondocumentread.h"

#include "interchange/jsonlineindex.h"
#include "interchange/progressreporter.h"

#include <QIODevice>
#include <QJsonParseError>

#include <string_view>
#include <unordered_set>
#include <vector>

namespace twin {

namespace {

/// The keys of one open object: searched linearly while few, hashed beyond.
struct ObjectKeys
{
    std::vector<std::string_view> few;
    std::unordered_set<std::string_view> many;

    bool insert(std::string_view key)
    {
        if (!many.empty())
            return many.insert(key).second;
        for (std::string_view k : few) {
            if (k == key)
                return false;
        }
        few.push_back(key);
        if (few.size() > 16) {
            many.insert(few.cbegin(), few.cend());
            few.clear();
        }
        return true;
    }
};

} // namespace

qsizetype findDuplicateKey(QByteArrayView json, QString *key)
{
    // The text is known to be valid JSON: a string directly after '{' or ',' inside an
    // object is a key.
    std::vector<bool> isObject; // per open container
    std::vector<ObjectKeys> objects;
    bool expectKey = false;
    const char *data = json.data();
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '"') {
            const qsizetype start = i;
            for (++i; i < size && data[i] != '"'; ++i) {
                if (data[i] == '\\')
                    ++i;
            }
            if (expectKey) {
                const std::string_view name(data + start + 1, size_t(i - start - 1));
                if (!objects.back().insert(name)) {
                    if (key)
                        *key = QString::fromUtf8(name.data(), qsizetype(name.size()));
                    return start;
                }
                expectKey = false;
            }
        } else if (c == '{') {
            isObject.push_back(true);
            objects.emplace_back();
            expectKey = true;
        } else if (c == '[') {
            isObject.push_back(false);
        } else if (c == '}' || c == ']') {
            if (!isObject.empty()) {
                if (isObject.back())
                    objects.pop_back();
                isObject.pop_back();
            }
            expectKey = false;
        } else if (c == ',') {
            expectKey = !isObject.empty() && isObject.back();
        }
    }
    return -1;
}

bool readDeviceBytes(QIODevice *device, ProgressReporter *reporter, QByteArray *data)
{
    if (!device->isSequential())
        data->reserve(qsizetype(device->size()));
    while (!device->atEnd()) {
        const QByteArray chunk = device->read(1 << 20);
        if (chunk.isEmpty())
            break;
        data->append(chunk);
        if (!reporter->update(data->size()))
            return false;
    }
    if (data->startsWith("\xEF\xBB\xBF"))
        data->replace(0, 3, "   ");
    return true;
}

JsonDocumentRead readJsonDocument(QIODevice *device, ProgressReporter *reporter)
{
    JsonDocumentRead result;
    QByteArray &data = result.data;
    if (!readDeviceBytes(device, reporter, &data)) {
        result.status = JsonDocumentRead::Status::Cancelled;
        return result;
    }
    QJsonParseError parseError;
    result.document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.status = JsonDocumentRead::Status::Invalid;
        result.errorLine = JsonLineIndex::lineAt(data, parseError.offset);
        result.errorText = parseError.errorString();
        return result;
    }
    QString key;
    const qsizetype at = findDuplicateKey(data, &key);
    if (at >= 0) {
        result.status = JsonDocumentRead::Status::Invalid;
        result.duplicateKey = true;
        result.document = QJsonDocument();
        result.errorLine = JsonLineIndex::lineAt(data, at);
        const qsizetype lineStart = data.lastIndexOf('\n', at) + 1;
        result.errorColumn = int(QString::fromUtf8(data.constData() + lineStart, at - lineStart).size()) + 1;
        result.errorText = QStringLiteral("duplicate key '%1'").arg(key);
    }
    return result;
}

} // namespace twin
