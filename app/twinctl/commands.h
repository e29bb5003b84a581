// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace twinctl {

// Each takes the arguments after its command word ("project new x.twinproj" gets
// {"new", "x.twinproj"}) and returns the process exit status (see cli.h).
int runProject(const QStringList &args);
/// "project import ..." and "project export ..." (called by runProject).
int runProjectImport(const QStringList &args);
int runProjectExport(const QStringList &args);
/// "project categories ...".
int runProjectCategories(const QStringList &args);
/// "project alerts ...".
int runProjectAlerts(const QStringList &args);
int runHistoryAlerts(const QStringList &args);
int runOntology(const QStringList &args);
int runConformance(const QStringList &args);
int runSimulate(const QStringList &args);
int runIngest(const QStringList &args);
int runFunction(const QStringList &args);
int runRecord(const QStringList &args);
int runReplay(const QStringList &args);
int runHistory(const QStringList &args);
int runRecordService(const QStringList &args);

} // namespace twinctl
