// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace twintest {

/// What a tool run measured by runToolMeasuringMemory() left behind.
struct MeasuredRun
{
    int exitCode = -1;       ///< -1 when it did not start, was killed or timed out
    long peakRssKiB = 0;     ///< the child's own peak resident set (getrusage's ru_maxrss)
    QString err;             ///< what it wrote on stderr
};

/// Runs a built tool (as runTool() does) and returns its peak resident memory, taken
/// from that one child's resource usage when it is reaped. Stdout is discarded.
MeasuredRun runToolMeasuringMemory(const QString &name, const QStringList &arguments, int timeoutSeconds = 300);

/// Whether memory figures mean anything in this build: AddressSanitizer's shadow memory
/// and quarantine multiply a process's footprint, so memory bounds are checked without it.
bool memoryFiguresAreMeaningful();

} // namespace twintest
