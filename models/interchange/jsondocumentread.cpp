// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsondocumentread.h"

#include "interchange/jsonlineindex.h"
#include "interchange/progressreporter.h"

#include <QIODevice>
#include <QJsonParseError>

namespace twin {

JsonDocumentRead readJsonDocument(QIODevice *device, ProgressReporter *reporter)
{
    JsonDocumentRead result;
    QByteArray &data = result.data;
    if (!device->isSequential())
        data.reserve(qsizetype(device->size()));
    while (!device->atEnd()) {
        const QByteArray chunk = device->read(1 << 20);
        if (chunk.isEmpty())
            break;
        data.append(chunk);
        if (!reporter->update(data.size())) {
            result.status = JsonDocumentRead::Status::Cancelled;
            return result;
        }
    }
    if (data.startsWith("\xEF\xBB\xBF"))
        data.replace(0, 3, "   ");
    QJsonParseError parseError;
    result.document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.status = JsonDocumentRead::Status::Invalid;
        result.errorLine = JsonLineIndex::lineAt(data, parseError.offset);
        result.errorText = parseError.errorString();
    }
    return result;
}

} // namespace twin
