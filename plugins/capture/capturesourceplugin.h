// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/telemetrysource.h"

#include <QObject>

namespace twin {

/// The capture plugin's root object: creates CaptureSource instances.
class CaptureSourcePlugin : public QObject, public TelemetrySourcePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.twinstudio.TelemetrySourcePlugin/1" FILE "plugin.json")
    Q_INTERFACES(twin::TelemetrySourcePlugin)

public:
    TelemetrySource *create(QObject *parent) override;
};

} // namespace twin
