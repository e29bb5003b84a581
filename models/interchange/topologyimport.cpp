// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologyimport.h"

#include "document/containmentcheck.h"
#include "document/project.h"
#include "interchange/formatregistry.h"
#include "interchange/topologyimporter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QString contentName(const QJsonValue &content)
{
    return content.toObject().value(QStringLiteral("name")).toString();
}

/// Where two definitions of one interface differ: the top-level members, and for
/// `contents` the names of the contents that differ or that only one of them has.
QString differences(const QJsonObject &loaded, const QJsonObject &file)
{
    QStringList parts;
    QStringList keys = loaded.keys() + file.keys();
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        if (loaded.value(key) == file.value(key))
            continue;
        if (key != QStringLiteral("contents") || !loaded.value(key).isArray() || !file.value(key).isArray()) {
            parts.append(key);
            continue;
        }
        QHash<QString, QJsonValue> before;
        for (const QJsonValue &c : loaded.value(key).toArray())
            before.insert(contentName(c), c);
        QStringList names;
        for (const QJsonValue &c : file.value(key).toArray()) {
            const QString name = contentName(c);
            if (before.value(name) != c)
                names.append(u'\'' + name + u'\'');
            before.remove(name);
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            names.append(u'\'' + it.key() + u'\'');
        names.sort();
        parts.append(names.isEmpty() ? key : TopologyImport::tr("contents %1").arg(names.join(QStringLiteral(", "))));
    }
    return parts.join(QStringLiteral(", "));
}

/// \a problems as warnings saying that the record at fault was left out.
void leaveOut(Diagnostics *problems)
{
    for (Diagnostic &d : *problems) {
        if (d.severity != Diagnostic::Severity::Error)
            continue;
        d.severity = Diagnostic::Severity::Warning;
        d.message = TopologyImport::tr("left out: %1").arg(d.message);
    }
}

template<typename T>
QList<T> without(const QList<T> &list, const QSet<qsizetype> &drop)
{
    QList<T> kept;
    kept.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!drop.contains(i))
            kept.append(list.at(i));
    }
    return kept;
}

void dropFaults(ProjectContent *content, SourceMap *map, const TopologyImport::Faults &faults)
{
    content->models = without(content->models, faults.models);
    map->models = without(map->models, faults.models);
    content->twins = without(content->twins, faults.twins);
    map->twins = without(map->twins, faults.twins);
    content->relationships = without(content->relationships, faults.relationships);
    map->relationships = without(map->relationships, faults.relationships);
}

/// What the project found (property values, relationship targets) comes without a
/// line; the twin or relationship it names gives one.
void locate(Diagnostics *diagnostics, const ProjectContent &content, const SourceMap &map, const QString &fileName)
{
    QHash<QString, SourceLocation> twinLines;
    twinLines.reserve(content.twins.size());
    for (qsizetype i = 0; i < content.twins.size(); ++i)
        twinLines.insert(content.twins.at(i).id, at(map.twins, i));
    QHash<QString, SourceLocation> relLines;
    for (qsizetype i = 0; i < content.relationships.size(); ++i)
        relLines.insert(content.relationships.at(i).id, at(map.relationships, i));
    static const QRegularExpression twinRe(QStringLiteral("twin '([^']*)'"));
    static const QRegularExpression relRe(QStringLiteral("relationship '([^']*)'"));
    for (Diagnostic &d : *diagnostics) {
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
}

void sortByLine(Diagnostics *diagnostics)
{
    std::stable_sort(diagnostics->begin(), diagnostics->end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.line < b.line;
    });
}

} // namespace

Diagnostics TopologyImport::check(const ProjectContent &content, const SourceMap &map,
                                  const Project *project, const QString &file, bool partial,
                                  const ImportOptions &options, Faults *faults)
{
    Diagnostics result;
    Faults local;
    Faults &bad = faults ? *faults : local;
    const TwinGraph *graph = project ? project->graph() : nullptr;
    auto modelError = [&](qsizetype i, const QString &message) {
        result.append(SourceMap::error(file, at(map.models, i), message));
        bad.models.insert(i);
    };
    auto twinError = [&](qsizetype i, const QString &message) {
        result.append(SourceMap::error(file, at(map.twins, i), message));
        bad.twins.insert(i);
    };
    auto relationshipError = [&](qsizetype i, const QString &message) {
        result.append(SourceMap::error(file, at(map.relationships, i), message));
        bad.relationships.insert(i);
    };

    QHash<QString, qsizetype> fileModels;
    fileModels.reserve(content.models.size());
    for (qsizetype i = 0; i < content.models.size(); ++i) {
        const QJsonObject &model = content.models.at(i);
        const QString id = model.value(QStringLiteral("@id")).toString();
        if (!isValidDtmi(id)) {
            modelError(i, tr("model '%1': @id is not a valid DTMI").arg(id));
            continue;
        }
        const auto seen = fileModels.constFind(id);
        if (seen != fileModels.cend()) {
            modelError(i, tr("model %1 is defined twice%2").arg(id, lineRef(at(map.models, *seen))));
            continue;
        }
        fileModels.insert(id, i);
        // Built-in models stay as they are; a file's copy of one is ignored.
        if (project && project->models().contains(id) && !project->isBuiltInModel(id)
            && options.models == ImportOptions::Models::Refuse) {
            // Leaving the model out would not help: the user decides which one counts.
            result.append(SourceMap::error(
                file, at(map.models, i),
                tr("model %1 is already loaded with a different definition (they differ in %2): keep the "
                   "loaded definition or replace it with this one")
                    .arg(id, differences(project->models().interfaceJson(id), model))));
            bad.modelConflicts.append(id);
            ++bad.unattributed;
        }
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
        QString why;
        if (!isValidTwinId(t.id, &why)) {
            twinError(i, why);
        } else {
            const auto seen = twins.constFind(t.id);
            if (seen != twins.cend())
                twinError(i, tr("duplicate twin id '%1'%2").arg(t.id, lineRef(at(map.twins, *seen))));
            else if (graph && graph->indexOfTwin(t.id) >= 0)
                twinError(i, tr("twin '%1' already exists in the project").arg(t.id));
            else
                twins.insert(t.id, i);
        }
        if (!validModel(t.model))
            twinError(i, tr("twin '%1': '%2' is not a valid model DTMI").arg(t.id, t.model));
        else if (!partial && !knownModel(t.model))
            twinError(i, tr("twin '%1': model %2 is neither in the file nor loaded").arg(t.id, t.model));
    }

    QHash<QPair<QString, QString>, qsizetype> rels;
    rels.reserve(content.relationships.size());
    auto exists = [&](const QString &id) {
        return twins.contains(id) || (graph && graph->indexOfTwin(id) >= 0);
    };
    const TwinGraph noTwins;
    ContainmentCheck containment(graph ? graph : &noTwins);
    for (qsizetype i = 0; i < content.relationships.size(); ++i) {
        const Relationship &r = content.relationships.at(i);
        if (r.id.isEmpty())
            relationshipError(i, tr("relationship of twin '%1' has an empty id").arg(r.source));
        if (r.name.isEmpty())
            relationshipError(i, tr("relationship '%1' has an empty name").arg(r.id));
        if (!partial && !exists(r.source))
            relationshipError(i, tr("relationship '%1': source twin '%2' does not exist").arg(r.id, r.source));
        if (!partial && !exists(r.target))
            relationshipError(i, tr("relationship '%1': target twin '%2' does not exist").arg(r.id, r.target));
        if (const QString why = containment.problem(r); !why.isEmpty())
            relationshipError(i, why);
        else if (!bad.relationships.contains(i))
            containment.accept(r);
        if (r.id.isEmpty())
            continue;
        const auto key = qMakePair(r.source, r.id);
        const auto seen = rels.constFind(key);
        if (seen != rels.cend()) {
            relationshipError(i, tr("duplicate relationship '%1' of twin '%2'%3")
                                     .arg(r.id, r.source, lineRef(at(map.relationships, *seen))));
        } else {
            rels.insert(key, i);
            if (graph && graph->findRelationship(graph->indexOfTwin(r.source), r.id) >= 0)
                relationshipError(i, tr("twin '%1' already has a relationship '%2' in the project").arg(r.source, r.id));
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
        // Every project has the built-in models; an export carries them for platforms that
        // lack them, and this build's definition is the one that counts.
        if (project.isBuiltInModel(id) || (project.models().contains(id) && project.models().interfaceJson(id) == m))
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
                                const ProgressCallback &progress, const ImportOptions &options,
                                Outcome *outcome)
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
    auto fail = [&](const Faults &faults) {
        if (outcome) {
            outcome->modelConflicts = faults.modelConflicts;
            outcome->partialPossible = !cancelled && !options.partial
                                       && !(content.twins.isEmpty() && content.relationships.isEmpty());
        }
        if (diagnostics)
            diagnostics->append(local);
        return false;
    };
    if (!importer->read(device, fileName, &content, &local, watched, &map)) {
        if (!hasErrors(local))
            local.append(Diagnostic::error(fileName, 0, tr("the file could not be read")));
        if (cancelled || !options.partial || content.isEmpty()) {
            // Report what the project would also reject in the records that were
            // readable, so one run shows every problem.
            Faults faults;
            if (!cancelled) {
                dropLoadedModels(&content, &map, *project);
                local.append(check(content, map, project, fileName, true, options, &faults));
            }
            sortByLine(&local);
            return fail(faults);
        }
        // A partial import takes the records that could be read.
        leaveOut(&local);
    }
    dropLoadedModels(&content, &map, *project);
    // Leaving a record out can leave others without what they refer to (a relationship
    // to a twin left out): check again until what remains holds together.
    for (;;) {
        Faults faults;
        Diagnostics problems = check(content, map, project, fileName, false, options, &faults);
        if (!hasErrors(problems)) {
            local.append(problems);
            break;
        }
        if (!options.partial || faults.unattributed > 0) {
            local.append(problems);
            sortByLine(&local);
            return fail(faults);
        }
        leaveOut(&problems);
        local.append(problems);
        dropFaults(&content, &map, faults);
        if (content.isEmpty()) {
            local.append(Diagnostic::error(fileName, 0, tr("nothing in the file could be imported")));
            return fail(faults);
        }
    }

    Diagnostics fromProject;
    const bool ok = project->importContent(content, &fromProject, fileName, QString(), options);
    locate(&fromProject, content, map, fileName);
    local.append(fromProject);
    sortByLine(&local);
    if (ok) {
        if (diagnostics)
            diagnostics->append(local);
        return true;
    }
    if (!hasErrors(local))
        local.append(Diagnostic::error(fileName, 0, tr("the project rejected the import")));
    return fail(Faults());
}

bool TopologyImport::importFile(Project *project, TopologyImporter *importer, const QString &path,
                                Diagnostics *diagnostics, const ProgressCallback &progress,
                                const ImportOptions &options, Outcome *outcome)
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
    return importInto(project, importer, &file, path, diagnostics, progress, options, outcome);
}

bool TopologyImport::isDtdl(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    // DTDL files are small; anything large is some other format.
    constexpr qint64 kLargest = 16 * 1024 * 1024;
    QFile file(path);
    if (info.size() > kLargest || !file.open(QIODevice::ReadOnly))
        return false;
    // An interface, or an array of them, with a DTDL context.
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF")) // a byte order mark, as many ontology files have
        bytes.remove(0, 3);
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    const QJsonObject first = doc.isArray() ? doc.array().first().toObject() : doc.object();
    const QJsonValue context = first.value(QStringLiteral("@context"));
    const QJsonArray contexts = context.isArray() ? context.toArray() : QJsonArray{context};
    for (const QJsonValue &c : contexts) {
        if (c.toString().startsWith(QLatin1String("dtmi:dtdl:context;")))
            return true;
    }
    return false;
}

} // namespace twin
