// SPDX-License-Identifier: GPL-3.0-or-later
#include "nativejsonformat.h"

#include "interchange/adtjson.h"
#include "interchange/chunkedwriter.h"
#include "interchange/contentcollector.h"
#include "interchange/progressreporter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace twin {

namespace {

const QString formatName = QStringLiteral("twinstudio-project");
const QString geometryKey = QStringLiteral("$geometry");

QString directionName(ContainmentRule::Direction d)
{
    return d == ContainmentRule::Direction::ChildToParent ? QStringLiteral("childToParent")
                                                          : QStringLiteral("parentToChild");
}

QByteArray compactValue(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    // A scalar: wrap it so QJsonDocument serialises it, then unwrap.
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

/// The twin's "$geometry", when it has one (a ContentCollector twin extension).
bool readGeometry(const QJsonObject &json, Twin *t, QString *why)
{
    const QJsonValue g = json.value(geometryKey);
    if (g.isUndefined())
        return true;
    QString reason;
    const std::optional<Geometry> geometry = g.isObject() ? Geometry::fromJson(g.toObject(), &reason) : std::nullopt;
    if (!g.isObject())
        reason = NativeJsonFormat::tr("$geometry must be an object");
    if (!geometry) {
        *why = NativeJsonFormat::tr("twin '%1': %2").arg(t->id, reason);
        return false;
    }
    t->geometry = *geometry;
    return true;
}

} // namespace

NativeJsonFormat::NativeJsonFormat(QObject *parent)
    : QObject(parent)
{
}

QString NativeJsonFormat::formatId() const
{
    return QStringLiteral("native");
}

QString NativeJsonFormat::displayName() const
{
    return tr("TwinStudio project (JSON)");
}

QStringList NativeJsonFormat::nameFilters() const
{
    return {tr("TwinStudio project JSON (*.twinstudio.json *.json)")};
}

bool NativeJsonFormat::canRead(const QByteArray &head) const
{
    const qsizetype at = head.indexOf("\"format\"");
    const QByteArray start = (head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head).trimmed();
    if (at < 0 || !start.startsWith('{'))
        return false;
    const qsizetype value = head.indexOf('"', head.indexOf(':', at) + 1);
    const QByteArray expected = QByteArrayLiteral("\"twinstudio-project\"");
    return value > at && head.mid(value, expected.size()) == expected;
}

bool NativeJsonFormat::read(QIODevice *device, const QString &fileName, ProjectContent *out,
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
    auto fatal = [&](const Diagnostic &d) {
        if (diagnostics)
            diagnostics->append(d);
        return false;
    };
    // Models, twins and relationships are converted element by element as they are read:
    // no tree of the whole file. What they give is used only once the whole file proved
    // valid and a TwinStudio project of a version this reads.
    const QString modelsPointer = QStringLiteral("/models");
    const QString twinsPointer = QStringLiteral("/twins");
    const QString relsPointer = QStringLiteral("/relationships");
    ContentCollector collector(fileName, AdtJson::sourceIdKey());
    collector.setTwinExtension(readGeometry);
    const JsonDocumentRead read = collector.read(device, &reporter, {modelsPointer, twinsPointer, relsPointer});
    if (read.status == JsonDocumentRead::Status::Cancelled)
        return cancelled();
    if (read.status == JsonDocumentRead::Status::Invalid)
        return fatal(collector.invalidJson(read));
    const QJsonDocument &doc = read.document;
    if (!doc.isObject())
        return fatal(Diagnostic::errorAt(fileName, QString(), tr("expected a JSON object")));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != formatName)
        return fatal(Diagnostic::errorAt(fileName, QStringLiteral("/format"),
                                         tr("not a TwinStudio project file (format is not \"%1\")").arg(formatName)));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() < 1)
        return fatal(Diagnostic::errorAt(fileName, QStringLiteral("/version"), tr("version must be a positive integer")));
    if (version.toInt() > fileVersion)
        return fatal(Diagnostic::errorAt(fileName, QStringLiteral("/version"),
                                         tr("file version %1 is newer than this TwinStudio reads (%2)")
                                             .arg(version.toInt()).arg(fileVersion)));

    Diagnostics local;
    auto member = [&](const QString &key, bool array) -> QJsonValue {
        const QJsonValue v = root.value(key);
        if (v.isUndefined())
            return array ? QJsonValue(QJsonArray()) : QJsonValue(QJsonObject());
        if (array ? !v.isArray() : !v.isObject()) {
            local.append(Diagnostic::errorAt(fileName, u'/' + key,
                                             array ? tr("must be an array") : tr("must be an object")));
            return array ? QJsonValue(QJsonArray()) : QJsonValue(QJsonObject());
        }
        return v;
    };
    for (const char *key : {"models", "twins", "relationships"})
        member(QString::fromLatin1(key), true);
    const QJsonArray rules = member(QStringLiteral("containmentRules"), true).toArray();
    const QJsonObject roots = member(QStringLiteral("categoryRoots"), false).toObject();
    ProjectContent &content = collector.content();
    content.functions = member(QStringLiteral("functions"), true).toArray();
    content.bindings = member(QStringLiteral("bindings"), true).toArray();
    content.connections = member(QStringLiteral("connections"), true).toArray();
    content.viewState = member(QStringLiteral("viewState"), false).toObject();
    local.append(collector.errors());

    for (auto it = roots.begin(); it != roots.end(); ++it) {
        const QString name = it.value().toString();
        const Category category = categoryFromName(name);
        if (!it.value().isString() || (category == Category::Other && name.compare(QStringLiteral("Other"), Qt::CaseInsensitive) != 0)) {
            local.append(Diagnostic::errorAt(fileName, QStringLiteral("/categoryRoots/") + jsonPointerToken(it.key()),
                                             tr("'%1' is not a category (Space, Device, Sensor, Person or Other)").arg(name)));
            continue;
        }
        content.categoryRoots.insert(it.key(), category);
    }
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject rule = rules.at(i).toObject();
        const QString name = rule.value(QStringLiteral("name")).toString();
        const QString direction = rule.value(QStringLiteral("direction")).toString(QStringLiteral("parentToChild"));
        const QString pointer = QStringLiteral("/containmentRules/") + QString::number(i);
        if (name.isEmpty()) {
            local.append(Diagnostic::errorAt(fileName, pointer, tr("a containment rule needs a name")));
            continue;
        }
        ContainmentRule r;
        r.name = name;
        if (direction == QStringLiteral("childToParent"))
            r.direction = ContainmentRule::Direction::ChildToParent;
        else if (direction != QStringLiteral("parentToChild"))
            local.append(Diagnostic::errorAt(fileName, pointer + QStringLiteral("/direction"),
                                             tr("direction must be parentToChild or childToParent")));
        content.containmentRules.append(r);
    }
    if (!reporter.finish())
        return cancelled();
    if (diagnostics)
        diagnostics->append(local);
    // Also on errors: what could be read goes on to the project checks.
    *out = std::move(content);
    if (sourceMap)
        *sourceMap = std::move(collector.sourceMap());
    if (hasErrors(local))
        return false;
    return true;
}

bool NativeJsonFormat::write(const ProjectContent &content, QIODevice *device, QString *error,
                             const ProgressCallback &progress)
{
    ProgressReporter reporter(progress, content.models.size() + content.twins.size() + content.relationships.size());
    ChunkedWriter out(device);
    qint64 done = 0;
    bool ok = true;
    // "key": [\n        element,\n        element\n    ] — one element per line.
    auto writeArray = [&](const char *key, const auto &items, auto append, bool counted) {
        out.write("    \"");
        out.write(key);
        out.write("\": ");
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
            out.write("        ");
            append(out.buffer(), item);
            out.maybeFlush();
            if (counted && !reporter.update(++done)) {
                ok = false;
                return;
            }
        }
        out.write("\n    ]");
    };

    out.write("{\n    \"format\": \"");
    out.write(formatName.toUtf8());
    out.write("\",\n    \"version\": ");
    out.write(QByteArray::number(fileVersion));
    out.write(",\n");
    writeArray("models", content.models, [](QByteArray *buffer, const QJsonObject &m) {
        buffer->append(AdtJson::compact(m));
    }, true);
    out.write(",\n");
    if (ok) {
        writeArray("twins", content.twins, [](QByteArray *buffer, const Twin &t) {
            if (t.geometry.isEmpty()) {
                AdtJson::appendTwin(buffer, t);
            } else {
                const QJsonObject geometry = t.geometry.toJson();
                AdtJson::appendTwin(buffer, t, &geometry);
            }
        }, true);
        out.write(",\n");
    }
    if (ok) {
        const QString sourceKey = AdtJson::sourceIdKey();
        writeArray("relationships", content.relationships, [&](QByteArray *buffer, const Relationship &r) {
            AdtJson::appendRelationship(buffer, r, sourceKey);
        }, true);
        out.write(",\n");
    }
    if (!ok || !reporter.finish()) {
        if (error)
            *error = tr("export cancelled");
        return false;
    }
    auto value = [](QByteArray *buffer, const QJsonValue &v) { buffer->append(compactValue(v)); };
    writeArray("functions", content.functions, value, false);
    out.write(",\n");
    writeArray("bindings", content.bindings, value, false);
    out.write(",\n");
    writeArray("connections", content.connections, value, false);
    out.write(",\n    \"viewState\": ");
    out.write(compactValue(content.viewState));
    out.write(",\n    \"categoryRoots\": ");
    QJsonObject roots;
    for (auto it = content.categoryRoots.cbegin(); it != content.categoryRoots.cend(); ++it)
        roots.insert(it.key(), categoryName(it.value()));
    out.write(compactValue(roots));
    out.write(",\n");
    writeArray("containmentRules", content.containmentRules, [](QByteArray *buffer, const ContainmentRule &r) {
        buffer->append(AdtJson::compact(QJsonObject{{QStringLiteral("name"), r.name},
                                                    {QStringLiteral("direction"), directionName(r.direction)}}));
    }, false);
    out.write("\n}\n");
    if (!out.flush()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace twin
