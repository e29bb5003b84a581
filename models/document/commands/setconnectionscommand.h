// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/connectionprofile.h"

#include <QJsonArray>
#include <QUndoCommand>

namespace twin {

class Project;

/**
 * Replaces a project's connection profiles (Project::connections()) as one undo step.
 * add(), replace() and remove() check what they are given and push the command on the
 * project's undo stack.
 */
class SetConnectionsCommand : public QUndoCommand
{
public:
    SetConnectionsCommand(Project *project, const QJsonArray &connections, const QString &text);

    void undo() override;
    void redo() override;

    /// Appends \a profile (its id made unique); false with why when it is not valid.
    static bool add(Project *project, const ConnectionProfile &profile, QString *error);
    /// Replaces the profile with id \a id by \a profile (which keeps \a id when its own
    /// is empty); false when there is none or \a profile is not valid.
    static bool replace(Project *project, const QString &id, const ConnectionProfile &profile, QString *error);
    /// Removes the profile with id \a id; false when there is none.
    static bool remove(Project *project, const QString &id, QString *error);

private:
    Project *const m_project;
    const QJsonArray m_before;
    const QJsonArray m_after;
};

} // namespace twin
