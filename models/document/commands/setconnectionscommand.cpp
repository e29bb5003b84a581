// SPDX-License-Identifier: GPL-3.0-or-later
#include "setconnectionscommand.h"

#include "document/project.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace twin {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("twin::SetConnectionsCommand", text);
}

/// Checks \a profile by reading its JSON back; the message names the profile.
bool check(const ConnectionProfile &profile, QString *error)
{
    ConnectionProfile read;
    return ConnectionProfile::fromJson(profile.toJson(), &read, error);
}

qsizetype indexOf(const QList<ConnectionProfile> &profiles, const QString &id)
{
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (profiles.at(i).id == id)
            return i;
    }
    return -1;
}

QJsonArray toJson(const QList<ConnectionProfile> &profiles)
{
    QJsonArray json;
    for (const ConnectionProfile &p : profiles)
        json.append(p.toJson());
    return json;
}

} // namespace

SetConnectionsCommand::SetConnectionsCommand(Project *project, const QJsonArray &connections, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_before(project->connections())
    , m_after(ConnectionProfile::sanitized(connections))
{
}

void SetConnectionsCommand::undo()
{
    m_project->setConnections(m_before);
}

void SetConnectionsCommand::redo()
{
    m_project->setConnections(m_after);
}

bool SetConnectionsCommand::add(Project *project, const ConnectionProfile &profile, QString *error)
{
    QList<ConnectionProfile> profiles = ConnectionProfile::listFromJson(project->connections());
    ConnectionProfile added = profile;
    added.id = ConnectionProfile::uniqueId(profiles, profile.id);
    if (!check(added, error))
        return false;
    profiles.append(added);
    project->undoStack()->push(
        new SetConnectionsCommand(project, toJson(profiles), translated("Add Connection %1").arg(added.displayName())));
    return true;
}

bool SetConnectionsCommand::replace(Project *project, const QString &id, const ConnectionProfile &profile,
                                    QString *error)
{
    QList<ConnectionProfile> profiles = ConnectionProfile::listFromJson(project->connections());
    const qsizetype index = indexOf(profiles, id);
    if (index < 0) {
        *error = QStringLiteral("there is no connection '%1'").arg(id);
        return false;
    }
    ConnectionProfile edited = profile;
    if (edited.id.isEmpty())
        edited.id = id;
    if (edited.id != id && indexOf(profiles, edited.id) >= 0) {
        *error = QStringLiteral("the id '%1' is used by another connection").arg(edited.id);
        return false;
    }
    if (!check(edited, error))
        return false;
    profiles[index] = edited;
    project->undoStack()->push(
        new SetConnectionsCommand(project, toJson(profiles), translated("Edit Connection %1").arg(edited.displayName())));
    return true;
}

bool SetConnectionsCommand::remove(Project *project, const QString &id, QString *error)
{
    QList<ConnectionProfile> profiles = ConnectionProfile::listFromJson(project->connections());
    const qsizetype index = indexOf(profiles, id);
    if (index < 0) {
        *error = QStringLiteral("there is no connection '%1'").arg(id);
        return false;
    }
    const QString name = profiles.at(index).displayName();
    profiles.removeAt(index);
    project->undoStack()->push(
        new SetConnectionsCommand(project, toJson(profiles), translated("Remove Connection %1").arg(name)));
    return true;
}

} // namespace twin
