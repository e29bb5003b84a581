// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttsourceplugin.h"

#include "mqttsource.h"

namespace twin {

TelemetrySource *MqttSourcePlugin::create(QObject *parent)
{
    return new MqttSource(parent);
}

} // namespace twin
