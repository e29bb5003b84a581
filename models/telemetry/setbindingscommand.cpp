// SPDX-License-Identifier: GPL-3.0-or-later
#include "setbindingscommand.h"

#include "bindingcheck.h"

#include "document/project.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace twin {

namespace {

QString label(const QJsonObject &entry)
{
    const QString who = entry.contains(QStringLiteral("twin")) ? entry.value(QStringLiteral("twin")).toString()
                                                                 : entry.value(QStringLiteral("topic")).toString();
    const QString name = entry.value(QStringLiteral("name")).toString();
    return name.isEmpty() ? who : QStringLiteral("%1.%2").arg(who, name);
}

} // namespace

SetBindingsCommand::SetBindingsCommand(Project *project, const QJsonArray &bindings, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_before(project->bindings())
    , m_after(bindings)
{
}

void SetBindingsCommand::undo()
{
    apply(m_before);
}

void SetBindingsCommand::redo()
{
    apply(m_after);
}

void SetBindingsCommand::apply(const QJsonArray &bindings)
{
    m_project->setBindings(bindings);
}

bool SetBindingsCommand::add(Project *project, const QJsonObject &entry, QString *error)
{
    if (const QString problem = BindingCheck::problem(*project, entry); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QJsonArray bindings = project->bindings();
    bindings.append(entry);
    project->undoStack()->push(new SetBindingsCommand(project, bindings, QCoreApplication::translate("twin::SetBindingsCommand", "Bind %1").arg(label(entry))));
    return true;
}

bool SetBindingsCommand::replace(Project *project, int index, const QJsonObject &entry, QString *error)
{
    QJsonArray bindings = project->bindings();
    if (index < 0 || index >= bindings.size()) {
        *error = QCoreApplication::translate("twin::SetBindingsCommand", "There is no binding %1 (the project has %2)").arg(index + 1).arg(bindings.size());
        return false;
    }
    if (const QString problem = BindingCheck::problem(*project, entry); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (bindings.at(index).toObject() == entry)
        return true;
    bindings.replace(index, entry);
    project->undoStack()->push(new SetBindingsCommand(project, bindings, QCoreApplication::translate("twin::SetBindingsCommand", "Edit Binding %1").arg(label(entry))));
    return true;
}

bool SetBindingsCommand::remove(Project *project, int index, QString *error)
{
    QJsonArray bindings = project->bindings();
    if (index < 0 || index >= bindings.size()) {
        *error = QCoreApplication::translate("twin::SetBindingsCommand", "There is no binding %1 (the project has %2)").arg(index + 1).arg(bindings.size());
        return false;
    }
    const QJsonObject entry = bindings.at(index).toObject();
    bindings.removeAt(index);
    project->undoStack()->push(new SetBindingsCommand(project, bindings, QCoreApplication::translate("twin::SetBindingsCommand", "Remove Binding %1").arg(label(entry))));
    return true;
}

} // namespace twin
