// SPDX-License-Identifier: GPL-3.0-or-later
#include "importplan.h"

#include "document/connectionprofile.h"
#include "twinvalidator.h"

#include "document/containmentcheck.h"
#include "document/project.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace twin {

namespace {

/// \a problems as warnings that say the record was left out.
Diagnostics leftOut(Diagnostics problems, const QString &what)
{
    for (Diagnostic &d : problems) {
        if (d.severity != Diagnostic::Severity::Error)
            continue;
        d.severity = Diagnostic::Severity::Warning;
        d.message = d.message.contains(what) ? ImportPlan::tr("left out: %1").arg(d.message)
                                             : ImportPlan::tr("left out: %1: %2").arg(what, d.message);
    }
    return problems;
}

} // namespace

bool ImportPlan::planModels(const Project &project, const QList<QJsonObject> &models,
                            const ImportOptions &options, const QString &file, Diagnostics *out)
{
    const ModelRegistry &loaded = project.models();
    for (const QJsonObject &m : models) {
        const QString id = m.value(QStringLiteral("@id")).toString();
        // The core ontology is always there; files that carry it too are not in conflict.
        if (project.isBuiltInModel(id))
            continue;
        if (!loaded.contains(id)) {
            m_content.models.append(m);
            continue;
        }
        if (loaded.interfaceJson(id) == m)
            continue;
        switch (options.models) {
        case ImportOptions::Models::Refuse:
            out->append(Diagnostic::errorAt(file, QString(),
                                            tr("model %1 is already loaded with a different definition").arg(id)));
            break;
        case ImportOptions::Models::Keep:
            break;
        case ImportOptions::Models::Replace:
            m_replaced.append(loaded.interfaceJson(id));
            m_content.models.append(m);
            break;
        }
    }
    return !hasErrors(*out);
}

bool ImportPlan::build(const Project &project, const ProjectContent &content, const ImportOptions &options,
                       const QString &file, Diagnostics *diagnostics)
{
    m_content = ProjectContent();
    m_replaced.clear();
    const TwinGraph *graph = project.graph();
    Diagnostics local;
    planModels(project, content.models, options, file, &local);
    // Models first: twins are checked against the union of loaded and imported models.
    ModelRegistry trial = project.models();
    QStringList replacedIds;
    for (const QJsonObject &m : std::as_const(m_replaced))
        replacedIds.append(m.value(QStringLiteral("@id")).toString());
    if (!replacedIds.isEmpty())
        trial.removeInterfaces(replacedIds);
    if (!m_content.models.isEmpty() && !trial.addInterfaces(m_content.models, &local)) {
        for (Diagnostic &d : local) {
            if (d.file.isEmpty())
                d.file = file;
        }
    }
    // Twins already in the project must fit the definitions that replace theirs.
    if (!replacedIds.isEmpty() && !hasErrors(local)) {
        for (int i : graph->twinIndices()) {
            const Twin &t = graph->twin(i);
            for (const QString &id : std::as_const(replacedIds)) {
                if (t.model == id || trial.isA(t.model, id)) {
                    local.append(TwinValidator(trial).validate(t, file));
                    break;
                }
            }
        }
    }
    // Without valid models nothing can be checked, and nothing may be left out.
    if (hasErrors(local)) {
        if (diagnostics)
            diagnostics->append(local);
        return false;
    }

    QHash<QString, QString> newIds; // id → model
    QSet<QString> dropped;          // twins left out (partial)
    newIds.reserve(content.twins.size());
    for (const Twin &t : content.twins) {
        Diagnostics problems;
        QString why;
        if (!isValidTwinId(t.id, &why)) {
            problems.append(Diagnostic::errorAt(file, QString(), why));
        } else if (graph->indexOfTwin(t.id) >= 0 || newIds.contains(t.id)) {
            problems.append(Diagnostic::errorAt(file, QString(), tr("duplicate twin id '%1'").arg(t.id)));
        }
        if (!isValidDtmi(t.model))
            problems.append(Diagnostic::errorAt(file, QString(),
                                                tr("twin '%1': '%2' is not a valid model DTMI").arg(t.id, t.model)));
        else
            problems.append(TwinValidator(trial).validate(t, file));
        if (options.partial && hasErrors(problems)) {
            local.append(leftOut(problems, tr("twin '%1'").arg(t.id)));
            if (!newIds.contains(t.id))
                dropped.insert(t.id);
            continue;
        }
        local.append(problems);
        newIds.insert(t.id, t.model);
        m_content.twins.append(t);
    }

    QSet<QPair<QString, QString>> newRels;
    ContainmentCheck containment(graph);
    auto modelOf = [&](const QString &id) -> QString {
        if (const Twin *t = graph->findTwin(id))
            return t->model;
        return newIds.value(id);
    };
    for (const Relationship &r : content.relationships) {
        const QString what = tr("relationship '%1'").arg(r.id);
        if (options.partial && (dropped.contains(r.source) || dropped.contains(r.target))) {
            Diagnostic d;
            d.severity = Diagnostic::Severity::Warning;
            d.file = file;
            d.message = tr("left out: %1: twin '%2' was left out").arg(what, dropped.contains(r.source) ? r.source : r.target);
            local.append(d);
            continue;
        }
        Diagnostics problems;
        const bool sourceKnown = graph->indexOfTwin(r.source) >= 0 || newIds.contains(r.source);
        const bool targetKnown = graph->indexOfTwin(r.target) >= 0 || newIds.contains(r.target);
        if (r.id.isEmpty())
            problems.append(Diagnostic::errorAt(file, QString(), tr("relationship without an id")));
        if (!sourceKnown)
            problems.append(Diagnostic::errorAt(file, QString(), tr("relationship '%1': source twin '%2' does not exist").arg(r.id, r.source)));
        if (!targetKnown)
            problems.append(Diagnostic::errorAt(file, QString(), tr("relationship '%1': target twin '%2' does not exist").arg(r.id, r.target)));
        const auto key = qMakePair(r.source, r.id);
        if (newRels.contains(key) || graph->findRelationship(graph->indexOfTwin(r.source), r.id) >= 0)
            problems.append(Diagnostic::errorAt(file, QString(), tr("duplicate relationship '%1' of twin '%2'").arg(r.id, r.source)));
        if (sourceKnown && targetKnown && !r.name.isEmpty())
            problems.append(TwinValidator(trial).validateRelationship(modelOf(r.source), r.name, modelOf(r.target), file));
        if (const QString why = containment.problem(r); !why.isEmpty())
            problems.append(Diagnostic::errorAt(file, QString(), why));
        if (options.partial && hasErrors(problems)) {
            local.append(leftOut(problems, what));
            continue;
        }
        local.append(problems);
        newRels.insert(key);
        containment.accept(r);
        m_content.relationships.append(r);
    }
    // Functions come along (a native file carries them); a name is a function's id.
    QSet<QString> functionNames;
    for (const QJsonValue &f : project.functions())
        functionNames.insert(f.toObject().value(QStringLiteral("name")).toString());
    for (const QJsonValue &f : content.functions) {
        const QString name = f.toObject().value(QStringLiteral("name")).toString();
        if (name.trimmed().isEmpty())
            local.append(Diagnostic::errorAt(file, QString(), tr("a function without a name")));
        else if (functionNames.contains(name))
            local.append(Diagnostic::errorAt(file, QString(), tr("duplicate function '%1'").arg(name)));
        functionNames.insert(name);
    }
    if (options.partial && m_content.isEmpty() && !content.isEmpty()) {
        local.append(Diagnostic::errorAt(file, QString(), tr("nothing in the file could be imported")));
    }
    if (diagnostics)
        diagnostics->append(local);
    if (hasErrors(local))
        return false;
    m_content.images = content.images;
    m_content.functions = content.functions;
    // Connection profiles come along too, less any secret; one whose id the project has
    // already stays as it is there.
    QSet<QString> profileIds;
    for (const ConnectionProfile &p : ConnectionProfile::listFromJson(project.connections()))
        profileIds.insert(p.id);
    QStringList profileErrors;
    for (const ConnectionProfile &p : ConnectionProfile::listFromJson(content.connections, &profileErrors)) {
        if (profileIds.contains(p.id)) {
            Diagnostic d = Diagnostic::errorAt(file, QString(), tr("the project has a connection '%1' already; the file's is left out").arg(p.id));
            d.severity = Diagnostic::Severity::Warning;
            if (diagnostics)
                diagnostics->append(d);
            continue;
        }
        m_content.connections.append(p.toJson());
    }
    for (const QString &why : std::as_const(profileErrors)) {
        Diagnostic d = Diagnostic::errorAt(file, QString(), why);
        d.severity = Diagnostic::Severity::Warning;
        if (diagnostics)
            diagnostics->append(d);
    }
    return true;
}

} // namespace twin
