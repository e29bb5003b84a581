// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"

namespace twinctl {

int runFunction(const QStringList &)
{
    printErr(QStringLiteral("twinctl function: not available in this build yet"));
    return ExitUsage;
}

} // namespace twinctl
