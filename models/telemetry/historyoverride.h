// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace twin {

class Project;

/**
 * The history given for one run of a project (`twinstudio --history`): it wins over the
 * project's setting (HistoryLocationSetting), is never saved and is not an edit. Attached
 * to the project as a child object; opening another project or clearing this one drops it.
 */
class HistoryOverride : public QObject
{
    Q_OBJECT

public:
    /// The history given for \a project's run; empty when none was.
    static QString of(const Project &project);
    /// Gives \a location for \a project's run (empty: none).
    static void set(Project *project, const QString &location);

private:
    explicit HistoryOverride(Project *project);

    QString m_location;
};

} // namespace twin
