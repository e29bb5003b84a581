// SPDX-License-Identifier: GPL-3.0-or-later
// Comfort from temperature and humidity. Runs for the Temperature and Humidity sensors of
// the rooms it is assigned over, averages each over the room's sensors (a room may have a
// thermostat beside its multisensor) and sets the room's "Comfort" value: "Comfortable",
// "Too warm", "Too cold", "Too humid" or "Too dry". The room is notified each time it
// becomes uncomfortable in a new way.
//
// Everything it decides comes from the readings of the room's sensors and the room's
// previous value, so the same telemetry always gives the same result.

var temperatureType = "Temperature";
var humidityType = "Humidity";
var comfortName = "Comfort";
var comfortable = "Comfortable";

// The comfort band of an office (°C, % relative humidity). A room that left it must come
// back inside by the margin before it counts as comfortable again, so that a reading
// wavering around a limit does not notify with every message.
var rules = [
    { verdict: "Too warm", reading: "temperature", above: 24.0, margin: 0.3 },
    { verdict: "Too cold", reading: "temperature", below: 20.0, margin: 0.3 },
    { verdict: "Too humid", reading: "humidity", above: 60.0, margin: 2.0 },
    { verdict: "Too dry", reading: "humidity", below: 30.0, margin: 2.0 }
];

function process(telemetry, executionContext) {
    var room = getSensorParentSpace(telemetry.SensorId);
    if (!room)
        return;
    var readings = {
        temperature: averageReading(room.ChildSensors(), temperatureType),
        humidity: averageReading(getSpaceChildSensors(room.Id), humidityType)
    };
    if (readings.temperature === null || readings.humidity === null)
        return; // not every reading has arrived yet

    var before = room.Value(comfortName).Value;
    var verdict = comfortOf(readings, before);
    setSpaceValue(room.Id, comfortName, verdict);
    if (verdict !== comfortable && verdict !== before) {
        room.Notify(JSON.stringify({
            message: room.FriendlyName + ": " + verdict.toLowerCase() + ", "
                + readings.temperature.toFixed(1) + " °C, " + readings.humidity.toFixed(0) + " %",
            room: room.Id,
            comfort: verdict,
            temperature: Math.round(readings.temperature * 100) / 100,
            humidity: Math.round(readings.humidity * 10) / 10
        }));
    }
}

// The verdict for readings {temperature, humidity} given the previous verdict.
function comfortOf(readings, before) {
    for (var i = 0; i < rules.length; ++i) {
        if (breaks(rules[i], readings, 0))
            return rules[i].verdict;
    }
    for (var j = 0; j < rules.length; ++j) {
        if (rules[j].verdict === before && breaks(rules[j], readings, rules[j].margin))
            return before;
    }
    return comfortable;
}

function breaks(rule, readings, margin) {
    var value = readings[rule.reading];
    return rule.above !== undefined ? value > rule.above - margin : value < rule.below + margin;
}

// The mean of the latest values of the sensors of the data type, null when none has one.
function averageReading(sensors, dataType) {
    var sum = 0, count = 0;
    for (var i = 0; i < sensors.length; ++i) {
        if (sensors[i].DataType !== dataType)
            continue;
        var value = parseFloat(sensors[i].Value().Value);
        if (!isNaN(value)) {
            sum += value;
            ++count;
        }
    }
    return count > 0 ? sum / count : null;
}
