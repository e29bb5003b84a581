// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinfactory.h"

#include "document/project.h"
#include "ontology/dtdlelement.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace twin {

namespace {

const QHash<QString, QStringList> &deviceKits()
{
    static const QHash<QString, QStringList> kits = [] {
        QHash<QString, QStringList> result;
        QFile f(QStringLiteral(":/palette/devicekits.json"));
        if (!f.open(QIODevice::ReadOnly))
            return result;
        const QJsonObject all = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("kits")).toObject();
        for (auto it = all.begin(); it != all.end(); ++it) {
            QStringList sensors;
            for (const QJsonValue &v : it.value().toArray())
                sensors.append(v.toString());
            result.insert(it.key(), sensors);
        }
        return result;
    }();
    return kits;
}

QString idBase(const QString &model)
{
    QString base;
    for (QChar c : TwinFactory::shortName(model)) {
        if (c.isUpper() && !base.isEmpty())
            base += u'-';
        base += c.toLower();
    }
    return base.isEmpty() ? QStringLiteral("twin") : base;
}

/// A twin id unused by the project and by \a taken, from \a base.
QString freshId(const Project &project, const QString &base, QSet<QString> *taken)
{
    QString id = base;
    for (int n = 2; project.graph()->indexOfTwin(id) >= 0 || taken->contains(id); ++n)
        id = base + u'-' + QString::number(n);
    taken->insert(id);
    return id;
}

bool hasProperty(const Project &project, const QString &model, const QString &name)
{
    const DtdlElement *e = project.models().content(model, name);
    return e && e->kind == DtdlKind::Property;
}

Twin makeTwin(const Project &project, const QString &model, const QString &id)
{
    Twin t;
    t.id = id;
    t.model = model;
    if (hasProperty(project, model, QStringLiteral("name")))
        t.properties.insert(QStringLiteral("name"), id);
    return t;
}

/// The containment relationship that places \a child under \a parent: a relationship
/// of the parent that the tree follows and whose target admits the child (targeted ones
/// first, e.g. a device's hasSensor), else one of the child pointing up to the parent
/// (REC's locatedIn), else contains.
Relationship containmentEdge(const Project &project, const QString &parentId, const QString &parentModel,
                             const Twin &child)
{
    const ModelRegistry &models = project.models();
    const TwinGraph *graph = project.graph();
    auto follows = [graph](const QString &name, ContainmentRule::Direction direction) {
        for (const ContainmentRule &rule : graph->containmentRules()) {
            if (rule.name == name && rule.direction == direction)
                return true;
        }
        return false;
    };
    const QList<const DtdlElement *> down = models.relationships(parentModel);
    for (bool targeted : {true, false}) {
        for (const DtdlElement *rel : down) {
            if (rel->target.isEmpty() == targeted)
                continue;
            if ((rel->target.isEmpty() || models.isA(child.model, rel->target))
                && follows(rel->name, ContainmentRule::Direction::ParentToChild))
                return {rel->name + u'-' + child.id, parentId, rel->name, child.id, {}};
        }
    }
    for (const DtdlElement *rel : models.relationships(child.model)) {
        if ((rel->target.isEmpty() || models.isA(parentModel, rel->target))
            && follows(rel->name, ContainmentRule::Direction::ChildToParent))
            return {rel->name + u'-' + parentId, child.id, rel->name, parentId, {}};
    }
    return {QStringLiteral("contains-") + child.id, parentId, QStringLiteral("contains"), child.id, {}};
}

void attach(const Project &project, ProjectContent *content, const QString &parentId, const QString &parentModel,
            const Twin &child)
{
    content->relationships.append(containmentEdge(project, parentId, parentModel, child));
}

void addSensor(const Project &project, ProjectContent *content, const QString &model, const QString &parentId,
               const QString &parentModel, QSet<QString> *taken, const QString &idPrefix)
{
    Twin s = makeTwin(project, model, freshId(project, idPrefix + idBase(model).remove(QStringLiteral("-sensor")), taken));
    const QString dataType = project.sensorDataType(s);
    const QString unit = project.sensorUnit(s);
    if (!dataType.isEmpty() && hasProperty(project, model, QStringLiteral("dataType")))
        s.properties.insert(QStringLiteral("dataType"), dataType);
    if (!unit.isEmpty() && hasProperty(project, model, QStringLiteral("unit")))
        s.properties.insert(QStringLiteral("unit"), unit);
    content->twins.append(s);
    attach(project, content, parentId, parentModel, s);
}

} // namespace

QString TwinFactory::shortName(const QString &model)
{
    return model.section(u':', -1).section(u';', 0, 0);
}

QStringList TwinFactory::kitFor(const Project &project, const QString &deviceModel)
{
    QStringList chain{deviceModel};
    chain += project.models().ancestors(deviceModel);
    for (const QString &m : std::as_const(chain)) {
        const auto it = deviceKits().constFind(m);
        if (it != deviceKits().cend()) {
            QStringList loaded;
            for (const QString &s : *it) {
                if (project.models().contains(s))
                    loaded.append(s);
            }
            return loaded;
        }
    }
    return {};
}

ProjectContent TwinFactory::device(const Project &project, const QString &model, const QString &parentId,
                                   std::optional<QPointF> position)
{
    ProjectContent content;
    const Twin *parent = project.graph()->findTwin(parentId);
    QSet<QString> taken;
    Twin d = makeTwin(project, model, freshId(project, idBase(model), &taken));
    d.geometry.position = position;
    content.twins.append(d);
    if (parent)
        attach(project, &content, parent->id, parent->model, d);
    for (const QString &sensorModel : kitFor(project, model))
        addSensor(project, &content, sensorModel, d.id, d.model, &taken, d.id + u'-');
    return content;
}

ProjectContent TwinFactory::sensor(const Project &project, const QString &model, const QString &parentId)
{
    ProjectContent content;
    const Twin *parent = project.graph()->findTwin(parentId);
    if (!parent)
        return content;
    QSet<QString> taken;
    addSensor(project, &content, model, parent->id, parent->model, &taken, parent->id + u'-');
    return content;
}

ProjectContent TwinFactory::twin(const Project &project, const QString &model, const QString &parentId)
{
    ProjectContent content;
    QSet<QString> taken;
    const Twin t = makeTwin(project, model, freshId(project, idBase(model), &taken));
    content.twins.append(t);
    if (const Twin *parent = project.graph()->findTwin(parentId))
        attach(project, &content, parent->id, parent->model, t);
    return content;
}

} // namespace twin
