// SPDX-License-Identifier: GPL-3.0-or-later
#include "nativejsonformat.h"

#include "interchange/adtjson.h"
#include "interchange/chunkedwriter.h"
#include "interchange/jsonelementreader.h"
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

/// A twin of the file, with its geometry; false with an error in \a errors.
bool readTwin(const QJsonValue &v, const QString &fileName, const SourceLocation &loc, Twin *t, Diagnostics *errors)
{
    if (!v.isObject()) {
        errors->append(SourceMap::error(fileName, loc, NativeJsonFormat::tr("expected a twin object")));
        return false;
    }
    const QJsonObject json = v.toObject();
    QString why;
    if (!AdtJson::twinFromJson(json, t, &why)) {
        errors->append(SourceMap::error(fileName, loc, why));
        return false;
    }
    const QJsonValue g = json.value(geometryKey);
    if (g.isUndefined())
        return true;
    const std::optional<Geometry> geometry = g.isObject() ? Geometry::fromJson(g.toObject(), &why) : std::nullopt;
    if (!g.isObject())
        why = NativeJsonFormat::tr("$geometry must be an object");
    if (!geometry) {
        errors->append(SourceMap::error(fileName, loc, NativeJsonFormat::tr("twin '%1': %2").arg(t->id, why)));
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
    ProjectContent content;
    SourceMap map;
    Diagnostics converted[3]; // models, twins, relationships: reported in that order
    const QString sourceKey = AdtJson::sourceIdKey();
    JsonElementReader reader({modelsPointer, twinsPointer, relsPointer},
                             [&](int array, qsizetype, const QJsonValue &v, int line) {
        const SourceLocation loc{line, QString()};
        if (array == 0) {
            if (!v.isObject() || !v.toObject().value(QStringLiteral("@id")).isString()) {
                converted[0].append(SourceMap::error(fileName, loc, tr("expected a DTDL interface with an @id")));
                return;
            }
            content.models.append(v.toObject());
            map.models.append(loc);
        } else if (array == 1) {
            Twin t;
            if (readTwin(v, fileName, loc, &t, &converted[1])) {
                content.twins.append(std::move(t));
                map.twins.append(loc);
            }
        } else {
            Relationship r;
            QString why;
            if (!v.isObject())
                converted[2].append(SourceMap::error(fileName, loc, tr("expected a relationship object")));
            else if (!AdtJson::relationshipFromJson(v.toObject(), sourceKey, &r, &why))
                converted[2].append(SourceMap::error(fileName, loc, why));
            else {
                content.relationships.append(std::move(r));
                map.relationships.append(loc);
            }
        }
    });
    reader.setSizeHandler([&](int array, qsizetype count) {
        if (array == 0) {
            content.models.reserve(count);
            map.models.reserve(count);
        } else if (array == 1) {
            content.twins.reserve(count);
            map.twins.reserve(count);
        } else {
            content.relationships.reserve(count);
            map.relationships.reserve(count);
        }
    });
    const JsonDocumentRead read = reader.read(device, &reporter);
    if (read.status == JsonDocumentRead::Status::Cancelled)
        return cancelled();
    if (read.status == JsonDocumentRead::Status::Invalid) {
        Diagnostic d = Diagnostic::error(fileName, read.errorLine,
                                         read.duplicateKey ? read.errorText : tr("invalid JSON: %1").arg(read.errorText));
        d.column = read.errorColumn;
        return fatal(d);
    }
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
    content.functions = member(QStringLiteral("functions"), true).toArray();
    content.bindings = member(QStringLiteral("bindings"), true).toArray();
    content.connections = member(QStringLiteral("connections"), true).toArray();
    content.viewState = member(QStringLiteral("viewState"), false).toObject();
    for (const Diagnostics &d : converted)
        local.append(d);

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
        *sourceMap = std::move(map);
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
