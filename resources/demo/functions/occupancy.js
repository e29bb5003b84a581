// SPDX-License-Identifier: GPL-3.0-or-later
// Floor and building occupancy from motion. Runs for the Motion sensors of the rooms it
// is assigned over. For the floor of the room whose motion sensor reported, and for the
// building of that floor, it counts the rooms where the latest motion reading says
// someone is there, and sets "OccupiedRooms" (a count) and "Occupancy" (the share of the
// rooms with a motion sensor, in percent) on both; the building also gets
// "OccupiedFloors".
//
// Everything it decides comes from the readings of the building's motion sensors, so
// the same telemetry always gives the same result.

var motionType = "Motion";

function process(telemetry, executionContext) {
    var sensor = getSensorMetadata(telemetry.SensorId);
    var room = sensor ? sensor.Space() : null;
    var floor = room ? room.Parent() : null;
    if (!floor)
        return;
    var building = floor.Parent();
    var floors = building ? building.ChildSpaces() : [floor];
    var total = { occupied: 0, watched: 0 }, occupiedFloors = 0;
    for (var i = 0; i < floors.length; ++i) {
        var count = occupiedRooms(floors[i].ChildSpaces());
        if (floors[i].Id === floor.Id)
            setOccupancy(floor.Id, count);
        total.occupied += count.occupied;
        total.watched += count.watched;
        if (count.occupied > 0)
            ++occupiedFloors;
    }
    if (building) {
        setOccupancy(building.Id, total);
        setSpaceValue(building.Id, "OccupiedFloors", occupiedFloors);
    }
}

function setOccupancy(spaceId, count) {
    setSpaceValue(spaceId, "OccupiedRooms", count.occupied);
    setSpaceValue(spaceId, "Occupancy", count.watched > 0 ? Math.round(100 * count.occupied / count.watched) : 0);
}

// {occupied, watched}: of the spaces with a motion sensor that has a reading (watched),
// those where any motion sensor says someone is there.
function occupiedRooms(spaces) {
    var occupied = 0, watched = 0;
    for (var i = 0; i < spaces.length; ++i) {
        var presence = roomPresence(spaces[i].ChildSensors());
        if (presence === null)
            continue;
        ++watched;
        if (presence)
            ++occupied;
    }
    return { occupied: occupied, watched: watched };
}

// Whether any motion sensor of the room says someone is there (true/false, or 1/0 as
// some devices send); null when no motion sensor of the room has a reading yet.
function roomPresence(sensors) {
    var seen = false;
    for (var i = 0; i < sensors.length; ++i) {
        if (sensors[i].DataType !== motionType)
            continue;
        var value = sensors[i].Value().Value;
        if (value === null || value === undefined)
            continue;
        seen = true;
        var text = String(value).toLowerCase();
        if (text === "true" || text === "1")
            return true;
    }
    return seen ? false : null;
}
