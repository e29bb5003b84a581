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
var topo = {};          // id -> {k, m, p, ps, s, d, cs, cd, cn}
var objs = {};          // id -> frozen API object, per topology
var sv = {};            // sensor id -> entry [value, ms, iso, dataType]
var spv = {};           // space id + '\u0001' + name -> entry
var fx = '';            // effects of the running invocation
var nowMs = 0;
var fnName = '';
var tracing = false;
var trace = [];
var nativeParse = JSON.parse;
var fastText = null, fastKind = 0, fastKey = '', fastNum = 0;

function iso(ms) { return new Date(ms).toISOString(); }
function field(s) { return s === null ? '~' : s.length + ':' + s; }
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
function valueObject(e, dataType) {
    if (e === null) return new Value(dataType === undefined ? null : dataType, null, null);
    return new Value(e[3], e[0], entryIso(e));
}
function Value(dt, v, t) { this.DataType = dt; this.Value = v; this.CreatedTime = t; }
function alias(proto, names) {
    names.forEach(function (n) {
        var camel = n.charAt(0).toLowerCase() + n.substring(1);
        Object.defineProperty(proto, camel, { get: function () { return this[n]; } });
    });
}
alias(Value.prototype, ['DataType', 'Value', 'CreatedTime']);

function Telemetry(sid, msg, val, dt, ts) {
    this.SensorId = sid; this.Message = msg; this.Value = val; this.DataType = dt; this._ts = ts;
}
Object.defineProperty(Telemetry.prototype, 'Timestamp', { get: function () { return iso(this._ts); } });
alias(Telemetry.prototype, ['SensorId', 'Message', 'Value', 'DataType', 'Timestamp']);
function Context(id, enq, recv, corr) {
    this.UserDefinedFunctionId = id; this._enq = enq; this._recv = recv; this._corr = corr;
}
Object.defineProperty(Context.prototype, 'EnqueuedTime', { get: function () { return iso(this._enq); } });
Object.defineProperty(Context.prototype, 'ProcessorReceivedTime', { get: function () { return iso(this._recv); } });
Object.defineProperty(Context.prototype, 'CorrelationId', { get: function () { return String(this._corr); } });
alias(Context.prototype, ['UserDefinedFunctionId', 'EnqueuedTime', 'ProcessorReceivedTime', 'CorrelationId']);

var SpaceProto = {}, DeviceProto = {}, SensorProto = {}, OtherProto = {};
function protoOf(k) {
    return k === 'Sensor' ? SensorProto : k === 'Device' ? DeviceProto : k === 'Space' ? SpaceProto : OtherProto;
}
function obj(id) {
    if (id === undefined || id === null || id === '') return null;
    var o = objs[id];
    if (o !== undefined) return o;
    var n = topo[id];
    if (n === undefined) return null;
    o = Object.create(protoOf(n.k));
    var m = n.m;
    for (var key in m) o[key] = m[key];
    Object.freeze(o);
    objs[id] = o;
    return o;
}
function objOfKind(id, k) {
    var n = topo[id];
    return n !== undefined && n.k === k ? obj(id) : null;
}
function objs_(ids) { var r = []; for (var i = 0; i < ids.length; ++i) r.push(obj(ids[i])); return r; }
function need(id, k, what) {
    var n = topo[id];
    if (n === undefined || n.k !== k) throw new Error(what + ": no " + k.toLowerCase() + " '" + id + "'");
    return n;
}
function sensorEntry(id) {
    var e = sv[id];
    if (e === undefined) {
        var n = topo[id];
        e = hostEntry(host.sensorValue(id), n !== undefined ? n.m.DataType : '');
        sv[id] = e;
    }
    return e;
}
function spaceEntry(id, name) {
    var key = id + '\u0001' + name;
    var e = spv[key];
    if (e === undefined) { e = hostEntry(host.spaceValue(id, name), name); spv[key] = e; }
    return e;
}
function history(json) {
    return nativeParse(json).map(function (h) { return new Value(h[0], h[1], iso(h[2])); });
}
function extended(n, name) {
    if (n === undefined || !(name in n.p)) return null;
    return { Name: name, Value: text(n.p[name]), name: name, value: text(n.p[name]) };
}

var api = {
    getSpaceMetadata: function (id) { return objOfKind(String(id), 'Space'); },
    getSensorMetadata: function (id) { return objOfKind(String(id), 'Sensor'); },
    getDeviceMetadata: function (id) { return objOfKind(String(id), 'Device'); },
    getSensorValue: function (sensorId, dataType) {
        sensorId = String(sensorId);
        need(sensorId, 'Sensor', 'getSensorValue');
        return valueObject(sensorEntry(sensorId), dataType);
    },
    getSpaceValue: function (spaceId, valueName) {
        spaceId = String(spaceId);
        need(spaceId, 'Space', 'getSpaceValue');
        return valueObject(spaceEntry(spaceId, String(valueName)), valueName);
    },
    getSensorHistoryValues: function (sensorId, dataType) {
        sensorId = String(sensorId);
        need(sensorId, 'Sensor', 'getSensorHistoryValues');
        return history(host.sensorHistory(sensorId));
    },
    getSpaceHistoryValues: function (spaceId, valueName) {
        spaceId = String(spaceId);
        need(spaceId, 'Space', 'getSpaceHistoryValues');
        return history(host.spaceHistory(spaceId, String(valueName)));
    },
    getSpaceChildSpaces: function (id) { return objs_(need(String(id), 'Space', 'getSpaceChildSpaces').cs); },
    getSpaceChildSensors: function (id) { return objs_(need(String(id), 'Space', 'getSpaceChildSensors').cn); },
    getSpaceChildDevices: function (id) { return objs_(need(String(id), 'Space', 'getSpaceChildDevices').cd); },
    getDeviceChildSensors: function (id) { return objs_(need(String(id), 'Device', 'getDeviceChildSensors').cn); },
    getSpaceParentSpace: function (id) { return obj(need(String(id), 'Space', 'getSpaceParentSpace').ps); },
    getSensorParentSpace: function (id) { return obj(need(String(id), 'Sensor', 'getSensorParentSpace').s); },
    getDeviceParentSpace: function (id) { return obj(need(String(id), 'Device', 'getDeviceParentSpace').ps); },
    getSensorParentDevice: function (id) { return obj(need(String(id), 'Sensor', 'getSensorParentDevice').d); },
    getSpaceExtendedProperty: function (id, name) { return extended(need(String(id), 'Space', 'getSpaceExtendedProperty'), String(name)); },
    getSensorExtendedProperty: function (id, name) { return extended(need(String(id), 'Sensor', 'getSensorExtendedProperty'), String(name)); },
    getDeviceExtendedProperty: function (id, name) { return extended(need(String(id), 'Device', 'getDeviceExtendedProperty'), String(name)); },
    setSensorValue: function (sensorId, dataType, value) {
        sensorId = String(sensorId);
        var n = need(sensorId, 'Sensor', 'setSensorValue');
        var dt = dataType === undefined || dataType === null ? n.m.DataType : String(dataType);
        var v = text(value);
        sv[sensorId] = [v, nowMs, null, dt];
        fx += 'S' + field(sensorId) + field(dt) + field(v);
    },
    setSpaceValue: function (spaceId, valueName, value) {
        spaceId = String(spaceId);
        need(spaceId, 'Space', 'setSpaceValue');
        var name = String(valueName), v = text(value);
        spv[spaceId + '\u0001' + name] = [v, nowMs, null, name];
        fx += 'P' + field(spaceId) + field(name) + field(v);
    },
    log: function (message) { fx += 'L' + field(String(message)); },
    sendNotification: function (id, type, payload) {
        fx += 'N' + field(String(id)) + field(String(type)) + field(text(payload) || '');
    }
};

var methods = {
    Space: {
        Parent: function () { return obj(topo[this.Id].ps); },
        ChildSpaces: function () { return objs_(topo[this.Id].cs); },
        ChildSensors: function () { return objs_(topo[this.Id].cn); },
        ChildDevices: function () { return objs_(topo[this.Id].cd); },
        Value: function (name) { return valueObject(spaceEntry(this.Id, String(name)), name); },
        History: function (name) { return history(host.spaceHistory(this.Id, String(name))); },
        ExtendedProperty: function (name) { return extended(topo[this.Id], String(name)); },
        Notify: function (payload) { api.sendNotification(this.Id, 'Space', payload); }
    },
    Device: {
        Parent: function () { return obj(topo[this.Id].ps); },
        Space: function () { return obj(topo[this.Id].ps); },
        ChildSensors: function () { return objs_(topo[this.Id].cn); },
        ExtendedProperty: function (name) { return extended(topo[this.Id], String(name)); },
        Notify: function (payload) { api.sendNotification(this.Id, 'Device', payload); }
    },
    Sensor: {
        Space: function () { return obj(topo[this.Id].s); },
        Parent: function () { return obj(topo[this.Id].s); },
        Device: function () { return obj(topo[this.Id].d); },
        Value: function () { return valueObject(sensorEntry(this.Id), this.DataType); },
        History: function () { return history(host.sensorHistory(this.Id)); },
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
    if (p === Value.prototype) return { DataType: v.DataType, Value: v.Value, CreatedTime: v.CreatedTime };
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
        if (id.indexOf('\u0001') >= 0) delete spv[id]; else delete sv[id];
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
        fx = '';
        nowMs = recv;
        fnName = name;
        fastText = msg; fastKind = fk; fastKey = fkey; fastNum = fnum;
        sv[sid] = [valText, ts, null, dt];
        fn(new Telemetry(sid, msg, val, dt, ts), new Context(name, enq, recv, corr));
        fastKind = 0;
        return fx;
    },
    setTopology: function (json) { topo = nativeParse(json); objs = {}; },
    invalidate: invalidate,
    invalidateAll: function () { sv = {}; spv = {}; },
    takeEffects: function () { var r = fx; fx = ''; fastKind = 0; return r; },
    takeTrace: function () { var r = JSON.stringify(trace); trace = []; return r; },
    setTracing: function (on) { tracing = !!on; trace = []; install(); }
};
}))JS");
}

} // namespace twin
