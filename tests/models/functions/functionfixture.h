// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/project.h"
#include "functions/functioneditor.h"
#include "functions/functionindex.h"
#include "functions/functionreplay.h"
#include "functions/memoryvaluestore.h"

#include <QString>

namespace twintest {

/// A room-availability function in the style of the original service's quickstart.
extern const char *const kAvailabilitySource;

/// building-1 ⊃ floor-1 ⊃ room-1 ⊃ multisensor-1 ─hasSensor→ motion-1, co2-1;
/// room-2 (on floor-1) ⊃ multisensor-2 ─hasSensor→ temp-2.
void buildRoomTopology(twin::Project *project);

twin::Matcher dataTypeMatcher(const QString &dataType);

/// Writes \a readings (time in ms, value) of \a sensor's point \a name into the history
/// file \a path, as a live run would have; false (with a test failure) when it cannot.
bool recordReadings(const QString &path, const QString &sensor, const QString &name,
                    const QList<QPair<qint64, double>> &readings);
twin::FunctionDefinition makeFunction(const QString &name, const QString &source,
                                      const QList<twin::Matcher> &matchers = {},
                                      const QString &assignedTo = QString());

/// A project with the room topology, a value store and a replay over them.
struct FunctionFixture
{
    FunctionFixture();

    /// Adds a function (asserting success) and reloads the replay's topology.
    void add(const twin::FunctionDefinition &definition);
    void reload();
    /// Feeds one message for \a sensorId; returns the results.
    QList<twin::InvocationResult> feed(const QString &sensorId, const QString &message);

    twin::Project project;
    twin::FunctionEditor editor{&project};
    twin::FunctionIndex index{&project};
    twin::MemoryValueStore store;
    twin::FunctionReplay replay{&store};
};

} // namespace twintest
