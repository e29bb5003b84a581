// SPDX-License-Identifier: GPL-3.0-or-later
// The v1 function API (the helper API of the original user-defined functions), imported
// once per engine as a module (QJSEngine::importModule(): compiled with V4's property
// lookup caches, which QJSEngine::evaluate() leaves out). Its default export is a function
// of (host, global): it installs the API on the global object and returns the engine's
// internal entry points (invoke, setTopology, invalidate, takeEffects, takeTrace,
// setTracing; see FunctionEngine).
//
// Graph walks and the values a function read stay on this side: the host (C++) is called
// only for values not seen yet and for history. Every cache hangs off the topology node,
// so that no lookup key is ever built by concatenation (V4 interns each new key).
export default (function (host, global) {
'use strict';

// Twin id -> node, as FunctionTopology::scriptJson() writes it:
//   kind            'Space', 'Device', 'Sensor' or 'Other'
//   metadata        what getSensorMetadata() etc. return (PascalCase and camelCase)
//   properties      the twin's properties (ExtendedProperty())
//   parentSpace     spaces and devices: the nearest space above
//   space, device   sensors: their space and their device
//   childSpaces, childDevices, childSensors   ids
// and what this script caches on it:
//   apiObject       the frozen API object of the twin
//   latestValue     a sensor's latest value (a StoredEntry; null: none)
//   spaceValues     a space's latest values by name (StoredEntry or null)
//   childSpaceObjects, childDeviceObjects, childSensorObjects   API objects of the children
var nodes = {};

// `void 0` rather than `undefined` throughout: V4 resolves the name `undefined` on the
// global object at every use (a lookup by name), `void 0` is a constant.

// A module is strict code, where V4 compiles `return f(...)` as a tail call: the callee's
// frame is copied over the caller's (Runtime::TailCall), which costs more than the call it
// saves. The API's functions and their helpers keep the result in a variable first
// (`var r = f(...); return r;`): about 8 % of an invocation's time on the comfort bench.

// Effects of the running invocation, read by C++ after it returns: one reused array of a
// kind, then its fields. See the EFFECT_ constants.
var effects = [];
var effectCount = 0;
var EFFECT_SENSOR_VALUE = 1;   // sensor id, data type, value
var EFFECT_SPACE_VALUE = 2;    // space id, value name, value
var EFFECT_LOG = 3;            // message
var EFFECT_NOTIFICATION = 4;   // twin id, type, payload
function effectSize(kind) { return kind === EFFECT_LOG ? 2 : 4; }

var thrownPrimitive = { text: '' };
var invocationTimeMs = 0;      // the receive time of the running invocation
var tracing = false;
var nativeParse = JSON.parse;

// The payload of the running invocation as C++ pre-scanned it (see fastShape in
// functionengine.cpp): JSON.parse of exactly that text returns an equal fresh value.
var scannedText = null;
var SCANNED_NONE = 0, SCANNED_NUMBER = 1, SCANNED_OBJECT = 2;
var scannedShape = SCANNED_NONE, scannedKey = '', scannedNumber = 0;

// ISO-8601 text of a time: Date's own formatting is slow in V4, so the text up to the
// second is kept for the last second seen and the milliseconds come from a table.
var isoSecond = NaN, isoPrefix = '', isoMillis = [];
for (var i = 0; i < 1000; ++i) isoMillis.push((i < 10 ? '.00' : i < 100 ? '.0' : '.') + i + 'Z');
function iso(ms) {
    var second = Math.floor(ms / 1000), rest = ms - second * 1000;
    if (!(rest >= 0 && rest < 1000 && rest === Math.floor(rest)))
        return new Date(ms).toISOString();
    if (second !== isoSecond) {
        var t = new Date(second * 1000).toISOString();
        isoPrefix = t.substring(0, t.length - 5);
        isoSecond = second;
    }
    return isoPrefix + isoMillis[rest];
}
function text(v) {
    if (v === null || v === void 0) return null;
    return typeof v === 'string' ? v : (typeof v === 'object' ? JSON.stringify(v) : String(v));
}
function str(v) { return typeof v === 'string' ? v : String(v); }

// Objects are built as literals (with their prototype set after): V4 creates a literal
// in one step but a constructed object (`new F`, `this.x = ...`) property by property,
// four times slower.
var setPrototypeOf = Object.setPrototypeOf;

// A value as stored: its text (null: cleared), time, ISO text of the time (made when
// first asked for) and data type.
function StoredEntry(value, timeMs, dataType) {
    return { value: value, timeMs: timeMs, isoTime: null, dataType: dataType };
}
// Stores a value in node[key], reusing the entry held there (entries never leave this
// script: Value objects copy them), since V4 builds a new object property by property.
function updateEntry(entry, value, timeMs, dataType) {
    entry.value = value; entry.timeMs = timeMs; entry.isoTime = null; entry.dataType = dataType;
}
function setLatestValue(node, value, timeMs, dataType) {
    var entry = node.latestValue;
    if (entry === void 0 || entry === null) node.latestValue = StoredEntry(value, timeMs, dataType);
    else updateEntry(entry, value, timeMs, dataType);
}
function setSpaceEntry(values, name, value, timeMs) {
    var entry = values[name];
    if (entry === void 0 || entry === null) values[name] = StoredEntry(value, timeMs, name);
    else updateEntry(entry, value, timeMs, name);
}
function entryIso(entry) {
    if (entry.isoTime === null) entry.isoTime = iso(entry.timeMs);
    return entry.isoTime;
}
// The host's answer "ms \x1f dataType \x1f (0 | 1 value)", '' for none.
function entryFromHost(answer, dataType) {
    if (answer === '') return null;
    var a = answer.indexOf('\u001f'), b = answer.indexOf('\u001f', a + 1);
    var type = answer.substring(a + 1, b);
    return StoredEntry(answer.charAt(b + 1) === '1' ? answer.substring(b + 2) : null,
                           +answer.substring(0, a), type || dataType);
}

// What Value(), getSensorValue() and the history functions return.
var ValuePrototype = {};
function Value(dataType, value, createdTime) {
    var v = setPrototypeOf({ DataType: dataType, Value: value, CreatedTime: createdTime }, ValuePrototype);
    return v;
}
function valueObject(entry, dataType) {
    var v = entry === null ? Value(dataType === void 0 ? null : dataType, null, null)
                           : Value(entry.dataType, entry.value, entryIso(entry));
    return v;
}
function addCamelCaseAliases(prototype, names) {
    names.forEach(function (name) {
        var camel = name.charAt(0).toLowerCase() + name.substring(1);
        Object.defineProperty(prototype, camel, { get: function () { return this[name]; } });
    });
}
addCamelCaseAliases(ValuePrototype, ['DataType', 'Value', 'CreatedTime']);

// The two arguments of process(telemetry, executionContext); times are formatted when read.
var TelemetryPrototype = {}, ContextPrototype = {};
function Telemetry(sensorId, message, value, dataType, timestampMs) {
    var t = setPrototypeOf({ SensorId: sensorId, Message: message, Value: value, DataType: dataType,
                             _timestampMs: timestampMs }, TelemetryPrototype);
    return t;
}
function ExecutionContext(functionName, enqueuedMs, receivedMs, correlationId) {
    var c = setPrototypeOf({ UserDefinedFunctionId: functionName, _enqueuedMs: enqueuedMs, _receivedMs: receivedMs,
                             _correlationId: correlationId }, ContextPrototype);
    return c;
}
Object.defineProperty(TelemetryPrototype, 'Timestamp', { get: function () { var r = iso(this._timestampMs); return r; } });
addCamelCaseAliases(TelemetryPrototype, ['SensorId', 'Message', 'Value', 'DataType', 'Timestamp']);
Object.defineProperty(ContextPrototype, 'EnqueuedTime', { get: function () { var r = iso(this._enqueuedMs); return r; } });
Object.defineProperty(ContextPrototype, 'ProcessorReceivedTime', { get: function () { var r = iso(this._receivedMs); return r; } });
Object.defineProperty(ContextPrototype, 'CorrelationId', { get: function () { var r = String(this._correlationId); return r; } });
addCamelCaseAliases(ContextPrototype, ['UserDefinedFunctionId', 'EnqueuedTime', 'ProcessorReceivedTime', 'CorrelationId']);

// The API objects of twins: frozen snapshots of the metadata on a prototype per kind
// that carries the methods (Parent(), Value(), ...).
var SpacePrototype = {}, DevicePrototype = {}, SensorPrototype = {}, OtherPrototype = {};
function prototypeOf(kind) {
    return kind === 'Sensor' ? SensorPrototype : kind === 'Device' ? DevicePrototype
        : kind === 'Space' ? SpacePrototype : OtherPrototype;
}
function apiObjectOf(node) {
    var o = node.apiObject;
    if (o !== void 0) return o;
    o = Object.create(prototypeOf(node.kind));
    var metadata = node.metadata;
    // Defined, not assigned: a property named like a frozen Object.prototype member
    // ("constructor", "toString") cannot be assigned.
    for (var key in metadata)
        Object.defineProperty(o, key, { value: metadata[key], writable: true, enumerable: true, configurable: true });
    Object.freeze(o);
    node.apiObject = o;
    return o;
}
function apiObject(id) {
    if (id === void 0 || id === null || id === '') return null;
    var node = nodes[id];
    var o = node === void 0 ? null : apiObjectOf(node);
    return o;
}
function apiObjectOfKind(id, kind) {
    var node = nodes[id];
    var o = node !== void 0 && node.kind === kind ? apiObjectOf(node) : null;
    return o;
}
function apiObjects(ids) {
    var r = [];
    for (var i = 0; i < ids.length; ++i) r.push(apiObject(ids[i]));
    return r;
}
// Fresh arrays (the caller may change them) of the cached objects: slice() is the
// cheapest way to build an array in V4.
function childSensors(node) {
    if (node.childSensorObjects === void 0) node.childSensorObjects = apiObjects(node.childSensors);
    var list = node.childSensorObjects.slice();
    return list;
}
function childSpaces(node) {
    if (node.childSpaceObjects === void 0) node.childSpaceObjects = apiObjects(node.childSpaces);
    var r = node.childSpaceObjects.slice();
    return r;
}
function childDevices(node) {
    if (node.childDeviceObjects === void 0) node.childDeviceObjects = apiObjects(node.childDevices);
    var r = node.childDeviceObjects.slice();
    return r;
}
function requireNode(id, kind, caller) {
    var node = nodes[id];
    if (node === void 0 || node.kind !== kind)
        throw new Error(caller + ": no " + kind.toLowerCase() + " '" + id + "'");
    return node;
}

function sensorEntry(node) {
    var entry = node.latestValue;
    if (entry === void 0) {
        entry = entryFromHost(host.sensorValue(node.metadata.Id), node.metadata.DataType);
        node.latestValue = entry;
    }
    return entry;
}
function spaceValuesOf(node) {
    var values = node.spaceValues;
    if (values === void 0) { values = Object.create(null); node.spaceValues = values; }
    return values;
}
function spaceEntry(node, spaceId, name) {
    var values = spaceValuesOf(node);
    var entry = values[name];
    if (entry === void 0) { entry = entryFromHost(host.spaceValue(spaceId, name), name); values[name] = entry; }
    return entry;
}

// History from the host: JSON [status, dataType, value, ms, dataType, value, ms, ...] with
// status 0, 1 when older values were left out (said in the log), or the error text.
// Values this invocation set (stored after it returns) come last, as getSpaceValue sees them.
function history(json, caller, effectKind, id, name) {
    var answer = nativeParse(json), status = answer[0], values = [];
    if (typeof status === 'string') throw new Error(caller + ': ' + status);
    for (var i = 1; i < answer.length; i += 3) values.push(Value(answer[i], answer[i + 1], iso(answer[i + 2])));
    var own = 0;
    for (var at = 0; at < effectCount; at += effectSize(effects[at])) {
        if (effects[at] !== effectKind || effects[at + 1] !== id || effects[at + 2] !== name) continue;
        var last = values.length > 0 ? values[values.length - 1] : null;
        // A sensor set to the value it has adds no entry (the store does the same).
        if (effectKind === EFFECT_SENSOR_VALUE && last !== null && last.Value === effects[at + 3]
            && last.DataType === name)
            continue;
        values.push(Value(name, effects[at + 3], iso(invocationTimeMs)));
        ++own;
    }
    if (status === 1) {
        if (own > 0) values.splice(0, own);
        addEffect2(EFFECT_LOG, caller + "('" + id + "'): the newest " + values.length + ' values; older ones are left out');
    }
    return values;
}
function sensorHistory(node, dataType, caller) {
    var type = dataType === void 0 || dataType === null ? node.metadata.DataType : str(dataType);
    if (type === void 0 || type === null) type = '';
    var r = history(host.sensorHistory(node.metadata.Id, type), caller, EFFECT_SENSOR_VALUE, node.metadata.Id, type);
    return r;
}
function extendedProperty(node, name) {
    if (node === void 0 || !(name in node.properties)) return null;
    var value = text(node.properties[name]);
    return { Name: name, Value: value, name: name, value: value };
}

function addEffect2(kind, a) {
    effects[effectCount] = kind; effects[effectCount + 1] = a;
    effectCount += 2;
}
function addEffect4(kind, a, b, c) {
    effects[effectCount] = kind; effects[effectCount + 1] = a; effects[effectCount + 2] = b; effects[effectCount + 3] = c;
    effectCount += 4;
}

// The global functions. resources/functions/api.json describes them for the editor and
// the documentation: keep the two in step.
var globalFunctions = {
    getSpaceMetadata: function (id) { var r = apiObjectOfKind(str(id), 'Space'); return r; },
    getSensorMetadata: function (id) { var o = apiObjectOfKind(str(id), 'Sensor'); return o; },
    getDeviceMetadata: function (id) { var r = apiObjectOfKind(str(id), 'Device'); return r; },
    getSensorValue: function (sensorId, dataType) {
        var r = valueObject(sensorEntry(requireNode(str(sensorId), 'Sensor', 'getSensorValue')), dataType);
        return r;
    },
    getSpaceValue: function (spaceId, valueName) {
        spaceId = str(spaceId);
        var node = requireNode(spaceId, 'Space', 'getSpaceValue');
        var r = valueObject(spaceEntry(node, spaceId, str(valueName)), valueName);
        return r;
    },
    getSensorHistoryValues: function (sensorId, dataType) {
        var r = sensorHistory(requireNode(str(sensorId), 'Sensor', 'getSensorHistoryValues'), dataType,
                              'getSensorHistoryValues');
        return r;
    },
    getSpaceHistoryValues: function (spaceId, valueName) {
        spaceId = str(spaceId);
        requireNode(spaceId, 'Space', 'getSpaceHistoryValues');
        var name = str(valueName);
        var r = history(host.spaceHistory(spaceId, name), 'getSpaceHistoryValues', EFFECT_SPACE_VALUE, spaceId, name);
        return r;
    },
    getSpaceChildSpaces: function (id) { var r = childSpaces(requireNode(str(id), 'Space', 'getSpaceChildSpaces')); return r; },
    getSpaceChildSensors: function (id) { var r = childSensors(requireNode(str(id), 'Space', 'getSpaceChildSensors')); return r; },
    getSpaceChildDevices: function (id) { var r = childDevices(requireNode(str(id), 'Space', 'getSpaceChildDevices')); return r; },
    getDeviceChildSensors: function (id) { var r = childSensors(requireNode(str(id), 'Device', 'getDeviceChildSensors')); return r; },
    getSpaceParentSpace: function (id) {
        var r = apiObject(requireNode(String(id), 'Space', 'getSpaceParentSpace').parentSpace);
        return r;
    },
    getSensorParentSpace: function (id) { var r = apiObject(requireNode(String(id), 'Sensor', 'getSensorParentSpace').space); return r; },
    getDeviceParentSpace: function (id) {
        var r = apiObject(requireNode(String(id), 'Device', 'getDeviceParentSpace').parentSpace);
        return r;
    },
    getSensorParentDevice: function (id) {
        var r = apiObject(requireNode(String(id), 'Sensor', 'getSensorParentDevice').device);
        return r;
    },
    getSpaceExtendedProperty: function (id, name) {
        var r = extendedProperty(requireNode(String(id), 'Space', 'getSpaceExtendedProperty'), String(name));
        return r;
    },
    getSensorExtendedProperty: function (id, name) {
        var r = extendedProperty(requireNode(String(id), 'Sensor', 'getSensorExtendedProperty'), String(name));
        return r;
    },
    getDeviceExtendedProperty: function (id, name) {
        var r = extendedProperty(requireNode(String(id), 'Device', 'getDeviceExtendedProperty'), String(name));
        return r;
    },
    setSensorValue: function (sensorId, dataType, value) {
        sensorId = str(sensorId);
        var node = requireNode(sensorId, 'Sensor', 'setSensorValue');
        var type = dataType === void 0 || dataType === null ? node.metadata.DataType : str(dataType);
        var v = text(value);
        setLatestValue(node, v, invocationTimeMs, type);
        // Written out rather than through a helper: V4's JIT does not inline calls.
        effects[effectCount] = EFFECT_SENSOR_VALUE; effects[effectCount + 1] = sensorId;
        effects[effectCount + 2] = type; effects[effectCount + 3] = v;
        effectCount += 4;
    },
    setSpaceValue: function (spaceId, valueName, value) {
        spaceId = str(spaceId);
        var node = requireNode(spaceId, 'Space', 'setSpaceValue');
        var name = str(valueName), v = text(value);
        setSpaceEntry(spaceValuesOf(node), name, v, invocationTimeMs);
        effects[effectCount] = EFFECT_SPACE_VALUE; effects[effectCount + 1] = spaceId;
        effects[effectCount + 2] = name; effects[effectCount + 3] = v;
        effectCount += 4;
    },
    log: function (message) { addEffect2(EFFECT_LOG, String(message)); },
    sendNotification: function (id, type, payload) {
        addEffect4(EFFECT_NOTIFICATION, String(id), String(type), text(payload) || '');
    }
};

// The methods of the API objects, per kind; `this` is the object.
var methodsByKind = {
    Space: {
        Parent: function () { var r = apiObject(nodes[this.Id].parentSpace); return r; },
        ChildSpaces: function () { var r = childSpaces(nodes[this.Id]); return r; },
        ChildSensors: function () { var list = childSensors(nodes[this.Id]); return list; },
        ChildDevices: function () { var r = childDevices(nodes[this.Id]); return r; },
        Value: function (name) { var r = valueObject(spaceEntry(nodes[this.Id], this.Id, str(name)), name); return r; },
        History: function (name) {
            name = str(name);
            var r = history(host.spaceHistory(this.Id, name), 'Space.History', EFFECT_SPACE_VALUE, this.Id, name);
            return r;
        },
        ExtendedProperty: function (name) { var r = extendedProperty(nodes[this.Id], String(name)); return r; },
        Notify: function (payload) { globalFunctions.sendNotification(this.Id, 'Space', payload); }
    },
    Device: {
        Parent: function () { var r = apiObject(nodes[this.Id].parentSpace); return r; },
        Space: function () { var r = apiObject(nodes[this.Id].parentSpace); return r; },
        ChildSensors: function () { var r = childSensors(nodes[this.Id]); return r; },
        ExtendedProperty: function (name) { var r = extendedProperty(nodes[this.Id], String(name)); return r; },
        Notify: function (payload) { globalFunctions.sendNotification(this.Id, 'Device', payload); }
    },
    Sensor: {
        Space: function () { var o = apiObject(nodes[this.Id].space); return o; },
        Parent: function () { var r = apiObject(nodes[this.Id].space); return r; },
        Device: function () { var r = apiObject(nodes[this.Id].device); return r; },
        Value: function () { var v = valueObject(sensorEntry(nodes[this.Id]), this.DataType); return v; },
        History: function () { var r = sensorHistory(nodes[this.Id], undefined, 'Sensor.History'); return r; },
        ExtendedProperty: function (name) { var r = extendedProperty(nodes[this.Id], String(name)); return r; },
        Notify: function (payload) { globalFunctions.sendNotification(this.Id, 'Sensor', payload); }
    }
};

// Tracing: each API call is reported to the host (C++) as it returns, with its arguments,
// result and the calling line; nothing is kept on this side, so the function cannot reach
// the records. Each argument is converted once, before the call, the way the API converts
// it (S: String(), T: text(); primitives stay as they are), and the API gets the converted
// value: what is recorded is what the API used, even when a toString or toJSON of the
// function answers differently each time. The conversion is the only code of the function
// that runs; describing arguments and results runs none.
var stringify = JSON.stringify, getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor,
    getPrototypeOf = Object.getPrototypeOf, isArray = Array.isArray;
var conversions = {
    getSpaceMetadata: 'S', getSensorMetadata: 'S', getDeviceMetadata: 'S', getSensorValue: 'SS', getSpaceValue: 'SS',
    getSensorHistoryValues: 'SS', getSpaceHistoryValues: 'SS', getSpaceChildSpaces: 'S', getSpaceChildSensors: 'S',
    getSpaceChildDevices: 'S', getDeviceChildSensors: 'S', getSpaceParentSpace: 'S', getSensorParentSpace: 'S',
    getDeviceParentSpace: 'S', getSensorParentDevice: 'S', getSpaceExtendedProperty: 'SS',
    getSensorExtendedProperty: 'SS', getDeviceExtendedProperty: 'SS', setSensorValue: 'SST', setSpaceValue: 'SST',
    log: 'S', sendNotification: 'SST', Value: 'S', History: 'S', ExtendedProperty: 'S', Notify: 'T'
};
function isPrimitive(v) { return v === null || (typeof v !== 'object' && typeof v !== 'function'); }
function convert(v, how) {
    if (isPrimitive(v) || how === '' || how === void 0) return v;
    return how === 'T' ? text(v) : String(v);
}
// The API object \a o is, or null when it is something else (a look-alike of the function's).
function twinObject(o) {
    if (o === null || typeof o !== 'object') return null;
    var d = getOwnPropertyDescriptor(o, 'Id');
    var node = d !== void 0 && typeof d.value === 'string' ? nodes[d.value] : void 0;
    return node !== void 0 && node !== null && node.apiObject === o ? o : null;
}
function describe(v) {
    if (v === void 0 || v === null) return null;
    var type = typeof v;
    if (type === 'string' || type === 'number' || type === 'boolean') return v;
    if (type !== 'object') return '[' + type + ']';
    var twin = twinObject(v);
    if (twin !== null) return nodes[twin.Id].kind + '(' + twin.Id + ')';
    if (isArray(v)) {
        var list = [];
        for (var i = 0; i < v.length; ++i) list[i] = describe(v[i]);
        return list;
    }
    if (getPrototypeOf(v) === ValuePrototype) return { DataType: v.DataType, Value: v.Value, CreatedTime: v.CreatedTime };
    return nativeParse(stringify(v)); // the API's own plain objects (ExtendedProperty)
}
// The line of the function's source that made the call: the first stack frame of code
// the Function constructor compiled ("name@:LINE", see FunctionEngine::compiled(); the
// function's body starts on its line 2).
function callerLine() {
    var frames = String(new Error().stack).split('\n');
    for (var i = 0; i < frames.length; ++i) {
        var frame = frames[i], at = frame.lastIndexOf('@:');
        if (at < 0) continue;
        var line = parseInt(frame.substring(at + 2), 10) - 1;
        if (line > 0) return line;
    }
    return 0;
}
function traced(name, implementation, isMethod) {
    var how = conversions[isMethod ? name.substring(name.indexOf('.') + 1) : name] || '';
    return function () {
        var line = callerLine(), self = this, args = [], described = [];
        if (isMethod) {
            self = twinObject(this);
            if (self === null) {
                host.traceCall(name, stringify([[], null]), line, 'TypeError: ' + name + ' called on an object that is not a twin');
                throw new TypeError(name + ' called on an object that is not a twin');
            }
            described[0] = describe(self);
        }
        try {
            for (var i = 0; i < arguments.length; ++i) {
                args[i] = convert(arguments[i], how.charAt(i));
                described[described.length] = isPrimitive(args[i]) ? describe(args[i]) : '[object]';
            }
        } catch (e) {
            host.traceCall(name, stringify([described, null]), line,
                           (isPrimitive(e) ? String(e) : 'an object') + ' thrown while converting argument ' + (i + 1));
            throw e;
        }
        var result;
        try {
            result = implementation.apply(self, args);
        } catch (e) {
            host.traceCall(name, stringify([described, null]), line, String(e));
            throw e;
        }
        host.traceCall(name, stringify([described, describe(result)]), line, '');
        return result;
    };
}
function install() {
    Object.keys(globalFunctions).forEach(function (name) {
        global[name] = tracing ? traced(name, globalFunctions[name], false) : globalFunctions[name];
    });
    Object.keys(methodsByKind).forEach(function (kind) {
        var prototype = prototypeOf(kind), table = methodsByKind[kind];
        Object.keys(table).forEach(function (name) {
            var f = tracing ? traced(kind + '.' + name, table[name], true) : table[name];
            Object.defineProperty(prototype, name, { value: f, writable: false, enumerable: false, configurable: true });
        });
    });
}
install();
// Before any function's code runs (the first topology), the API is fixed: its globals can
// no longer be replaced and the prototypes of the objects it hands out are frozen, so one
// function cannot change what another calls, nor slip past the trace.
var locked = false;
function lockApi() {
    locked = true;
    Object.keys(globalFunctions).forEach(function (name) {
        Object.defineProperty(global, name, { value: global[name], writable: false, enumerable: true, configurable: false });
    });
    [SpacePrototype, DevicePrototype, SensorPrototype, OtherPrototype, ValuePrototype, TelemetryPrototype,
     ContextPrototype].forEach(function (p) { Object.freeze(p); });
}

// Keys "id" (a sensor's value) or "id \x01 name" (a space value) joined by \x1e: values
// another thread changed.
function invalidate(keys) {
    var list = keys.split('\u001e');
    for (var i = 0; i < list.length; ++i) {
        var key = list[i];
        var at = key.indexOf('\u0001');
        var node = nodes[at >= 0 ? key.substring(0, at) : key];
        if (node === void 0) continue;
        if (at < 0) node.latestValue = undefined;
        else if (node.spaceValues !== void 0) delete node.spaceValues[key.substring(at + 1)];
    }
}

JSON.parse = function parse(json, reviver) {
    if (scannedShape !== SCANNED_NONE && json === scannedText && reviver === void 0) {
        if (scannedShape === SCANNED_NUMBER) return scannedNumber;
        var o = {};
        o[scannedKey] = scannedNumber;
        return o;
    }
    var r = nativeParse(json, reviver);
    return r;
};

// The built-ins are frozen (the global object itself is not: a function's top-level
// declarations live in its own scope anyway): a function that replaces JSON.parse,
// patches Array.prototype.push or adds to Object.prototype cannot change what another
// function computes, nor what this script records.
(function freezeIntrinsics() {
    var seen = [];
    function freeze(v) {
        if (v === null || (typeof v !== 'object' && typeof v !== 'function') || v === global) return;
        if (seen.indexOf(v) >= 0) return;
        seen.push(v);
        Object.freeze(v);
        freeze(Object.getPrototypeOf(v));
        var names = Object.getOwnPropertyNames(v);
        for (var i = 0; i < names.length; ++i) {
            var d = Object.getOwnPropertyDescriptor(v, names[i]);
            if (d && 'value' in d) freeze(d.value);
        }
    }
    var names = Object.getOwnPropertyNames(global);
    for (var i = 0; i < names.length; ++i) {
        var d = Object.getOwnPropertyDescriptor(global, names[i]);
        if (d && 'value' in d && globalFunctions[names[i]] === void 0) freeze(d.value);
    }
    // Prototypes no global names directly.
    var generator = function* () {};
    [generator, generator(), [][Symbol.iterator](), new Map().entries(), new Set().values(), ''[Symbol.iterator]()]
        .forEach(freeze);
})();

// The compiled functions by topology slot (FunctionEngine registers each once compiled),
// and the topology's nodes in the order setTopology reported their ids: C++ passes a
// slot and a node index per invocation instead of the function, its name and the ids.
var slots = [];
var nodeList = [];
var KINDS = ['Space', 'Device', 'Sensor', 'Other'];

return {
    // Runs a function for one telemetry message; returns how many effect slots it used.
    // sensor is the node index of the sample's sensor, or -1 (then sensorId names it).
    invoke: function (slot, sensor, sensorId, message, value, valueText, dataType, timestampMs, enqueuedMs,
                      receivedMs, correlationId, shape, shapeKey, shapeNumber) {
        var entry = slots[slot];
        if (effects.length > 256) effects.length = 0; // let go of what a large invocation left behind
        effectCount = 0;
        invocationTimeMs = receivedMs;
        scannedText = message; scannedShape = shape; scannedKey = shapeKey; scannedNumber = shapeNumber;
        var node = sensor >= 0 ? nodeList[sensor] : nodes[sensorId];
        if (sensor >= 0) sensorId = node.metadata.Id;
        if (node !== void 0) setLatestValue(node, valueText, timestampMs, dataType);
        try {
            entry.fn(Telemetry(sensorId, message, value, dataType, timestampMs),
                     ExecutionContext(entry.name, enqueuedMs, receivedMs, correlationId));
        } catch (e) {
            scannedShape = SCANNED_NONE;
            if ((typeof e === 'object' && e !== null) || typeof e === 'function') throw e;
            // A thrown primitive would read as an effect count: it is handed over in the
            // marker object instead (described without running any code of the function).
            thrownPrimitive.text = typeof e === 'symbol' ? e.toString() : typeof e === 'string' ? JSON.stringify(e) : String(e);
            throw thrownPrimitive;
        }
        scannedShape = SCANNED_NONE;
        return effectCount;
    },
    setFunction: function (slot, fn, name) { slots[slot] = { fn: fn, name: name }; },
    effects: effects,
    // What invoke throws when the function threw a primitive (text: the value described).
    thrownPrimitive: thrownPrimitive,
    // Returns its argument as a string the engine holds (C++ keeps it for later calls).
    intern: function (s) { return s; },
    // Returns the ids of the nodes joined by \u001e, in the order of their node indexes.
    setTopology: function (json) {
        if (!locked) lockApi();
        var parsed = nativeParse(json);
        var ids = Object.keys(parsed);
        slots = [];
        nodes = {};
        nodeList = [];
        for (var i = 0; i < ids.length; ++i) {
            var n = parsed[ids[i]], k = KINDS.indexOf(n.kind);
            // Every node with the same fields in the same order, the caches included, so
            // that V4's property caches hit whichever node a call site meets; the kind as
            // this script's own string, so that comparing it is a pointer check.
            var node = { kind: k >= 0 ? KINDS[k] : 'Other', metadata: n.metadata, properties: n.properties,
                         parentSpace: n.parentSpace, space: n.space, device: n.device,
                         childSpaces: n.childSpaces, childDevices: n.childDevices, childSensors: n.childSensors,
                         apiObject: void 0, latestValue: void 0, spaceValues: void 0,
                         childSpaceObjects: void 0, childDeviceObjects: void 0, childSensorObjects: void 0 };
            nodes[ids[i]] = node;
            nodeList.push(node);
        }
        return ids.join('\u001e');
    },
    invalidate: invalidate,
    invalidateAll: function () {
        for (var id in nodes) { var node = nodes[id]; node.latestValue = undefined; node.spaceValues = undefined; }
    },
    takeEffects: function () {
        var r = effectCount; effectCount = 0; scannedShape = SCANNED_NONE;
        return r;
    },
    // False once the API is fixed (see lockApi): tracing is chosen before the first topology.
    setTracing: function (on) {
        if (locked) return false;
        tracing = !!on;
        install();
        return true;
    }
};
})
