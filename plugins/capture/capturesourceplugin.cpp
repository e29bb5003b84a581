// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturesourceplugin.h"

#include "capturesource.h"

namespace twin {

TelemetrySource *CaptureSourcePlugin::create(QObject *parent)
{
    return new CaptureSource(parent);
}

} // namespace twin
