// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QUndoCommand>

namespace twin {

class TwinGraph;

/// Sets (or, with an undefined value, removes) one property of a twin. Successive edits
/// of the same property merge, so typing into a field is one undo step.
class SetTwinPropertyCommand : public QUndoCommand
{
public:
    SetTwinPropertyCommand(TwinGraph *graph, const QString &twinId, const QString &name,
                           const QJsonValue &value, QUndoCommand *parent = nullptr);
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    void apply(const QJsonValue &value);

    TwinGraph *const m_graph;
    const QString m_twinId;
    const QString m_name;
    QJsonValue m_newValue;
    QJsonValue m_oldValue;
};

} // namespace twin
