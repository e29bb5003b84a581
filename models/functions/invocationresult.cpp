// SPDX-License-Identifier: GPL-3.0-or-later
#include "invocationresult.h"

namespace twin {

QString FunctionError::format(const QString &function) const
{
    QString where = function + QStringLiteral(".js");
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    return where + QStringLiteral(": ") + message;
}

QString FunctionError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Compile: return QStringLiteral("compile");
    case Kind::Exception: return QStringLiteral("exception");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Memory: return QStringLiteral("memory");
    case Kind::Scope: return QStringLiteral("scope");
    }
    return QString();
}

QString SyntaxError::format() const
{
    return QStringLiteral("%1.js:%2:%3: error: %4").arg(function).arg(line).arg(column).arg(message);
}

} // namespace twin
