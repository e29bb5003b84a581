// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"

namespace twinctl {

int runIngest(const QStringList &)
{
    printErr(QStringLiteral("twinctl ingest: not available in this build yet"));
    return ExitUsage;
}

} // namespace twinctl
