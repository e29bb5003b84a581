// SPDX-License-Identifier: GPL-3.0-or-later
#include "functiontopology.h"

#include "document/project.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <atomic>

namespace twin {

namespace {

std::atomic<quint64> g_generation{0};
const QList<int> kNoFunctions;

const QString kHasSensor = QStringLiteral("hasSensor");
const QString kDataType = QStringLiteral("dataType");

/// The category from the ontology; when the ontology does not say (models not loaded, or
/// an interface outside the configured roots) the structure decides: a twin with sensors
/// is a device, a twin with a dataType or reached by hasSensor is a sensor, else a space.
FunctionTopology::Kind classify(const Project &project, int index)
{
    const TwinGraph *g = project.graph();
    const Twin &t = g->twin(index);
    switch (project.categoryOf(t)) {
    case Category::Space: return FunctionTopology::Kind::Space;
    case Category::Device: return FunctionTopology::Kind::Device;
    case Category::Sensor: return FunctionTopology::Kind::Sensor;
    case Category::Person: return FunctionTopology::Kind::Other;
    case Category::Other: break;
    }
    for (int r : g->outgoing(index)) {
        if (g->relationship(r).name == kHasSensor)
            return FunctionTopology::Kind::Device;
    }
    for (int r : g->incoming(index)) {
        if (g->relationship(r).name == kHasSensor)
            return FunctionTopology::Kind::Sensor;
    }
    if (t.properties.contains(kDataType))
        return FunctionTopology::Kind::Sensor;
    return FunctionTopology::Kind::Space;
}

QString friendlyName(const Twin &t)
{
    const QString friendly = t.properties.value(QStringLiteral("friendlyName")).toString();
    return friendly.isEmpty() ? t.displayName() : friendly;
}

void put(QJsonObject &o, const QString &pascal, const QJsonValue &value)
{
    o.insert(pascal, value);
    QString camel = pascal;
    camel[0] = camel.at(0).toLower();
    o.insert(camel, value);
}

} // namespace

QString FunctionTopology::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Space: return QStringLiteral("Space");
    case Kind::Device: return QStringLiteral("Device");
    case Kind::Sensor: return QStringLiteral("Sensor");
    case Kind::Other: break;
    }
    return QStringLiteral("Other");
}

bool FunctionTopology::mayWrite(int slot, const QString &twinId) const
{
    if (slot < 0 || slot >= m_projectScope.size())
        return false;
    return m_projectScope.at(slot) || m_writeScopes.at(slot).contains(twinId);
}

const QList<int> &FunctionTopology::functionsFor(const QString &sensorId) const
{
    const auto it = m_index.constFind(sensorId);
    return it == m_index.cend() ? kNoFunctions : *it;
}

const FunctionTopology::Node *FunctionTopology::node(const QString &id) const
{
    const auto it = m_nodes.constFind(id);
    return it == m_nodes.cend() ? nullptr : &*it;
}

bool FunctionTopology::isSensor(const QString &id) const
{
    const Node *n = node(id);
    return n && n->kind == Kind::Sensor;
}

QString FunctionTopology::sensorDataType(const QString &sensorId) const
{
    const Node *n = node(sensorId);
    return n ? n->metadata.value(QStringLiteral("DataType")).toString() : QString();
}

std::shared_ptr<const FunctionTopology> FunctionTopology::build(const Project &project,
                                                                const QList<FunctionDefinition> &functions)
{
    auto topo = std::make_shared<FunctionTopology>();
    topo->m_generation = ++g_generation;
    topo->m_functions = functions;
    for (int i = 0; i < functions.size(); ++i)
        topo->m_functionSlots.insert(functions.at(i).name, i);

    const TwinGraph *g = project.graph();
    const QList<int> twins = g->twinIndices();
    QHash<int, Kind> kinds;
    kinds.reserve(twins.size());
    for (int i : twins)
        kinds.insert(i, classify(project, i));

    auto nearestSpaceAbove = [&](int index) {
        for (int p = g->parentOf(index); p >= 0; p = g->parentOf(p)) {
            if (kinds.value(p) == Kind::Space)
                return g->twin(p).id;
        }
        return QString();
    };
    auto deviceOf = [&](int sensor) {
        const int p = g->parentOf(sensor);
        if (p >= 0 && kinds.value(p) == Kind::Device)
            return g->twin(p).id;
        for (int r : g->incoming(sensor)) {
            const int source = g->relationshipSourceIndex(r);
            if (g->relationship(r).name == kHasSensor && kinds.value(source) == Kind::Device)
                return g->twin(source).id;
        }
        return QString();
    };

    // Links first, then metadata (which names the links), then children lists.
    for (int i : twins) {
        const Twin &t = g->twin(i);
        Node n;
        n.id = t.id;
        n.kind = kinds.value(i);
        n.properties = t.properties;
        if (n.kind == Kind::Sensor) {
            n.device = deviceOf(i);
            const int p = g->parentOf(i);
            if (p >= 0 && kinds.value(p) == Kind::Space)
                n.space = g->twin(p).id;
            else if (!n.device.isEmpty())
                n.space = nearestSpaceAbove(g->indexOfTwin(n.device));
            if (n.space.isEmpty())
                n.space = nearestSpaceAbove(i);
        } else if (n.kind == Kind::Space || n.kind == Kind::Device) {
            n.parentSpace = nearestSpaceAbove(i);
        }
        topo->m_nodes.insert(t.id, n);
    }
    for (int i : twins) {
        const Twin &t = g->twin(i);
        Node &n = topo->m_nodes[t.id];
        QJsonObject m = t.properties; // fixed members below win over same-named properties
        put(m, QStringLiteral("Id"), t.id);
        put(m, QStringLiteral("Name"), t.displayName());
        put(m, QStringLiteral("FriendlyName"), friendlyName(t));
        put(m, QStringLiteral("Type"), t.model);
        m.insert(QStringLiteral("Model"), t.model);
        switch (n.kind) {
        case Kind::Sensor:
            put(m, QStringLiteral("DataType"), project.sensorDataType(t));
            put(m, QStringLiteral("SpaceId"), n.space);
            put(m, QStringLiteral("DeviceId"), n.device);
            break;
        case Kind::Device:
            put(m, QStringLiteral("SpaceId"), n.parentSpace);
            put(m, QStringLiteral("HardwareId"), t.properties.value(QStringLiteral("hardwareId")).toString(t.id));
            break;
        case Kind::Space:
            put(m, QStringLiteral("ParentSpaceId"), n.parentSpace);
            break;
        case Kind::Other:
            break;
        }
        n.metadata = m;
        for (int c : g->childrenOf(i)) {
            if (kinds.value(c) == Kind::Space)
                n.childSpaces.append(g->twin(c).id);
            else if (kinds.value(c) == Kind::Device)
                n.childDevices.append(g->twin(c).id);
        }
    }
    for (int i : twins) {
        const Node &n = topo->m_nodes[g->twin(i).id];
        if (n.kind != Kind::Sensor)
            continue;
        if (!n.space.isEmpty())
            topo->m_nodes[n.space].childSensors.append(n.id);
        if (!n.device.isEmpty())
            topo->m_nodes[n.device].childSensors.append(n.id);
    }

    // What each function may write on (see mayWrite()).
    for (const FunctionDefinition &f : functions) {
        QSet<StringKey> writable;
        if (!f.hasProjectScope()) {
            const int root = g->indexOfTwin(f.assignedTo);
            if (root >= 0) {
                for (int i : g->subtreeOf(root))
                    writable.insert(g->twin(i).id);
            }
        }
        topo->m_writeScopes.append(writable);
        topo->m_projectScope.append(f.hasProjectScope());
    }

    // The index: per sensor, the enabled functions whose matchers hold.
    for (int slot = 0; slot < functions.size(); ++slot) {
        const FunctionDefinition &f = functions.at(slot);
        if (!f.enabled || f.matchers.isEmpty())
            continue;
        QList<int> scope;
        if (f.assignedTo.isEmpty()) {
            scope = twins;
        } else {
            const int root = g->indexOfTwin(f.assignedTo);
            if (root < 0)
                continue;
            scope = g->subtreeOf(root);
        }
        for (int i : scope) {
            const Node &n = topo->m_nodes[g->twin(i).id];
            if (n.kind != Kind::Sensor)
                continue;
            const Node *device = n.device.isEmpty() ? nullptr : topo->node(n.device);
            const Node *space = n.space.isEmpty() ? nullptr : topo->node(n.space);
            bool any = false;
            for (const Matcher &matcher : f.matchers) {
                bool all = true;
                for (const MatcherCondition &c : matcher.conditions) {
                    const Node *target = c.target == MatcherCondition::Target::Sensor ? &n
                        : c.target == MatcherCondition::Target::SensorDevice       ? device
                                                                                   : space;
                    if (!target || !c.matches(target->metadata)) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    any = true;
                    break;
                }
            }
            if (any)
                topo->m_index[n.id].append(slot);
        }
    }

    QJsonObject nodes;
    for (const Node &n : std::as_const(topo->m_nodes)) {
        QJsonObject o{{QStringLiteral("kind"), kindName(n.kind)},
                      {QStringLiteral("metadata"), n.metadata},
                      {QStringLiteral("properties"), n.properties}};
        if (!n.parentSpace.isEmpty())
            o.insert(QStringLiteral("parentSpace"), n.parentSpace);
        if (!n.space.isEmpty())
            o.insert(QStringLiteral("space"), n.space);
        if (!n.device.isEmpty())
            o.insert(QStringLiteral("device"), n.device);
        o.insert(QStringLiteral("childSpaces"), QJsonArray::fromStringList(n.childSpaces));
        o.insert(QStringLiteral("childDevices"), QJsonArray::fromStringList(n.childDevices));
        o.insert(QStringLiteral("childSensors"), QJsonArray::fromStringList(n.childSensors));
        nodes.insert(n.id, o);
    }
    topo->m_scriptJson = QJsonDocument(nodes).toJson(QJsonDocument::Compact);
    return topo;
}

} // namespace twin
