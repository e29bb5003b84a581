// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace twin {
class Project;
}

namespace twintest {

/// The interface dtmi:test:Climate;1: telemetry temperature (double, degreeCelsius) and
/// humidity (double); properties occupied (boolean), label (string), people (integer) and
/// mode (enum of strings: eco, comfort); and a map property settings (not bindable).
QByteArray climateModel();
QString climateDtmi();

/// Loads climateModel() into \a project and adds the twins zone-a, zone-b and zone-c of
/// it, and other-1 (a core Room). Failures are test failures.
void climateSite(twin::Project &project);

} // namespace twintest
