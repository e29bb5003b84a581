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
    int errorLine = 0;    ///< where the JSON is invalid (1-based)
    int errorColumn = 0;  ///< 1-based; 0 when unknown
    QString errorText;    ///< QJsonParseError's text, or "duplicate key '...'"
    bool duplicateKey = false; ///< invalid because one object names a key twice
};

/// Where in the valid JSON text \a json one object first names a key a second time: the
/// byte offset of that second key (its opening quote) and the key as written; -1 when no
/// object repeats a key. QJsonDocument keeps the last value silently. Keys are compared as
/// written (an escaped spelling of the same key is not recognised).
qsizetype findDuplicateKey(QByteArrayView json, QString *key);

/// Reads all of \a device into \a data in 1 MiB chunks, reporting the bytes read to
/// \a reporter; false when cancelled there. A UTF-8 byte order mark is blanked to spaces.
bool readDeviceBytes(QIODevice *device, ProgressReporter *reporter, QByteArray *data);

/// Reads all of \a device in 1 MiB chunks, reporting the bytes read to \a reporter (a
/// cancel there stops the read), and parses it.
JsonDocumentRead readJsonDocument(QIODevice *device, ProgressReporter *reporter);

} // namespace twin
