// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/twin.h"

#include <QJsonValue>
#include <QUndoCommand>

#include <optional>

namespace twin {

class TwinGraph;

/// Sets (or, with an undefined value, removes) one property of a twin. Successive edits
/// of the same property with the same merge key merge, so typing into a field is one undo
/// step while edits of two fields of one object value stay two. A floor's `elevation` and
/// `height` are its plan layout's too: setting them moves the layout with them.
class SetTwinPropertyCommand : public QUndoCommand
{
public:
    SetTwinPropertyCommand(TwinGraph *graph, const QString &twinId, const QString &name,
                           const QJsonValue &value, const QString &mergeKey = QString(),
                           QUndoCommand *parent = nullptr);
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    void apply(const QJsonValue &value);
    /// Gives the floor layout the elevation or height \a value (a floor's property).
    void followFloorLayout(const QJsonValue &value);
    void setFloorLayout(const FloorLayout &layout);

    TwinGraph *const m_graph;
    const QString m_twinId;
    const QString m_name;
    const QString m_mergeKey;
    QJsonValue m_newValue;
    QJsonValue m_oldValue;
    std::optional<FloorLayout> m_oldLayout; ///< a floor's layout before the edit
};

} // namespace twin
