// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionprelude.h"

#include "core/logging.h"

#include <QFile>

namespace twin {

QString functionPreludeFileName()
{
    return QStringLiteral("twinstudio-function-api.js");
}

QString functionPreludeSource()
{
    // Read once: every engine (one per worker, one per replay) evaluates the same text.
    static const QString source = [] {
        QFile file(QStringLiteral(":/functions/api.js"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcFunctions) << "the function API script is missing:" << file.fileName() << file.errorString();
            return QString();
        }
        return QString::fromUtf8(file.readAll());
    }();
    return source;
}

} // namespace twin
