// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJSValue>

class QJSEngine;

namespace twin {

/**
 * The v1 function API, in JavaScript (resources/functions/api.js, compiled in as the
 * resource :/functions/api.js), imported once per engine as a module. Returns its default
 * export (or the error): a function of (host, global) that installs the API on the global
 * object and returns the engine's internal entry points: invoke, setTopology, invalidate,
 * takeEffects, takeTrace, setTracing. Graph walks and cached values stay on the JavaScript
 * side; the host is called only for values the engine has not seen yet and for history.
 */
QJSValue functionPreludeFactory(QJSEngine &engine);

} // namespace twin
