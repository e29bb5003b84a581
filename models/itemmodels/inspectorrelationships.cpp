// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorrelationships.h"

#include "inspectorvaluecodec.h"

#include "document/project.h"
#include "ontology/dtdlelement.h"

#include <QSet>

#include <algorithm>

namespace twin {

QList<InspectorModel::RelationshipOption> InspectorRelationships::options(const Project &project, const QString &twinId)
{
    QList<RelationshipOption> options;
    const TwinGraph *g = project.graph();
    const int self = g->indexOfTwin(twinId);
    const ModelRegistry &models = project.models();
    const ResolvedInterface *r = self < 0 ? nullptr : models.resolved(g->twin(self).model);
    if (self < 0 || !r)
        return options;
    for (const DtdlElement *c : r->contents) {
        if (c->kind != DtdlKind::Relationship)
            continue;
        RelationshipOption o;
        o.name = c->name;
        o.displayName = InspectorValueCodec::elementTitle(c, c->name);
        o.targetModel = c->target;
        o.targetName = c->target.isEmpty() ? QString() : InspectorValueCodec(models).interfaceTitle(c->target);
        o.maxMultiplicity = c->maxMultiplicity;
        QSet<QString> related;
        for (int rel : g->outgoing(self)) {
            if (g->isRelationshipAlive(rel) && g->relationship(rel).name == c->name) {
                ++o.count;
                related.insert(g->relationship(rel).target);
            }
        }
        if (!o.isFull()) {
            QHash<QString, bool> allowedModel;
            for (int i : g->twinIndices()) {
                const Twin &t = g->twin(i);
                if (i == self || related.contains(t.id))
                    continue;
                auto allowed = allowedModel.constFind(t.model);
                if (allowed == allowedModel.constEnd())
                    allowed = allowedModel.insert(t.model, o.targetModel.isEmpty() ? models.contains(t.model)
                                                                                    : models.isA(t.model, o.targetModel));
                if (*allowed)
                    o.targets.append(t.id);
            }
            o.targets.sort();
        }
        options.append(o);
    }
    std::sort(options.begin(), options.end(),
              [](const RelationshipOption &a, const RelationshipOption &b) { return a.name < b.name; });
    return options;
}

bool InspectorRelationships::add(Project *project, const QString &twinId, const QString &name, const QString &targetId,
                                 QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QList<RelationshipOption> allowed = options(*project, twinId);
    const auto o = std::find_if(allowed.cbegin(), allowed.cend(),
                                [&name](const RelationshipOption &x) { return x.name == name; });
    if (o == allowed.cend()) {
        const Twin *t = project->graph()->findTwin(twinId);
        return fail(tr("%1 has no relationship '%2'").arg(t ? t->model : twinId, name));
    }
    if (o->isFull())
        return fail(tr("%1 already has %n '%2' relationship(s), the most its model allows", nullptr, o->maxMultiplicity)
                        .arg(twinId, name));
    if (!o->targets.contains(targetId)) {
        if (!project->graph()->findTwin(targetId))
            return fail(tr("twin '%1' does not exist").arg(targetId));
        return fail(tr("'%1' cannot be the target of '%2' of %3").arg(targetId, name, twinId));
    }
    const Relationship r{project->uniqueRelationshipId(twinId, name + u'-' + targetId), twinId, name, targetId, {}};
    return project->addRelationship(r, error);
}

} // namespace twin
