// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"

namespace twinctl {

int runProjectImport(const QStringList &)
{
    printErr(QStringLiteral("twinctl project import: not available in this build yet"));
    return ExitUsage;
}

int runProjectExport(const QStringList &)
{
    printErr(QStringLiteral("twinctl project export: not available in this build yet"));
    return ExitUsage;
}

} // namespace twinctl
