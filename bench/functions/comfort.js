// A comfort function in the style of the original service: parse the message, store the
// reading, walk to the room, read its temperature and humidity, set a space value.
function process(telemetry, executionContext) {
    var reading = JSON.parse(telemetry.Message);
    setSensorValue(telemetry.SensorId, telemetry.DataType, reading.SensorValue);
    var room = getSensorMetadata(telemetry.SensorId).Space();
    var sensors = room.ChildSensors();
    var t = NaN, h = NaN;
    for (var i = 0; i < sensors.length; ++i) {
        var s = sensors[i];
        if (s.DataType === "Temperature")
            t = parseFloat(s.Value().Value);
        else if (s.DataType === "Humidity")
            h = parseFloat(s.Value().Value);
    }
    var comfort = t - 0.55 * (1 - h / 100) * (t - 14.5);
    setSpaceValue(room.Id, "Comfort", comfort.toFixed(1));
}
