// SPDX-License-Identifier: GPL-3.0-or-later
#include "settwinpropertycommand.h"

#include "document/commandids.h"
#include "graph/twingraph.h"

#include <QCoreApplication>

namespace twin {

SetTwinPropertyCommand::SetTwinPropertyCommand(TwinGraph *graph, const QString &twinId,
                                               const QString &name, const QJsonValue &value,
                                               const QString &mergeKey, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_graph(graph)
    , m_twinId(twinId)
    , m_name(name)
    , m_mergeKey(mergeKey)
    , m_newValue(value)
{
    const Twin *t = graph->findTwin(twinId);
    Q_ASSERT(t);
    m_oldValue = t->properties.value(name);
    m_oldLayout = t->geometry.floor;
    setText(QCoreApplication::translate("twin::Commands", "Set %1 of %2").arg(name, t->displayName()));
}

int SetTwinPropertyCommand::id() const
{
    return CmdSetTwinProperty;
}

bool SetTwinPropertyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetTwinPropertyCommand *>(other);
    if (o->m_twinId != m_twinId || o->m_name != m_name || o->m_mergeKey != m_mergeKey)
        return false;
    m_newValue = o->m_newValue;
    return true;
}

void SetTwinPropertyCommand::apply(const QJsonValue &value)
{
    const int index = m_graph->indexOfTwin(m_twinId);
    QJsonObject properties = m_graph->twin(index).properties;
    if (value.isUndefined())
        properties.remove(m_name);
    else
        properties.insert(m_name, value);
    m_graph->setTwinProperties(index, properties);
}

void SetTwinPropertyCommand::followFloorLayout(const QJsonValue &value)
{
    if (!m_oldLayout || !value.isDouble())
        return;
    const Twin &t = m_graph->twin(m_graph->indexOfTwin(m_twinId));
    FloorLayout layout = t.geometry.floor.value_or(*m_oldLayout);
    if (m_name == QLatin1String("elevation"))
        layout.elevation = value.toDouble();
    else if (m_name == QLatin1String("height") && value.toDouble() > 0)
        layout.height = value.toDouble();
    else
        return;
    setFloorLayout(layout);
}

void SetTwinPropertyCommand::setFloorLayout(const FloorLayout &layout)
{
    const int index = m_graph->indexOfTwin(m_twinId);
    Geometry geometry = m_graph->twin(index).geometry;
    if (geometry.floor == layout)
        return;
    geometry.floor = layout;
    m_graph->setTwinGeometry(index, geometry);
}

void SetTwinPropertyCommand::redo()
{
    apply(m_newValue);
    followFloorLayout(m_newValue);
}

void SetTwinPropertyCommand::undo()
{
    apply(m_oldValue);
    if (m_oldLayout)
        setFloorLayout(*m_oldLayout);
}

} // namespace twin
