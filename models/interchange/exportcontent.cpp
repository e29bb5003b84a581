// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontent.h"

#include "document/project.h"

#include <QJsonArray>
#include <QJsonObject>

namespace twin {

namespace {

/// Every string in \a value that names an interface of \a models: `extends`, a
/// relationship's `target`, a component's `schema`, wherever DTDL lets one appear.
void collectReferences(const QJsonValue &value, const ModelRegistry &models, QStringList *out)
{
    if (value.isString()) {
        const QString s = value.toString();
        if (s.startsWith(QLatin1String("dtmi:")) && models.contains(s))
            out->append(s);
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectReferences(v, models, out);
    } else if (value.isObject()) {
        for (const QJsonValue &v : value.toObject())
            collectReferences(v, models, out);
    }
}

} // namespace

QSet<QString> ExportContent::closure(const ModelRegistry &models, const QStringList &dtmis)
{
    QSet<QString> seen;
    QStringList pending = dtmis;
    while (!pending.isEmpty()) {
        const QString id = pending.takeLast();
        if (seen.contains(id) || !models.contains(id))
            continue;
        seen.insert(id);
        collectReferences(models.interfaceJson(id), models, &pending);
    }
    return seen;
}

ProjectContent ExportContent::of(const Project &project, bool builtInModels)
{
    ProjectContent content = project.content();
    if (!builtInModels)
        return content;
    QStringList used;
    QSet<QString> seenModels;
    for (const Twin &t : std::as_const(content.twins)) {
        if (!seenModels.contains(t.model)) {
            seenModels.insert(t.model);
            used.append(t.model);
        }
    }
    // The project's own models are in the content already; so are the interfaces they
    // need, unless those are built in.
    for (const QJsonObject &m : std::as_const(content.models))
        used.append(m.value(QStringLiteral("@id")).toString());
    const QSet<QString> needed = closure(project.models(), used);
    QList<QJsonObject> models;
    models.reserve(content.models.size() + needed.size());
    for (const QString &id : project.models().interfaceIds()) {
        if (!project.isBuiltInModel(id) || needed.contains(id))
            models.append(project.models().interfaceJson(id));
    }
    content.models = models;
    return content;
}

} // namespace twin
