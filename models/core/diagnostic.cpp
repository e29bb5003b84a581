// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

namespace twin {

QString Diagnostic::format() const
{
    QString where = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (!pointer.isNull() && line == 0) {
        where += u'#' + pointer;
    } else if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    const QString kind = severity == Severity::Error ? QStringLiteral("error")
                                                     : QStringLiteral("warning");
    QString text = where + QStringLiteral(": ") + kind + QStringLiteral(": ") + message;
    if (!rule.isEmpty())
        text += QStringLiteral(" [") + rule + u']';
    return text;
}

Diagnostic Diagnostic::error(const QString &file, int line, const QString &message)
{
    Diagnostic d;
    d.file = file;
    d.line = line;
    d.message = message;
    return d;
}

Diagnostic Diagnostic::errorAt(const QString &file, const QString &pointer, const QString &message,
                               const QString &rule)
{
    Diagnostic d;
    d.file = file;
    d.pointer = pointer.isNull() ? QStringLiteral("") : pointer;
    d.message = message;
    d.rule = rule;
    return d;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            return true;
    }
    return false;
}

QString jsonPointerToken(const QString &token)
{
    QString t = token;
    t.replace(u'~', QStringLiteral("~0"));
    t.replace(u'/', QStringLiteral("~1"));
    return t;
}

} // namespace twin
