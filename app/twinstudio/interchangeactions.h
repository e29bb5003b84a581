// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace twin {
class Project;
}

namespace twin::ui {

/// Import and export of topologies in every format a plugin provides, with a progress
/// dialog that can cancel, and an error dialog that lists every problem with its line.
class InterchangeActions : public QObject
{
    Q_OBJECT

public:
    InterchangeActions(Project *project, QWidget *window);

    /// Asks for a file and imports it (one undo step). Returns whether anything changed.
    bool importTopology();
    /// Imports \a path; the format is recognised from the content.
    bool importFile(const QString &path);
    bool exportTopology();

private:
    Project *const m_project;
    QWidget *const m_window;
};

} // namespace twin::ui
