// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorerjsonformat.h"

#include "interchange/adtjson.h"
#include "interchange/chunkedwriter.h"
#include "interchange/contentcollector.h"
#include "interchange/progressreporter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace twin {

namespace {

const QString twinsPointer = QStringLiteral("/digitalTwinsGraph/digitalTwins");
const QString relsPointer = QStringLiteral("/digitalTwinsGraph/relationships");
const QString modelsPointer = QStringLiteral("/digitalTwinsModels");

} // namespace

ExplorerJsonFormat::ExplorerJsonFormat(QObject *parent)
    : QObject(parent)
{
}

QString ExplorerJsonFormat::formatId() const
{
    return QStringLiteral("explorer-json");
}

QString ExplorerJsonFormat::displayName() const
{
    return tr("Azure Digital Twins Explorer graph (JSON)");
}

QStringList ExplorerJsonFormat::nameFilters() const
{
    return {tr("Azure Digital Twins Explorer graph (*.json)")};
}

bool ExplorerJsonFormat::canRead(const QByteArray &head) const
{
    const QByteArray start = head.trimmed();
    return (start.startsWith('{') || start.startsWith("\xEF\xBB\xBF"))
        && (head.contains("\"digitalTwinsFileInfo\"") || head.contains("\"digitalTwinsGraph\""));
}

bool ExplorerJsonFormat::read(QIODevice *device, const QString &fileName, ProjectContent *out,
                              Diagnostics *diagnostics, const ProgressCallback &progress,
                              SourceMap *sourceMap)
{
    Q_ASSERT(device && out);
    ProgressReporter reporter(progress, device->isSequential() ? 0 : device->size());
    auto cancelled = [&] {
        if (diagnostics)
            diagnostics->append(Diagnostic::error(fileName, 0, tr("import cancelled")));
        return false;
    };
    // The three arrays are converted element by element as they are read: no tree of the
    // whole file. What they give is used only once the whole file has proved valid.
    ContentCollector collector(fileName, AdtJson::sourceIdKey());
    const JsonDocumentRead read = collector.read(device, &reporter, {modelsPointer, twinsPointer, relsPointer});
    if (read.status == JsonDocumentRead::Status::Cancelled)
        return cancelled();
    if (read.status == JsonDocumentRead::Status::Invalid) {
        if (diagnostics)
            diagnostics->append(collector.invalidJson(read));
        return false;
    }
    const QJsonDocument &doc = read.document;
    Diagnostics local;
    if (!doc.isObject()) {
        if (diagnostics)
            diagnostics->append(Diagnostic::errorAt(fileName, QString(), tr("expected a JSON object")));
        return false;
    }
    const QJsonObject root = doc.object();
    const QJsonValue info = root.value(QStringLiteral("digitalTwinsFileInfo"));
    const QJsonValue graph = root.value(QStringLiteral("digitalTwinsGraph"));
    const QJsonValue models = root.value(QStringLiteral("digitalTwinsModels"));
    if (graph.isUndefined() && models.isUndefined()) {
        if (diagnostics)
            diagnostics->append(Diagnostic::errorAt(fileName, QString(),
                                                    tr("neither digitalTwinsGraph nor digitalTwinsModels is present")));
        return false;
    }
    if (!info.isUndefined()) {
        const QString version = info.toObject().value(QStringLiteral("fileVersion")).toString();
        if (version != QStringLiteral("1.0.0")) {
            Diagnostic d = Diagnostic::errorAt(fileName, QStringLiteral("/digitalTwinsFileInfo/fileVersion"),
                                               tr("file version '%1' is not 1.0.0; reading it as 1.0.0").arg(version));
            d.severity = Diagnostic::Severity::Warning;
            local.append(d);
        }
    }
    if (!graph.isUndefined() && !graph.isObject())
        local.append(Diagnostic::errorAt(fileName, QStringLiteral("/digitalTwinsGraph"), tr("must be an object")));
    const QJsonObject graphObject = graph.toObject();
    const QJsonValue twins = graphObject.value(QStringLiteral("digitalTwins"));
    const QJsonValue rels = graphObject.value(QStringLiteral("relationships"));
    for (const auto &[value, pointer] : {std::pair{twins, twinsPointer}, std::pair{rels, relsPointer},
                                         std::pair{models, modelsPointer}}) {
        if (!value.isUndefined() && !value.isArray())
            local.append(Diagnostic::errorAt(fileName, pointer, tr("must be an array")));
    }
    if (hasErrors(local)) {
        if (diagnostics)
            diagnostics->append(local);
        return false;
    }
    local.append(collector.errors());
    if (!reporter.finish())
        return cancelled();
    if (diagnostics)
        diagnostics->append(local);
    // Also on errors: what could be read goes on to the project checks.
    *out = std::move(collector.content());
    if (sourceMap)
        *sourceMap = std::move(collector.sourceMap());
    if (hasErrors(local))
        return false;
    return true;
}

bool ExplorerJsonFormat::write(const ProjectContent &content, QIODevice *device, QString *error,
                               const ProgressCallback &progress)
{
    ProgressReporter reporter(progress, content.models.size() + content.twins.size() + content.relationships.size());
    ChunkedWriter out(device);
    qint64 done = 0;
    bool ok = true;
    // One record per line: "[\n" record ",\n" record "\n]" (or "[]" when empty).
    auto writeArray = [&](const auto &items, auto append) {
        if (items.isEmpty()) {
            out.write("[]");
            return;
        }
        out.write("[\n");
        bool first = true;
        for (const auto &item : items) {
            if (!first)
                out.write(",\n");
            first = false;
            append(out.buffer(), item);
            out.maybeFlush();
            if (!reporter.update(++done)) {
                ok = false;
                return;
            }
        }
        out.write("\n]");
    };
    const QString sourceKey = AdtJson::sourceIdKey();
    out.write("{\"digitalTwinsFileInfo\":{\"fileVersion\":\"1.0.0\"},\"digitalTwinsGraph\":{\"digitalTwins\":");
    writeArray(content.twins, [](QByteArray *buffer, const Twin &t) { AdtJson::appendTwin(buffer, t); });
    if (ok) {
        out.write(",\"relationships\":");
        writeArray(content.relationships, [&](QByteArray *buffer, const Relationship &r) {
            AdtJson::appendRelationship(buffer, r, sourceKey);
        });
    }
    if (ok) {
        out.write("},\"digitalTwinsModels\":");
        writeArray(content.models, [](QByteArray *buffer, const QJsonObject &m) { buffer->append(AdtJson::compact(m)); });
    }
    if (!ok || !reporter.finish()) {
        if (error)
            *error = tr("export cancelled");
        return false;
    }
    out.write("}\n");
    if (!out.flush()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace twin
