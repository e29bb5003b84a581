// SPDX-License-Identifier: GPL-3.0-or-later
#include "functioneditor.h"

#include "core/failure.h"
#include "core/logging.h"
#include "document/project.h"
#include "functions/commands/addfunctioncommand.h"
#include "functions/commands/changefunctioncommand.h"
#include "functions/commands/removefunctioncommand.h"
#include "functions/functionengine.h"

namespace twin {

FunctionEditor::FunctionEditor(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
}

QList<FunctionDefinition> FunctionEditor::functions() const
{
    QList<FunctionDefinition> result;
    for (const QJsonValue &v : m_project->functions()) {
        FunctionDefinition d;
        QString why;
        if (FunctionDefinition::fromJson(v.toObject(), &d, &why))
            result.append(d);
        else
            qCWarning(lcFunctions) << "skipping a function definition:" << why;
    }
    return result;
}

int FunctionEditor::indexOf(const QString &name) const
{
    const QJsonArray &list = m_project->functions();
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).toObject().value(QStringLiteral("name")).toString() == name)
            return i;
    }
    return -1;
}

bool FunctionEditor::function(const QString &name, FunctionDefinition *definition) const
{
    const int index = indexOf(name);
    return index >= 0
        && FunctionDefinition::fromJson(m_project->functions().at(index).toObject(), definition, nullptr);
}

bool FunctionEditor::validate(const FunctionDefinition &d, const QString &replacing, QString *error) const
{
    if (d.name.trimmed().isEmpty())
        return fail(error, tr("a function needs a name"));
    if (d.name != replacing && indexOf(d.name) >= 0)
        return fail(error, tr("a function named '%1' already exists").arg(d.name));
    if (!d.assignedTo.isEmpty() && !m_project->graph()->findTwin(d.assignedTo))
        return fail(error, tr("function '%1' is assigned to '%2', which does not exist").arg(d.name, d.assignedTo));
    SyntaxError syntax;
    if (!FunctionEngine::checkSyntax(d.source, d.name, &syntax))
        return fail(error, syntax.format());
    return true;
}

bool FunctionEditor::addFunction(const FunctionDefinition &definition, QString *error)
{
    if (!validate(definition, QString(), error))
        return false;
    m_project->undoStack()->push(
        new AddFunctionCommand(m_project, int(m_project->functions().size()), definition.toJson()));
    return true;
}

bool FunctionEditor::removeFunction(const QString &name, QString *error)
{
    const int index = indexOf(name);
    if (index < 0)
        return fail(error, tr("there is no function '%1'").arg(name));
    m_project->undoStack()->push(new RemoveFunctionCommand(m_project, index));
    return true;
}

bool FunctionEditor::updateFunction(const QString &name, const FunctionDefinition &definition, QString *error)
{
    const int index = indexOf(name);
    if (index < 0)
        return fail(error, tr("there is no function '%1'").arg(name));
    if (!validate(definition, name, error))
        return false;
    m_project->undoStack()->push(new ChangeFunctionCommand(m_project, index, definition.toJson(), false,
                                                           tr("Change function %1").arg(name)));
    return true;
}

bool FunctionEditor::setSource(const QString &name, const QString &source, QString *error)
{
    FunctionDefinition d;
    if (!function(name, &d))
        return fail(error, tr("there is no function '%1'").arg(name));
    d.source = source;
    if (!validate(d, name, error))
        return false;
    m_project->undoStack()->push(new ChangeFunctionCommand(m_project, indexOf(name), d.toJson(), true,
                                                           tr("Edit function %1").arg(name)));
    return true;
}

bool FunctionEditor::setEnabled(const QString &name, bool enabled, const QString &reason, QString *error)
{
    FunctionDefinition d;
    if (!function(name, &d))
        return fail(error, tr("there is no function '%1'").arg(name));
    d.enabled = enabled;
    d.disabledReason = enabled ? QString() : reason;
    m_project->undoStack()->push(new ChangeFunctionCommand(
        m_project, indexOf(name), d.toJson(), false,
        enabled ? tr("Enable function %1").arg(name) : tr("Disable function %1").arg(name)));
    return true;
}

} // namespace twin
