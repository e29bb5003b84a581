// SPDX-License-Identifier: GPL-3.0-or-later
// Room availability from motion and carbon dioxide. Runs for the Motion and
// CarbonDioxide sensors of the rooms it is assigned over and sets the room's
// "AvailableAndFresh" value: "Available" (nobody moves and the air is fresh),
// "Occupied" (motion) or "Stale air" (CO2 at or above the threshold, whoever is there).
// The room is notified once each time its air turns stale.
//
// Everything it decides comes from the readings of the room's sensors and the room's
// previous value, so the same telemetry always gives the same result.

var motionType = "Motion";
var carbonDioxideType = "CarbonDioxide";
var availabilityName = "AvailableAndFresh";

var available = "Available";
var occupied = "Occupied";
var staleAir = "Stale air";

// ppm. Offices aim to stay below 1000 ppm; once stale, the air counts as fresh again
// only below 950 ppm, so that a reading wavering around the limit does not notify
// with every message.
var carbonDioxideLimit = 1000;
var carbonDioxideRecovered = 950;

function process(telemetry, executionContext) {
    var sensor = getSensorMetadata(telemetry.SensorId);
    var room = sensor ? sensor.Space() : null;
    if (!room)
        return;
    var sensors = room.ChildSensors();
    var motion = latestReading(sensors, motionType);
    var carbonDioxide = latestReading(sensors, carbonDioxideType);
    if (motion === null || carbonDioxide === null)
        return; // not every reading has arrived yet

    var before = room.Value(availabilityName).Value;
    var state = availability(isTrue(motion), parseFloat(carbonDioxide), before);
    setSpaceValue(room.Id, availabilityName, state);
    if (state === staleAir && before !== staleAir) {
        room.Notify(JSON.stringify({
            message: room.FriendlyName + ": stale air, CO2 "
                + Math.round(parseFloat(carbonDioxide)) + " ppm",
            room: room.Id,
            carbonDioxide: parseFloat(carbonDioxide)
        }));
    }
}

// The room's state from its presence, its CO2 in ppm and its previous state.
function availability(presence, carbonDioxide, before) {
    var limit = before === staleAir ? carbonDioxideRecovered : carbonDioxideLimit;
    if (carbonDioxide >= limit)
        return staleAir;
    return presence ? occupied : available;
}

// The latest value (a string) of the first sensor of the data type that has one.
function latestReading(sensors, dataType) {
    for (var i = 0; i < sensors.length; ++i) {
        if (sensors[i].DataType !== dataType)
            continue;
        var value = sensors[i].Value().Value;
        if (value !== null && value !== undefined && value !== "")
            return value;
    }
    return null;
}

// Motion sensors report true/false, or 1/0 as some devices do.
function isTrue(value) {
    var text = String(value).toLowerCase();
    return text === "true" || text === "1";
}
