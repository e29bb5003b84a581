// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QUndoCommand>

namespace twin {

class TwinGraph;

/// Changes a twin's model, with the properties that fit the new model (the caller decides
/// which); undo restores the old model and every old property.
class RetypeTwinCommand : public QUndoCommand
{
public:
    RetypeTwinCommand(TwinGraph *graph, const QString &twinId, const QString &model,
                      const QJsonObject &properties, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TwinGraph *const m_graph;
    const QString m_twinId;
    const QString m_newModel;
    const QJsonObject m_newProperties;
    QString m_oldModel;
    QJsonObject m_oldProperties;
};

} // namespace twin
