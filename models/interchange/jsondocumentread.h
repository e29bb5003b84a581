// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

class QIODevice;

namespace twin {

class ProgressReporter;

/// A whole JSON document read from a device by a format plugin.
struct JsonDocumentRead
{
    enum class Status { Ok, Cancelled, Invalid };
    Status status = Status::Ok;
    /// The bytes as read, a UTF-8 byte order mark blanked to spaces so that offsets (and
    /// so lines and columns) stay those of the file.
    QByteArray data;
    QJsonDocument document;
    int errorLine = 0;  ///< where the JSON is invalid (1-based)
    QString errorText;  ///< QJsonParseError's text
};

/// Reads all of \a device in 1 MiB chunks, reporting the bytes read to \a reporter (a
/// cancel there stops the read), and parses it.
JsonDocumentRead readJsonDocument(QIODevice *device, ProgressReporter *reporter);

} // namespace twin
