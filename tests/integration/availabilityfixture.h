// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace twintest {

/// A function on the temperature sensors: (name, source).
using TemperatureFunction = std::pair<const char *, const char *>;
/// A message a sensor publishes: (sensor id, payload).
using SensorMessage = std::pair<const char *, const char *>;

/**
 * Saves \a file: the room topology (buildRoomTopology()) with \a temperatureFunctions on
 * its temperature sensors and the availability function (kAvailabilitySource) on room-1,
 * reading its motion and CO₂ sensors. False with \a error when a function is refused or
 * the file cannot be written.
 */
bool saveAvailabilityProject(const QString &file, const QList<TemperatureFunction> &temperatureFunctions,
                             QString *error);
/// Publishes \a messages in order to twins/<sensor>/telemetry on the broker at \a url.
bool publishTelemetry(const QString &url, const QList<SensorMessage> &messages);
/// The summary a `--json` run printed: its output's last line.
QJsonObject jsonSummary(const QByteArray &out);
/// What the availability function said of room-1 in \a summary's space values.
QString roomAvailability(const QJsonObject &summary);

} // namespace twintest
