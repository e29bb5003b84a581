// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/projectcontent.h"

#include <QUndoCommand>

namespace twin {

class ModelRegistry;
class Project;
class TwinGraph;

/// Adds already validated models, twins, relationships, functions and connection profiles as one step,
/// announced to views as one reset rather than a signal per item.
class ImportCommand : public QUndoCommand
{
public:
    ImportCommand(Project *project, TwinGraph *graph, ModelRegistry *models, const ProjectContent &content,
                  const QString &source, QUndoCommand *parent = nullptr);
    /// The project's definitions of models the content replaces: removed on redo, put
    /// back on undo.
    void setReplacedModels(const QList<QJsonObject> &models) { m_replaced = models; }
    void redo() override;
    void undo() override;

private:
    Project *const m_project;
    TwinGraph *const m_graph;
    ModelRegistry *const m_models;
    const ProjectContent m_content;
    QList<QJsonObject> m_replaced;
};

} // namespace twin
