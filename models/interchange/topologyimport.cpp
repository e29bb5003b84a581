// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologyimport.h"

#include "document/project.h"
#include "interchange/formatregistry.h"
#include "interchange/topologyimporter.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace twin {

namespace {

SourceLocation at(const QList<SourceLocation> &locations, qsizetype index)
{
    return index < locations.size() ? locations.at(index) : SourceLocation();
}

QString lineRef(const SourceLocation &location)
{
    if (location.line > 0)
        return TopologyImport::tr(" (first on line %1)").arg(location.line);
    if (!location.pointer.isEmpty())
        return TopologyImport::tr(" (first at %1)").arg(location.pointer);
    return QString();
}

} // namespace

Diagnostics TopologyImport::check(const ProjectContent &content, const SourceMap &map,
                                  const Project *project, const QString &file, bool partial)
{
    Diagnostics result;
    const TwinGraph *graph = project ? project->graph() : nullptr;

    QHash<QString, qsizetype> fileModels;
    fileModels.reserve(content.models.size());
    for (qsizetype i = 0; i < content.models.size(); ++i) {
        const QString id = content.models.at(i).value(QStringLiteral("@id")).toString();
        const SourceLocation loc = at(map.models, i);
        if (!isValidDtmi(id)) {
            result.append(SourceMap::error(file, loc, tr("model '%1': @id is not a valid DTMI").arg(id)));
            continue;
        }
        const auto seen = fileModels.constFind(id);
        if (seen != fileModels.cend()) {
            result.append(SourceMap::error(file, loc, tr("model %1 is defined twice%2")
                                                          .arg(id, lineRef(at(map.models, *seen)))));
            continue;
        }
        fileModels.insert(id, i);
        if (project && project->models().contains(id))
            result.append(SourceMap::error(file, loc, tr("model %1 is already loaded with a different definition").arg(id)));
    }

    // Twins share a handful of models: check each DTMI once, not once per twin.
    QHash<QString, bool> modelKnown;
    auto knownModel = [&](const QString &dtmi) {
        auto it = modelKnown.find(dtmi);
        if (it == modelKnown.end())
            it = modelKnown.insert(dtmi, fileModels.contains(dtmi) || (project && project->models().contains(dtmi)));
        return *it;
    };
    QHash<QString, bool> modelValid;
    auto validModel = [&](const QString &dtmi) {
        auto it = modelValid.find(dtmi);
        if (it == modelValid.end())
            it = modelValid.insert(dtmi, isValidDtmi(dtmi));
        return *it;
    };

    QHash<QString, qsizetype> twins; // id → index in content.twins
    twins.reserve(content.twins.size());
    for (qsizetype i = 0; i < content.twins.size(); ++i) {
        const Twin &t = content.twins.at(i);
        const SourceLocation loc = at(map.twins, i);
        QString why;
        if (!isValidTwinId(t.id, &why)) {
            result.append(SourceMap::error(file, loc, why));
        } else {
            const auto seen = twins.constFind(t.id);
            if (seen != twins.cend())
                result.append(SourceMap::error(file, loc, tr("duplicate twin id '%1'%2")
                                                              .arg(t.id, lineRef(at(map.twins, *seen)))));
            else if (graph && graph->indexOfTwin(t.id) >= 0)
                result.append(SourceMap::error(file, loc, tr("twin '%1' already exists in the project").arg(t.id)));
            else
                twins.insert(t.id, i);
        }
        if (!validModel(t.model))
            result.append(SourceMap::error(file, loc, tr("twin '%1': '%2' is not a valid model DTMI").arg(t.id, t.model)));
        else if (!partial && !knownModel(t.model))
            result.append(SourceMap::error(file, loc, tr("twin '%1': model %2 is neither in the file nor loaded")
                                                          .arg(t.id, t.model)));
    }

    QHash<QPair<QString, QString>, qsizetype> rels;
    rels.reserve(content.relationships.size());
    auto exists = [&](const QString &id) {
        return twins.contains(id) || (graph && graph->indexOfTwin(id) >= 0);
    };
    for (qsizetype i = 0; i < content.relationships.size(); ++i) {
        const Relationship &r = content.relationships.at(i);
        const SourceLocation loc = at(map.relationships, i);
        if (r.id.isEmpty())
            result.append(SourceMap::error(file, loc, tr("relationship of twin '%1' has an empty id").arg(r.source)));
        if (r.name.isEmpty())
            result.append(SourceMap::error(file, loc, tr("relationship '%1' has an empty name").arg(r.id)));
        if (!partial && !exists(r.source))
            result.append(SourceMap::error(file, loc, tr("relationship '%1': source twin '%2' does not exist").arg(r.id, r.source)));
        if (!partial && !exists(r.target))
            result.append(SourceMap::error(file, loc, tr("relationship '%1': target twin '%2' does not exist").arg(r.id, r.target)));
        if (r.id.isEmpty())
            continue;
        const auto key = qMakePair(r.source, r.id);
        const auto seen = rels.constFind(key);
        if (seen != rels.cend()) {
            result.append(SourceMap::error(file, loc, tr("duplicate relationship '%1' of twin '%2'%3")
                                                          .arg(r.id, r.source, lineRef(at(map.relationships, *seen)))));
        } else {
            rels.insert(key, i);
            if (graph && graph->findRelationship(graph->indexOfTwin(r.source), r.id) >= 0)
                result.append(SourceMap::error(file, loc, tr("twin '%1' already has a relationship '%2' in the project")
                                                              .arg(r.source, r.id)));
        }
    }
    return result;
}

void TopologyImport::dropLoadedModels(ProjectContent *content, SourceMap *map, const Project &project)
{
    QList<QJsonObject> models;
    QList<SourceLocation> locations;
    for (qsizetype i = 0; i < content->models.size(); ++i) {
        const QJsonObject &m = content->models.at(i);
        const QString id = m.value(QStringLiteral("@id")).toString();
        if (project.models().contains(id) && project.models().interfaceJson(id) == m)
            continue;
        models.append(m);
        locations.append(at(map->models, i));
    }
    if (models.size() == content->models.size())
        return;
    content->models = models;
    map->models = locations;
}

bool TopologyImport::importInto(Project *project, TopologyImporter *importer, QIODevice *device,
                                const QString &fileName, Diagnostics *diagnostics,
                                const ProgressCallback &progress)
{
    Q_ASSERT(project && importer && device);
    ProjectContent content;
    SourceMap map;
    Diagnostics local;
    bool cancelled = false;
    const ProgressCallback watched = [&](qint64 done, qint64 total) {
        cancelled = progress && !progress(done, total);
        return !cancelled;
    };
    if (!importer->read(device, fileName, &content, &local, watched, &map)) {
        if (!hasErrors(local))
            local.append(Diagnostic::error(fileName, 0, tr("the file could not be read")));
        // Report what the project would also reject in the records that were readable,
        // so one run shows every problem.
        if (!cancelled) {
            dropLoadedModels(&content, &map, *project);
            local.append(check(content, map, project, fileName, true));
        }
        std::stable_sort(local.begin(), local.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return a.line < b.line;
        });
        if (diagnostics)
            diagnostics->append(local);
        return false;
    }
    dropLoadedModels(&content, &map, *project);
    local.append(check(content, map, project, fileName));
    if (hasErrors(local)) {
        if (diagnostics)
            diagnostics->append(local);
        return false;
    }

    Diagnostics fromProject;
    if (project->importContent(content, &fromProject, fileName)) {
        if (diagnostics)
            diagnostics->append(local + fromProject);
        return true;
    }
    // What the ontology found (property values, relationship targets) comes without a
    // line; the twin or relationship it names gives one.
    QHash<QString, SourceLocation> twinLines;
    twinLines.reserve(content.twins.size());
    for (qsizetype i = 0; i < content.twins.size(); ++i)
        twinLines.insert(content.twins.at(i).id, at(map.twins, i));
    QHash<QString, SourceLocation> relLines;
    for (qsizetype i = 0; i < content.relationships.size(); ++i)
        relLines.insert(content.relationships.at(i).id, at(map.relationships, i));
    static const QRegularExpression twinRe(QStringLiteral("twin '([^']*)'"));
    static const QRegularExpression relRe(QStringLiteral("relationship '([^']*)'"));
    for (Diagnostic &d : fromProject) {
        if (d.line > 0)
            continue;
        SourceLocation loc;
        if (const auto m = relRe.match(d.message); m.hasMatch())
            loc = relLines.value(m.captured(1));
        if (loc.line == 0 && loc.pointer.isEmpty()) {
            if (const auto m = twinRe.match(d.message); m.hasMatch())
                loc = twinLines.value(m.captured(1));
        }
        if (loc.line > 0) {
            d.line = loc.line;
            d.pointer.clear();
        } else if (!loc.pointer.isEmpty()) {
            d.pointer = loc.pointer;
        }
        if (d.file.isEmpty())
            d.file = fileName;
    }
    if (!hasErrors(fromProject))
        fromProject.append(Diagnostic::error(fileName, 0, tr("the project rejected the import")));
    if (diagnostics)
        diagnostics->append(local + fromProject);
    return false;
}

bool TopologyImport::importFile(Project *project, TopologyImporter *importer, const QString &path,
                                Diagnostics *diagnostics, const ProgressCallback &progress)
{
    QString error;
    if (!importer)
        importer = FormatRegistry::instance().importerForFile(path, &error);
    if (!importer) {
        if (diagnostics)
            diagnostics->append(Diagnostic::error(path, 0, error));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (diagnostics)
            diagnostics->append(Diagnostic::error(path, 0, file.errorString()));
        return false;
    }
    return importInto(project, importer, &file, path, diagnostics, progress);
}

} // namespace twin
