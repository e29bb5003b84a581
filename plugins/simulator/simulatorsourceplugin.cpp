// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatorsourceplugin.h"

#include "simulatorsource.h"

namespace twin {

TelemetrySource *SimulatorSourcePlugin::create(QObject *parent)
{
    return new SimulatorSource(parent);
}

} // namespace twin
