// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stringkey.h"
#include "functions/functiondefinition.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

#include <memory>

namespace twin {

class Project;

/**
 * An immutable snapshot of what the function runtime needs from the document: the
 * spaces, devices and sensors with their metadata and their v1 graph links, the function
 * definitions, and the per-sensor index of the functions whose matchers hold for it.
 *
 * Built on the document's thread (FunctionIndex), shared read-only with the worker
 * threads. Matchers are evaluated here, once per change, never per message.
 *
 * v1 graph semantics: a sensor belongs to a device (its containment parent or the source
 * of a `hasSensor` relationship) and to a space: the space that contains it directly, or
 * else the space its device stands in. A space's ChildSensors() are the sensors whose
 * space it is; child spaces and devices follow containment.
 */
class FunctionTopology
{
public:
    enum class Kind { Other, Space, Device, Sensor };

    struct Node
    {
        QString id;
        Kind kind = Kind::Other;
        QJsonObject metadata;   ///< what functions and matchers see (PascalCase + camelCase)
        QJsonObject properties; ///< the twin's properties (ExtendedProperty())
        QString parentSpace;    ///< spaces and devices: the nearest space above
        QString space;          ///< sensors: their space
        QString device;         ///< sensors: their device
        QStringList childSpaces;
        QStringList childDevices;
        QStringList childSensors;
    };

    /// Builds a snapshot of \a project with \a functions (usually FunctionEditor::functions()).
    static std::shared_ptr<const FunctionTopology> build(const Project &project,
                                                         const QList<FunctionDefinition> &functions);

    /// Unique per snapshot in the process; engines compare it to know when to reload.
    quint64 generation() const { return m_generation; }

    const QList<FunctionDefinition> &functions() const { return m_functions; }
    int functionSlot(const QString &name) const { return m_functionSlots.value(name, -1); }
    /// Slots of the enabled functions that run for telemetry of \a sensorId.
    const QList<int> &functionsFor(const QString &sensorId) const;

    /// Whether the function in \a slot may write values on, and notify, \a twinId: inside
    /// its assigned twin's subtree, or anywhere with FunctionDefinition::ProjectScope.
    bool mayWrite(int slot, const QString &twinId) const;

    const Node *node(const QString &id) const;
    bool isSensor(const QString &id) const;
    QString sensorDataType(const QString &sensorId) const;
    int nodeCount() const { return int(m_nodes.size()); }

    /// The graph as JSON text for the JavaScript side (parsed once per engine and snapshot).
    const QByteArray &scriptJson() const { return m_scriptJson; }

    static QString kindName(Kind kind);

private:
    friend class FunctionWorkerProtocol; // sends snapshots to worker processes
    quint64 m_generation = 0;
    QList<FunctionDefinition> m_functions;
    QHash<QString, int> m_functionSlots;
    QHash<QString, Node> m_nodes;
    QHash<StringKey, QList<int>> m_index;
    QList<QSet<StringKey>> m_writeScopes; ///< per slot; empty for a project-wide function
    QList<bool> m_projectScope;          ///< per slot
    QByteArray m_scriptJson;
};

} // namespace twin
