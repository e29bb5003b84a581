// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace twin {

class ModelRegistry;

/// What a sensor measures, read from its model and its own properties.
class SensorSemantics
{
public:
    /// A sensor's data type: its `dataType` property when set; else the nearest sensor type
    /// its model is, by name (core or REC TemperatureSensor → "Temperature"); else its
    /// first telemetry's semantic type (RelativeHumidity → "Humidity"), else that
    /// telemetry's name capitalized.
    static QString dataType(const ModelRegistry &models, const QString &model,
                            const QJsonObject &properties);
    /// A sensor's unit: its `unit` property when set, else its first telemetry's unit.
    static QString unit(const ModelRegistry &models, const QString &model,
                        const QJsonObject &properties);
};

} // namespace twin
