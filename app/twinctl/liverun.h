// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

class QString;

namespace twin {
class LiveSetup;
class Project;
}

namespace twinctl {

/// Binds \a project (opened from \a projectFile) to \a live, printing binding problems,
/// and lets its functions run when the project is trusted here or \a trust is given
/// (else says on stderr why they do not run).
void bindLiveProject(const QString &projectFile, twin::Project &project, twin::LiveSetup &live, bool trust);

/// The summary `twinctl ingest` and `twinctl replay` print at the end of a run: the same
/// fields for both (see `twinctl ingest --help`), \a seconds being the whole run's.
QJsonObject liveSummary(twin::LiveSetup &live, double seconds);
/// The same MQTT client id for every run on this machine and project, so that the broker
/// keeps the session's messages for the next run.
QString stableClientId(const QString &projectFile);
/// Prints \a summary: as one JSON line with --json, else as one line of text.
void printLiveSummary(const QJsonObject &summary, bool json);

} // namespace twinctl
