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

QString containmentName(const Project &project, const QString &parentModel, const QString &childModel)
{
    // Prefer a relationship of the parent whose target admits the child, e.g. a device's
    // hasSensor for a sensor; fall back to contains.
    for (const DtdlElement *rel : project.models().relationships(parentModel)) {
        if (!rel->target.isEmpty() && project.models().isA(childModel, rel->target)
            && project.graph()->containmentEnds(Relationship{{}, {}, rel->name, {}, {}}))
            return rel->name;
    }
    return QStringLiteral("contains");
}

void attach(const Project &project, ProjectContent *content, const QString &parentId, const QString &parentModel,
            const Twin &child)
{
    const QString name = containmentName(project, parentModel, child.model);
    content->relationships.append({name + u'-' + child.id, parentId, name, child.id, {}});
}

void addSensor(const Project &project, ProjectContent *content, const QString &model, const QString &parentId,
               const QString &parentModel, QSet<QString> *taken, const QString &idPrefix)
{
    Twin s = makeTwin(project, model, freshId(project, idPrefix + idBase(model).remove(QStringLiteral("-sensor")), taken));
    const QString dataType = project.models().sensorDataType(s);
    const QString unit = project.models().sensorUnit(s);
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
