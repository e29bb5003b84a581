// SPDX-License-Identifier: GPL-3.0-or-later
// The comfort function in Node.js's vm module, with host helpers equivalent to
// TwinStudio's in plain JavaScript: the script runs once, process() is called directly
// per sample (no per-call timeout: Node's costs a watchdog thread per call).
// Then Node-RED's way of running a function node: the function body compiled once into a
// vm.Script that wraps it in an async function, and that script run in the context once
// per message (msg set in the context, the result a promise).
// Usage: node node_vm_bench.js comfort.js ROOMS INVOCATIONS
'use strict';
const vm = require('vm');
const fs = require('fs');

const [source, rooms, count] = [fs.readFileSync(process.argv[2], 'utf8'), +process.argv[3], +process.argv[4]];
const HISTORY = 10000;

// Topology: rooms, each with a device carrying a temperature and a humidity sensor.
const twins = new Map();
for (let r = 0; r < rooms; ++r) {
    const room = { k: 'Space', id: `room-${r}`, sensors: [] };
    twins.set(room.id, room);
    for (const type of ['Temperature', 'Humidity']) {
        const s = { k: 'Sensor', id: `${type.toLowerCase()}-${r}`, dataType: type, space: room.id, device: `device-${r}` };
        twins.set(s.id, s);
        room.sensors.push(s.id);
    }
}
const sensorValues = new Map();
const spaceValues = new Map();
function record(map, key, entry) {
    let series = map.get(key);
    if (!series) { series = []; map.set(key, series); }
    series.push(entry);
    if (series.length >= 2 * HISTORY) series.splice(0, series.length - HISTORY);
}

const SensorProto = {
    Space() { return obj(twins.get(this.Id).space); },
    Value() {
        const series = sensorValues.get(this.Id);
        const e = series ? series[series.length - 1] : null;
        return e ? { DataType: this.DataType, Value: e.v, CreatedTime: e.iso || (e.iso = new Date(e.t).toISOString()) }
                 : { DataType: this.DataType, Value: null, CreatedTime: null };
    }
};
const SpaceProto = {
    ChildSensors() { return twins.get(this.Id).sensors.map(obj); }
};
const objects = new Map();
function obj(id) {
    let o = objects.get(id);
    if (o) return o;
    const t = twins.get(id);
    if (!t) return null;
    o = Object.create(t.k === 'Sensor' ? SensorProto : SpaceProto);
    o.Id = id; o.Name = id;
    if (t.k === 'Sensor') { o.DataType = t.dataType; o.SpaceId = t.space; o.DeviceId = t.device; }
    objects.set(id, Object.freeze(o));
    return o;
}
let now = Date.now();
const sandbox = {
    getSensorMetadata(id) { const t = twins.get(String(id)); return t && t.k === 'Sensor' ? obj(t.id) : null; },
    setSensorValue(id, dataType, value) { record(sensorValues, String(id), { v: value == null ? null : String(value), t: now, iso: null }); },
    setSpaceValue(id, name, value) { record(spaceValues, id + '\u0001' + name, { v: value == null ? null : String(value), t: now, iso: null }); },
    log() {}
};
const context = vm.createContext(sandbox);
vm.runInContext(source, context);
let fn = context.process;

const messages = [];
for (let i = 0; i < 16; ++i) messages.push(JSON.stringify({ SensorValue: +(20 + i * 0.25).toFixed(2) }));
for (let r = 0; r < rooms; ++r) sandbox.setSensorValue(`humidity-${r}`, 'Humidity', 45);

const sensorIds = [];
for (let r = 0; r < rooms; ++r) sensorIds.push(`temperature-${r}`);

function run(n) {
    for (let i = 0; i < n; ++i) {
        const r = i % rooms;
        now = 1700000000000 + i;
        const message = messages[i & 15];
        fn({ SensorId: sensorIds[r], Message: message, Value: 0, DataType: 'Temperature', Timestamp: now },
           { UserDefinedFunctionId: 'comfort', CorrelationId: String(i) });
    }
}
// Rates per wall second and per CPU second of the process (on a shared machine the wall
// clock measures the neighbours too).
function measure(name, loop) {
    loop(Math.min(count, 20000)); // warm up
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    loop(count);
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    console.log(`${name}_invocations_per_s=${Math.round(count / wall)} ${name}_invocations_per_cpu_s=${Math.round(count / cpuSeconds)}`);
}
measure('node_vm', run);

// Node-RED's function node: the same source as the node's body, wrapped as Node-RED wraps
// it, one runInContext() per message; promises are settled between chunks of messages.
const nodeRedScript = new vm.Script('var results = null; results = (async function (msg) {\n' + source +
                                    '\nreturn process(msg.payload, msg.context);\n})(msg);', { filename: 'comfort-node' });
async function nodeRed(n) {
    for (let done = 0; done < n;) {
        const chunk = Math.min(1000, n - done);
        for (let i = done; i < done + chunk; ++i) {
            const r = i % rooms;
            now = 1700000000000 + i;
            context.msg = { payload: { SensorId: sensorIds[r], Message: messages[i & 15], Value: 0, DataType: 'Temperature',
                                       Timestamp: now },
                            context: { UserDefinedFunctionId: 'comfort', CorrelationId: String(i) } };
            nodeRedScript.runInContext(context);
            context.results.then(() => {}, (e) => { throw e; });
        }
        done += chunk;
        await null;
    }
}
async function measureAsync(name, loop) {
    await loop(Math.min(count, 20000)); // warm up
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    await loop(count);
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    console.log(`${name}_invocations_per_s=${Math.round(count / wall)} ${name}_invocations_per_cpu_s=${Math.round(count / cpuSeconds)}`);
}
// For reference: the same function and helpers without vm (no sandbox at all).
fn = new Function('getSensorMetadata', 'setSensorValue', 'setSpaceValue', 'log', source + '\nreturn process;')(
    sandbox.getSensorMetadata, sandbox.setSensorValue, sandbox.setSpaceValue, sandbox.log);
measure('node_plain', run);
// The engine alone: the same plain-ECMAScript harness that function_bench runs in
// QJSEngine (engine_harness.js), so the two rates compare the engines on identical code.
const harness = (0, eval)(fs.readFileSync(require('path').join(__dirname, 'engine_harness.js'), 'utf8'));
measure('node_harness', harness(source, rooms));
measureAsync('node_red', nodeRed);
