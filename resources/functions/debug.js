// SPDX-License-Identifier: GPL-3.0-or-later
// The debugger's side of an instrumented run (see instrument.js): installs __twinProbe,
// which decides whether to pause at a line (a breakpoint whose condition holds, or a step)
// and then hands the line and the locals to the host, which blocks the worker thread until
// the user continues (0), steps (1) or stops (2). Evaluated in the debug engine only: live
// runs never see it. A function of (host, global, internals), internals being what api.js
// returned; it returns {wrap}, which FunctionEngine applies to each compiled process.
(function (host, global, internals) {
'use strict';
var breakpoints = JSON.parse(host.breakpoints()); // line -> condition ('' for none)
var stepping = false;
var telemetry = null; // the first argument of the running invocation

// The user edited the triggering message while paused: the telemetry argument carries the
// new payload and value, and the sensor's value the API cached for this invocation is
// forgotten, so Value() and getSensorValue read the edited one from the store.
function applyEdit(text) {
    var edit = JSON.parse(text);
    if (telemetry !== null && telemetry.SensorId === edit.sensorId) {
        telemetry.Message = edit.message;
        telemetry.Value = edit.value;
    }
    internals.invalidate(edit.sensorId);
}

function describe(v) {
    if (v === undefined) return 'undefined';
    if (typeof v === 'function') return 'function';
    try {
        var text = JSON.stringify(v);
        return text === undefined ? String(v) : (text.length > 200 ? text.substring(0, 200) + '…' : text);
    } catch (e) {
        return String(v);
    }
}

Object.defineProperty(global, '__twinProbe', { value: function (line, names, evaluate) {
    var condition = breakpoints[line];
    var pause = stepping;
    if (!pause && condition !== undefined) {
        if (condition === '') pause = true;
        else { try { pause = !!evaluate(condition); } catch (e) { pause = true; } }
    }
    if (!pause) return;
    var locals = {};
    names.split(',').forEach(function (name) {
        if (name === '') return;
        try { locals[name] = describe(evaluate(name)); } catch (e) { /* not initialised yet */ }
    });
    var command = host.pause(line, JSON.stringify(locals));
    var edit = host.takeEdit();
    if (edit !== '') applyEdit(edit);
    breakpoints = JSON.parse(host.breakpoints()); // the user may have changed them meanwhile
    stepping = command === 1;
    if (command === 2) throw new Error('stopped in the debugger at line ' + line);
}, writable: false, enumerable: false, configurable: false });

return {
    wrap: function (process) {
        return function (t, context) { telemetry = t; return process.call(this, t, context); };
    }
};
})
