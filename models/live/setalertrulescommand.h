// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/setviewstatecommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace twin {

class Project;

/**
 * Replaces a project's alert rules (the JSON list under AlertRule::projectKey() in the
 * project's key/value state) as one undo step. add() and remove() check what they are
 * given and push the command on the project's undo stack.
 */
class SetAlertRulesCommand : public SetViewStateCommand
{
public:
    SetAlertRulesCommand(Project *project, const QJsonArray &rules, const QString &text);

    /// The project's rules as stored.
    static QJsonArray rulesOf(const Project &project);
    /// Appends \a rule after checking it (AlertRule::fromJson); false with why otherwise.
    static bool add(Project *project, const QJsonObject &rule, QString *error);
    /// Removes rule \a index (0-based); false when there is none.
    static bool remove(Project *project, int index, QString *error);
};

} // namespace twin
