// SPDX-License-Identifier: GPL-3.0-or-later
// The comfort function with host helpers written in plain ECMAScript, and a loop that
// calls it: nothing in here touches the embedding, so the very same text runs in
// QJSEngine (function_bench) and in Node.js (node_vm_bench.js). The rate of each is the
// speed of the JavaScript engine alone on the work a function does.
// The file evaluates to a function (source, rooms) -> run(n).
(function (source, rooms) {
    'use strict';
    var HISTORY = 10000;
    var twins = {};
    for (var r = 0; r < rooms; ++r) {
        var room = { k: 'Space', id: 'room-' + r, sensors: [] };
        twins[room.id] = room;
        ['Temperature', 'Humidity'].forEach(function (type) {
            var s = { k: 'Sensor', id: type.toLowerCase() + '-' + r, dataType: type, space: room.id };
            twins[s.id] = s;
            room.sensors.push(s.id);
        });
    }
    var sensorValues = {}, spaceValues = {}, objects = {}, now = 0;
    function record(map, key, value) {
        var series = map[key] || (map[key] = []);
        series.push({ v: value === null || value === undefined ? null : String(value), t: now, iso: null });
        if (series.length >= 2 * HISTORY)
            series.splice(0, series.length - HISTORY);
    }
    var SensorProto = {
        Space: function () { return obj(twins[this.Id].space); },
        Value: function () {
            var series = sensorValues[this.Id], e = series ? series[series.length - 1] : null;
            if (!e)
                return { DataType: this.DataType, Value: null, CreatedTime: null };
            return { DataType: this.DataType, Value: e.v, CreatedTime: e.iso || (e.iso = new Date(e.t).toISOString()) };
        }
    };
    var SpaceProto = {
        ChildSensors: function () { return twins[this.Id].sensors.map(obj); }
    };
    function obj(id) {
        var o = objects[id];
        if (o)
            return o;
        var t = twins[id];
        if (!t)
            return null;
        o = Object.create(t.k === 'Sensor' ? SensorProto : SpaceProto);
        o.Id = id;
        o.Name = id;
        if (t.k === 'Sensor') {
            o.DataType = t.dataType;
            o.SpaceId = t.space;
        }
        objects[id] = Object.freeze(o);
        return o;
    }
    function getSensorMetadata(id) { var t = twins[String(id)]; return t && t.k === 'Sensor' ? obj(t.id) : null; }
    function setSensorValue(id, dataType, value) { record(sensorValues, String(id), value); }
    function setSpaceValue(id, name, value) { record(spaceValues, id + '\u0001' + name, value); }
    function log() {}
    var fn = new Function('getSensorMetadata', 'setSensorValue', 'setSpaceValue', 'log',
                          source + '\nreturn process;')(getSensorMetadata, setSensorValue, setSpaceValue, log);
    var messages = [], sensorIds = [];
    for (var i = 0; i < 16; ++i)
        messages.push(JSON.stringify({ SensorValue: +(20 + i * 0.25).toFixed(2) }));
    for (r = 0; r < rooms; ++r) {
        setSensorValue('humidity-' + r, 'Humidity', 45);
        sensorIds.push('temperature-' + r);
    }
    return function run(n) {
        for (var i = 0; i < n; ++i) {
            now = 1700000000000 + i;
            fn({ SensorId: sensorIds[i % rooms], Message: messages[i & 15], Value: 0, DataType: 'Temperature', Timestamp: now },
               { UserDefinedFunctionId: 'comfort', CorrelationId: String(i) });
        }
        return spaceValues['room-0\u0001Comfort'].slice(-1)[0].v;
    };
})
