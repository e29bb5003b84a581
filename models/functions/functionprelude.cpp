// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionprelude.h"

#include "core/logging.h"

#include <QJSEngine>

namespace twin {

QJSValue functionPreludeFactory(QJSEngine &engine)
{
    const QJSValue module = engine.importModule(QStringLiteral(":/functions/api.js"));
    if (module.isError()) {
        qCCritical(lcFunctions) << "the function API script failed:" << module.toString();
        return module;
    }
    return module.property(QStringLiteral("default"));
}

} // namespace twin
