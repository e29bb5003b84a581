// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace twin {

/// One problem found in user input, located as precisely as the input allows: a file with
/// line and column for text formats, or a file with a JSON pointer for JSON documents.
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;   ///< 1-based; 0 when unknown
    int column = 0; ///< 1-based; 0 when unknown
    QString pointer; ///< RFC 6901 JSON pointer, empty when not applicable
    QString rule;    ///< stable rule id, e.g. "dtdl.name.length"; may be empty
    QString message;

    /// "file:line:col: error: message" or "file#/pointer: error: message".
    QString format() const;

    static Diagnostic error(const QString &file, int line, const QString &message);
    static Diagnostic errorAt(const QString &file, const QString &pointer, const QString &message,
                              const QString &rule = QString());
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

/// Escapes one reference token for a JSON pointer ("~" → "~0", "/" → "~1").
QString jsonPointerToken(const QString &token);

} // namespace twin
