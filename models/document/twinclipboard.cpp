// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinclipboard.h"

#include "document/plangeometry.h"
#include "document/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace twin {

namespace {

const QString kFormat = QStringLiteral("twinstudio-twins");
constexpr int kVersion = 1;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QByteArray TwinClipboard::copy(const Project &project, const QStringList &ids)
{
    const TwinGraph *g = project.graph();
    QList<int> copied;
    QSet<int> inCopy;
    QJsonArray roots;
    for (const QString &id : ids) {
        const int index = g->indexOfTwin(id);
        if (index < 0 || inCopy.contains(index))
            continue;
        bool insideAnother = false;
        for (const QString &other : ids) {
            const int o = g->indexOfTwin(other);
            insideAnother = insideAnother || (o >= 0 && o != index && g->isAncestor(o, index));
        }
        if (!insideAnother)
            roots.append(id);
        for (int i : g->subtreeOf(index)) {
            if (!inCopy.contains(i)) {
                inCopy.insert(i);
                copied.append(i);
            }
        }
    }
    if (copied.isEmpty())
        return QByteArray();
    QJsonArray twins;
    QSet<int> relationships;
    for (int i : std::as_const(copied)) {
        const Twin &t = g->twin(i);
        QJsonObject o{{QStringLiteral("id"), t.id},
                      {QStringLiteral("model"), t.model},
                      {QStringLiteral("properties"), t.properties}};
        if (!t.geometry.isEmpty())
            o.insert(QStringLiteral("geometry"), t.geometry.toJson());
        twins.append(o);
        for (int r : g->relationshipsOf(i)) {
            if (inCopy.contains(g->relationshipSourceIndex(r)) && inCopy.contains(g->relationshipTargetIndex(r)))
                relationships.insert(r);
        }
    }
    QList<int> ordered(relationships.cbegin(), relationships.cend());
    std::sort(ordered.begin(), ordered.end());
    QJsonArray rels;
    for (int r : std::as_const(ordered)) {
        const Relationship &rel = g->relationship(r);
        rels.append(QJsonObject{{QStringLiteral("id"), rel.id},
                                {QStringLiteral("source"), rel.source},
                                {QStringLiteral("name"), rel.name},
                                {QStringLiteral("target"), rel.target},
                                {QStringLiteral("properties"), rel.properties}});
    }
    const QJsonObject payload{{QStringLiteral("format"), kFormat},
                              {QStringLiteral("version"), kVersion},
                              {QStringLiteral("roots"), roots},
                              {QStringLiteral("twins"), twins},
                              {QStringLiteral("relationships"), rels}};
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

std::optional<ProjectContent> TwinClipboard::pasteContent(const Project &project, const QByteArray &payload,
                                                          const QString &floorId, QPointF offset,
                                                          QStringList *roots, QString *error)
{
    const TwinGraph *g = project.graph();
    const int floorIndex = g->indexOfTwin(floorId);
    if (floorIndex < 0) {
        fail(error, tr("There is no floor to paste onto"));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != kFormat) {
        fail(error, tr("The clipboard holds no twins"));
        return std::nullopt;
    }
    if (root.value(QStringLiteral("version")).toInt() != kVersion) {
        fail(error, tr("The clipboard holds twins of an unknown format version"));
        return std::nullopt;
    }

    ProjectContent content;
    QHash<QString, QString> fresh; // copied id → new id
    QSet<QString> taken;
    for (const QJsonValue &value : root.value(QStringLiteral("twins")).toArray()) {
        const QJsonObject o = value.toObject();
        Twin t;
        t.id = o.value(QStringLiteral("id")).toString();
        t.model = o.value(QStringLiteral("model")).toString();
        t.properties = o.value(QStringLiteral("properties")).toObject();
        QString why;
        const std::optional<Geometry> geometry = Geometry::fromJson(o.value(QStringLiteral("geometry")).toObject(), &why);
        if (t.id.isEmpty() || fresh.contains(t.id) || !geometry) {
            fail(error, tr("The clipboard's twins are damaged: %1").arg(why.isEmpty() ? t.id : why));
            return std::nullopt;
        }
        t.geometry = *geometry;
        t.geometry.outline = PlanGeometry::translated(t.geometry.outline, offset);
        if (t.geometry.position)
            *t.geometry.position += offset;
        QString id = t.id;
        for (int n = 2; g->indexOfTwin(id) >= 0 || taken.contains(id); ++n)
            id = t.id + u'-' + QString::number(n);
        taken.insert(id);
        fresh.insert(t.id, id);
        t.id = id;
        content.twins.append(t);
    }
    for (const QJsonValue &value : root.value(QStringLiteral("relationships")).toArray()) {
        const QJsonObject o = value.toObject();
        Relationship r;
        r.id = o.value(QStringLiteral("id")).toString();
        r.name = o.value(QStringLiteral("name")).toString();
        r.source = fresh.value(o.value(QStringLiteral("source")).toString());
        r.target = fresh.value(o.value(QStringLiteral("target")).toString());
        r.properties = o.value(QStringLiteral("properties")).toObject();
        if (r.source.isEmpty() || r.target.isEmpty()) {
            fail(error, tr("The clipboard's relationship '%1' refers to a twin it does not hold").arg(r.id));
            return std::nullopt;
        }
        content.relationships.append(r);
    }

    // Rooms of the target floor, for placing pasted devices.
    QList<QString> spaceIds;
    QList<QPolygonF> outlines;
    for (int i : g->subtreeOf(floorIndex)) {
        if (g->twin(i).geometry.outline.size() >= 3) {
            spaceIds.append(g->twin(i).id);
            outlines.append(g->twin(i).geometry.outline);
        }
    }
    const QJsonArray rootIds = root.value(QStringLiteral("roots")).toArray();
    for (const QJsonValue &value : rootIds) {
        const QString newId = fresh.value(value.toString());
        if (newId.isEmpty())
            continue;
        Twin &t = *std::find_if(content.twins.begin(), content.twins.end(),
                                [&](const Twin &c) { return c.id == newId; });
        // The copy is told apart from its original by its name too.
        if (const QJsonValue name = t.properties.value(QStringLiteral("name")); name.isString())
            t.properties.insert(QStringLiteral("name"), tr("%1 (copy)").arg(name.toString()));
        QString parent = floorId;
        if (t.geometry.position && t.geometry.outline.isEmpty()) {
            const int space = PlanGeometry::smallestContaining(outlines, *t.geometry.position);
            if (space >= 0)
                parent = spaceIds.at(space);
        }
        const QString name = QStringLiteral("contains");
        content.relationships.append(
            Relationship{project.uniqueRelationshipId(parent, name + u'-' + newId), parent, name, newId, {}});
        if (roots)
            roots->append(newId);
    }
    return content;
}

bool TwinClipboard::paste(Project *project, const QByteArray &payload, const QString &floorId, QPointF offset,
                          QStringList *roots, QString *error)
{
    QStringList newRoots;
    const std::optional<ProjectContent> content = pasteContent(*project, payload, floorId, offset, &newRoots, error);
    if (!content)
        return false;
    Diagnostics diagnostics;
    const QString text = tr("Paste %n twin(s)", nullptr, int(content->twins.size()));
    if (!project->importContent(*content, &diagnostics, QString(), text))
        return fail(error, diagnostics.isEmpty() ? tr("The twins cannot be pasted here")
                                                 : diagnostics.first().message);
    if (roots)
        *roots = newRoots;
    return true;
}

} // namespace twin
