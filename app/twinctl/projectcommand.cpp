// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"

namespace twinctl {

int runProject(const QStringList &)
{
    printErr(QStringLiteral("twinctl project: not available in this build yet"));
    return ExitUsage;
}

} // namespace twinctl
