// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionprelude.h"

namespace twin {

QString functionPreludeFileName()
{
    return QStringLiteral("twinstudio-function-api.js");
}

QString functionPreludeSource()
{
    return QStringLiteral(R"JS((function (host, global) {
'use strict';
// id -> {k, m, p, ps, s, d, cs, cd, cn}, and what is cached on the node: o (the frozen
// API object), v (a sensor's value entry [value, ms, iso, dataType]), sv (a space's
// entries by value name), ocn/ocs/ocd (child objects). Per node, so that no lookup key
// is ever built by concatenation.
var topo = {};
var fx = [];            // effects of the running invocation: a kind, then its fields
var fxn = 0;            // used length of fx (the array is reused)
var nowMs = 0;
var fnName = '';
var tracing = false;
var trace = [];
var nativeParse = JSON.parse;
var fastText = null, fastKind = 0, fastKey = '', fastNum = 0;

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
    if (v === null || v === undefined) return null;
    return typeof v === 'string' ? v : (typeof v === 'object' ? JSON.stringify(v) : String(v));
}
function entryIso(e) { if (e[2] === null) e[2] = iso(e[1]); return e[2]; }
function hostEntry(r, dataType) {
    if (r === '') return null;
    var a = r.indexOf('\u001f'), b = r.indexOf('\u001f', a + 1);
    var dt = r.substring(a + 1, b);
    return [r.charAt(b + 1) === '1' ? r.substring(b + 2) : null, +r.substring(0, a), null, dt || dataType];
}
function Value(dt, v, t) { this.DataType = dt; this.Value = v; this.CreatedTime = t; }
var ValueProto = Value.prototype;
function newValue(dt, v, t) { return new Value(dt, v, t); }
function valueObject(e, dataType) {
    if (e === null) return newValue(dataType === undefined ? null : dataType, null, null);
    return newValue(e[3], e[0], entryIso(e));
}
function alias(proto, names) {
    names.forEach(function (n) {
        var camel = n.charAt(0).toLowerCase() + n.substring(1);
        Object.defineProperty(proto, camel, { get: function () { return this[n]; } });
    });
}
alias(ValueProto, ['DataType', 'Value', 'CreatedTime']);

function Telemetry(sid, msg, val, dt, ts) {
    this.SensorId = sid; this.Message = msg; this.Value = val; this.DataType = dt; this._ts = ts;
}
function Context(id, enq, recv, corr) {
    this.UserDefinedFunctionId = id; this._enq = enq; this._recv = recv; this._corr = corr;
}
var TelemetryProto = Telemetry.prototype, ContextProto = Context.prototype;
Object.defineProperty(TelemetryProto, 'Timestamp', { get: function () { return iso(this._ts); } });
alias(TelemetryProto, ['SensorId', 'Message', 'Value', 'DataType', 'Timestamp']);
Object.defineProperty(ContextProto, 'EnqueuedTime', { get: function () { return iso(this._enq); } });
Object.defineProperty(ContextProto, 'ProcessorReceivedTime', { get: function () { return iso(this._recv); } });
Object.defineProperty(ContextProto, 'CorrelationId', { get: function () { return String(this._corr); } });
alias(ContextProto, ['UserDefinedFunctionId', 'EnqueuedTime', 'ProcessorReceivedTime', 'CorrelationId']);

var SpaceProto = {}, DeviceProto = {}, SensorProto = {}, OtherProto = {};
function protoOf(k) {
    return k === 'Sensor' ? SensorProto : k === 'Device' ? DeviceProto : k === 'Space' ? SpaceProto : OtherProto;
}
function objOf(n) {
    var o = n.o;
    if (o !== undefined) return o;
    o = Object.create(protoOf(n.k));
    var m = n.m;
    for (var key in m) o[key] = m[key];
    Object.freeze(o);
    n.o = o;
    return o;
}
function obj(id) {
    if (id === undefined || id === null || id === '') return null;
    var n = topo[id];
    return n === undefined ? null : objOf(n);
}
function objOfKind(id, k) {
    var n = topo[id];
    return n !== undefined && n.k === k ? objOf(n) : null;
}
function objs_(ids) { var r = []; for (var i = 0; i < ids.length; ++i) r.push(obj(ids[i])); return r; }
// Fresh arrays (the caller may change them) of the cached objects: slice() is the
// cheapest way to build an array in V4.
function childSensors(n) { return (n.ocn === undefined ? (n.ocn = objs_(n.cn)) : n.ocn).slice(); }
function childSpaces(n) { return (n.ocs === undefined ? (n.ocs = objs_(n.cs)) : n.ocs).slice(); }
function childDevices(n) { return (n.ocd === undefined ? (n.ocd = objs_(n.cd)) : n.ocd).slice(); }
function str(v) { return typeof v === 'string' ? v : String(v); }
function need(id, k, what) {
    var n = topo[id];
    if (n === undefined || n.k !== k) throw new Error(what + ": no " + k.toLowerCase() + " '" + id + "'");
    return n;
}
function sensorEntry(n) {
    var e = n.v;
    if (e === undefined) {
        e = hostEntry(host.sensorValue(n.m.Id), n.m.DataType);
        n.v = e;
    }
    return e;
}
function spaceValues(n) {
    var values = n.sv;
    if (values === undefined) { values = Object.create(null); n.sv = values; }
    return values;
}
function spaceEntry(n, id, name) {
    var values = spaceValues(n);
    var e = values[name];
    if (e === undefined) { e = hostEntry(host.spaceValue(id, name), name); values[name] = e; }
    return e;
}
// [status, dataType, value, ms, dataType, value, ms, ...] from the host: status 0, 1 when older values were
// left out (said in the log), or the error text. Values this invocation set (kind 1 for a
// sensor, 2 for a space; stored after it returns) come last, as getSpaceValue sees them.
function history(json, what, kind, id, name) {
    var a = nativeParse(json), status = a[0], r = [];
    if (typeof status === 'string') throw new Error(what + ': ' + status);
    for (var i = 1; i < a.length; i += 3) r.push(newValue(a[i], a[i + 1], iso(a[i + 2])));
    var own = 0;
    for (var at = 0; at < fxn; at += fx[at] === 3 ? 2 : 4) {
        if (fx[at] !== kind || fx[at + 1] !== id || fx[at + 2] !== name) continue;
        var last = r.length > 0 ? r[r.length - 1] : null;
        // A sensor set to the value it has adds no entry (the store does the same).
        if (kind === 1 && last !== null && last.Value === fx[at + 3] && last.DataType === name) continue;
        r.push(newValue(name, fx[at + 3], iso(nowMs)));
        ++own;
    }
    if (status === 1) {
        if (own > 0) r.splice(0, own);
        fx[fxn] = 3; fx[fxn + 1] = what + "('" + id + "'): the newest " + r.length + ' values; older ones are left out';
        fxn += 2;
    }
    return r;
}
function sensorHistory(n, dataType, what) {
    var dt = dataType === undefined || dataType === null ? n.m.DataType : str(dataType);
    if (dt === undefined || dt === null) dt = '';
    return history(host.sensorHistory(n.m.Id, dt), what, 1, n.m.Id, dt);
}
function extended(n, name) {
    if (n === undefined || !(name in n.p)) return null;
    return { Name: name, Value: text(n.p[name]), name: name, value: text(n.p[name]) };
}

var api = {
    getSpaceMetadata: function (id) { return objOfKind(str(id), 'Space'); },
    getSensorMetadata: function (id) { return objOfKind(str(id), 'Sensor'); },
    getDeviceMetadata: function (id) { return objOfKind(str(id), 'Device'); },
    getSensorValue: function (sensorId, dataType) {
        return valueObject(sensorEntry(need(str(sensorId), 'Sensor', 'getSensorValue')), dataType);
    },
    getSpaceValue: function (spaceId, valueName) {
        spaceId = str(spaceId);
        var n = need(spaceId, 'Space', 'getSpaceValue');
        return valueObject(spaceEntry(n, spaceId, str(valueName)), valueName);
    },
    getSensorHistoryValues: function (sensorId, dataType) {
        return sensorHistory(need(str(sensorId), 'Sensor', 'getSensorHistoryValues'), dataType, 'getSensorHistoryValues');
    },
    getSpaceHistoryValues: function (spaceId, valueName) {
        spaceId = str(spaceId);
        need(spaceId, 'Space', 'getSpaceHistoryValues');
        var name = str(valueName);
        return history(host.spaceHistory(spaceId, name), 'getSpaceHistoryValues', 2, spaceId, name);
    },
    getSpaceChildSpaces: function (id) { return childSpaces(need(str(id), 'Space', 'getSpaceChildSpaces')); },
    getSpaceChildSensors: function (id) { return childSensors(need(str(id), 'Space', 'getSpaceChildSensors')); },
    getSpaceChildDevices: function (id) { return childDevices(need(str(id), 'Space', 'getSpaceChildDevices')); },
    getDeviceChildSensors: function (id) { return childSensors(need(str(id), 'Device', 'getDeviceChildSensors')); },
    getSpaceParentSpace: function (id) { return obj(need(String(id), 'Space', 'getSpaceParentSpace').ps); },
    getSensorParentSpace: function (id) { return obj(need(String(id), 'Sensor', 'getSensorParentSpace').s); },
    getDeviceParentSpace: function (id) { return obj(need(String(id), 'Device', 'getDeviceParentSpace').ps); },
    getSensorParentDevice: function (id) { return obj(need(String(id), 'Sensor', 'getSensorParentDevice').d); },
    getSpaceExtendedProperty: function (id, name) { return extended(need(String(id), 'Space', 'getSpaceExtendedProperty'), String(name)); },
    getSensorExtendedProperty: function (id, name) { return extended(need(String(id), 'Sensor', 'getSensorExtendedProperty'), String(name)); },
    getDeviceExtendedProperty: function (id, name) { return extended(need(String(id), 'Device', 'getDeviceExtendedProperty'), String(name)); },
    setSensorValue: function (sensorId, dataType, value) {
        sensorId = str(sensorId);
        var n = need(sensorId, 'Sensor', 'setSensorValue');
        var dt = dataType === undefined || dataType === null ? n.m.DataType : str(dataType);
        var v = text(value);
        n.v = [v, nowMs, null, dt];
        fx[fxn] = 1; fx[fxn + 1] = sensorId; fx[fxn + 2] = dt; fx[fxn + 3] = v; fxn += 4;
    },
    setSpaceValue: function (spaceId, valueName, value) {
        spaceId = str(spaceId);
        var n = need(spaceId, 'Space', 'setSpaceValue');
        var name = str(valueName), v = text(value);
        spaceValues(n)[name] = [v, nowMs, null, name];
        fx[fxn] = 2; fx[fxn + 1] = spaceId; fx[fxn + 2] = name; fx[fxn + 3] = v; fxn += 4;
    },
    log: function (message) { fx[fxn] = 3; fx[fxn + 1] = String(message); fxn += 2; },
    sendNotification: function (id, type, payload) {
        fx[fxn] = 4; fx[fxn + 1] = String(id); fx[fxn + 2] = String(type); fx[fxn + 3] = text(payload) || '';
        fxn += 4;
    }
};

var methods = {
    Space: {
        Parent: function () { return obj(topo[this.Id].ps); },
        ChildSpaces: function () { return childSpaces(topo[this.Id]); },
        ChildSensors: function () { return childSensors(topo[this.Id]); },
        ChildDevices: function () { return childDevices(topo[this.Id]); },
        Value: function (name) { return valueObject(spaceEntry(topo[this.Id], this.Id, str(name)), name); },
        History: function (name) {
            name = str(name);
            return history(host.spaceHistory(this.Id, name), 'Space.History', 2, this.Id, name);
        },
        ExtendedProperty: function (name) { return extended(topo[this.Id], String(name)); },
        Notify: function (payload) { api.sendNotification(this.Id, 'Space', payload); }
    },
    Device: {
        Parent: function () { return obj(topo[this.Id].ps); },
        Space: function () { return obj(topo[this.Id].ps); },
        ChildSensors: function () { return childSensors(topo[this.Id]); },
        ExtendedProperty: function (name) { return extended(topo[this.Id], String(name)); },
        Notify: function (payload) { api.sendNotification(this.Id, 'Device', payload); }
    },
    Sensor: {
        Space: function () { return obj(topo[this.Id].s); },
        Parent: function () { return obj(topo[this.Id].s); },
        Device: function () { return obj(topo[this.Id].d); },
        Value: function () { return valueObject(sensorEntry(topo[this.Id]), this.DataType); },
        History: function () { return sensorHistory(topo[this.Id], undefined, 'Sensor.History'); },
        ExtendedProperty: function (name) { return extended(topo[this.Id], String(name)); },
        Notify: function (payload) { api.sendNotification(this.Id, 'Sensor', payload); }
    }
};

function describe(v) {
    if (v === undefined) return null;
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(describe);
    var p = Object.getPrototypeOf(v);
    if (p === SensorProto) return 'Sensor(' + v.Id + ')';
    if (p === DeviceProto) return 'Device(' + v.Id + ')';
    if (p === SpaceProto) return 'Space(' + v.Id + ')';
    if (p === ValueProto) return { DataType: v.DataType, Value: v.Value, CreatedTime: v.CreatedTime };
    try { return JSON.parse(JSON.stringify(v)); } catch (e) { return String(v); }
}
function callerLine() {
    var frames = String(new Error().stack).split('\n');
    for (var i = 0; i < frames.length; ++i) {
        var f = frames[i];
        if (f.indexOf('twinstudio-function-api.js') >= 0 || f.indexOf('.js:') < 0) continue;
        var n = parseInt(f.substring(f.lastIndexOf(':') + 1), 10);
        if (n > 0) return n;
    }
    return 0;
}
function traced(name, impl, isMethod) {
    return function () {
        var args = [];
        if (isMethod) args.push(describe(this));
        for (var i = 0; i < arguments.length; ++i) args.push(describe(arguments[i]));
        var rec = { api: name, args: args, line: callerLine() };
        trace.push(rec);
        try {
            var r = impl.apply(this, arguments);
            rec.result = describe(r);
            return r;
        } catch (e) {
            rec.error = String(e);
            throw e;
        }
    };
}
function install() {
    Object.keys(api).forEach(function (name) {
        global[name] = tracing ? traced(name, api[name], false) : api[name];
    });
    Object.keys(methods).forEach(function (kind) {
        var proto = protoOf(kind), table = methods[kind];
        Object.keys(table).forEach(function (name) {
            var f = tracing ? traced(kind + '.' + name, table[name], true) : table[name];
            Object.defineProperty(proto, name, { value: f, writable: false, enumerable: false, configurable: true });
        });
    });
}
install();

function invalidate(ids) {
    var list = ids.split('\u001e');
    for (var i = 0; i < list.length; ++i) {
        var id = list[i];
        var at = id.indexOf('\u0001');
        var n = topo[at >= 0 ? id.substring(0, at) : id];
        if (n === undefined) continue;
        if (at < 0) n.v = undefined;
        else if (n.sv !== undefined) delete n.sv[id.substring(at + 1)];
    }
}

JSON.parse = function parse(text, reviver) {
    if (fastKind !== 0 && text === fastText && reviver === undefined) {
        if (fastKind === 1) return fastNum;
        var o = {};
        o[fastKey] = fastNum;
        return o;
    }
    return nativeParse(text, reviver);
};

return {
    invoke: function (fn, name, sid, msg, val, valText, dt, ts, enq, recv, corr, fk, fkey, fnum, dirty) {
        if (dirty !== '') invalidate(dirty);
        if (fx.length > 256) fx.length = 0; // let go of what a large invocation left behind
        fxn = 0;
        nowMs = recv;
        fnName = name;
        fastText = msg; fastKind = fk; fastKey = fkey; fastNum = fnum;
        var n = topo[sid];
        if (n !== undefined) n.v = [valText, ts, null, dt];
        fn(new Telemetry(sid, msg, val, dt, ts), new Context(name, enq, recv, corr));
        fastKind = 0;
        return fxn;
    },
    effects: fx,
    intern: function (s) { return s; },
    setTopology: function (json) { topo = nativeParse(json); },
    invalidate: invalidate,
    invalidateAll: function () {
        for (var id in topo) { var n = topo[id]; n.v = undefined; n.sv = undefined; }
    },
    takeEffects: function () { var r = fxn; fxn = 0; fastKind = 0; return r; },
    takeTrace: function () { var r = JSON.stringify(trace); trace = []; return r; },
    setTracing: function (on) { tracing = !!on; trace = []; install(); }
};
}))JS");
}

} // namespace twin
