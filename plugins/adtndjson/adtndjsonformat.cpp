// SPDX-License-Identifier: GPL-3.0-or-later
#include "adtndjsonformat.h"

#include "interchange/adtjson.h"
#include "interchange/chunkedwriter.h"
#include "interchange/jsondocumentread.h"
#include "interchange/progressreporter.h"

#include <QIODevice>
#include <QJsonDocument>

#include <array>

namespace twin {

namespace {

enum class Section { None = -1, Header, Models, Twins, Relationships, Unknown };

constexpr std::array<const char *, 4> sectionNames{"Header", "Models", "Twins", "Relationships"};

Section sectionFromName(const QString &name)
{
    for (size_t i = 0; i < sectionNames.size(); ++i) {
        if (name.compare(QLatin1StringView(sectionNames[i]), Qt::CaseInsensitive) == 0)
            return Section(i);
    }
    return Section::Unknown;
}

QString sectionName(Section s)
{
    return QLatin1StringView(sectionNames[size_t(s)]);
}

QByteArray trimmedLine(const QByteArray &raw, bool first)
{
    QByteArray line = raw.trimmed();
    if (first && line.startsWith("\xEF\xBB\xBF"))
        line = line.mid(3).trimmed();
    return line;
}

} // namespace

AdtNdjsonFormat::AdtNdjsonFormat(QObject *parent)
    : QObject(parent)
{
}

QString AdtNdjsonFormat::formatId() const
{
    return QStringLiteral("adt-ndjson");
}

QString AdtNdjsonFormat::displayName() const
{
    return tr("Azure Digital Twins import job (NDJSON)");
}

QStringList AdtNdjsonFormat::nameFilters() const
{
    return {tr("Azure Digital Twins import job (*.ndjson *.jsonl *.json)")};
}

bool AdtNdjsonFormat::canRead(const QByteArray &head) const
{
    // The first non-empty line is a section marker.
    qsizetype start = 0;
    while (true) {
        const qsizetype end = head.indexOf('\n', start);
        const QByteArray line = trimmedLine(head.mid(start, end < 0 ? -1 : end - start), start == 0);
        if (!line.isEmpty()) {
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            return doc.isObject() && doc.object().value(QStringLiteral("Section")).isString();
        }
        if (end < 0)
            return false;
        start = end + 1;
    }
}

bool AdtNdjsonFormat::read(QIODevice *device, const QString &fileName, ProjectContent *out,
                           Diagnostics *diagnostics, const ProgressCallback &progress,
                           SourceMap *sourceMap)
{
    Q_ASSERT(device && out);
    ProgressReporter reporter(progress, device->isSequential() ? 0 : device->size());
    ProjectContent content;
    SourceMap map;
    Diagnostics local;
    // A generous first guess keeps appends from reallocating on big files.
    if (!device->isSequential()) {
        const qsizetype guess = qsizetype(device->size() / 100);
        content.twins.reserve(guess / 3);
        content.relationships.reserve(guess * 2 / 3);
        map.twins.reserve(guess / 3);
        map.relationships.reserve(guess * 2 / 3);
    }

    Section current = Section::None;
    Section last = Section::None; // the furthest valid section seen
    int headerLines = 0;
    bool dataBeforeSectionReported = false;
    int lineNumber = 0;
    const QString sourceKey = AdtJson::dtIdKey();

    // Lines are cut out of 1 MiB chunks: QIODevice::readLine() costs a call (and on
    // unbuffered devices a read) per line, which dominates on files of 300,000 lines.
    // A line longer than MaxLineBytes is not buffered: it is reported and skipped up to
    // its end, so memory stays bounded whatever the file holds.
    QByteArray chunk;
    qsizetype chunkPos = 0;
    qint64 consumed = 0;
    bool eof = false;
    enum class Next { Line, TooLong, End };
    auto nextLine = [&](QByteArray *raw) {
        bool skipping = false;
        while (true) {
            const qsizetype nl = chunk.indexOf('\n', chunkPos);
            if (nl >= 0) {
                *raw = QByteArray::fromRawData(chunk.constData() + chunkPos, nl - chunkPos);
                consumed += nl + 1 - chunkPos;
                chunkPos = nl + 1;
                return skipping || raw->size() > MaxLineBytes ? Next::TooLong : Next::Line;
            }
            if (eof) {
                if (chunkPos >= chunk.size() && !skipping)
                    return Next::End;
                *raw = QByteArray::fromRawData(chunk.constData() + chunkPos, chunk.size() - chunkPos);
                consumed += chunk.size() - chunkPos;
                chunkPos = chunk.size();
                return skipping || raw->size() > MaxLineBytes ? Next::TooLong : Next::Line;
            }
            if (chunk.size() - chunkPos > MaxLineBytes) {
                skipping = true;
                consumed += chunk.size() - chunkPos;
                chunkPos = chunk.size();
            }
            chunk.remove(0, chunkPos);
            chunkPos = 0;
            const QByteArray more = device->read(1 << 20);
            if (more.isEmpty())
                eof = true;
            else
                chunk.append(more);
        }
    };

    QByteArray raw;
    for (Next next; (next = nextLine(&raw)) != Next::End;) {
        ++lineNumber;
        if (!reporter.update(consumed))
            break;
        if (next == Next::TooLong) {
            local.append(Diagnostic::error(fileName, lineNumber,
                                           tr("the line is longer than %1 MiB: left out").arg(MaxLineBytes >> 20)));
            continue;
        }
        const QByteArray line = trimmedLine(raw, lineNumber == 1);
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            Diagnostic d = Diagnostic::error(fileName, lineNumber, tr("invalid JSON: %1").arg(parseError.errorString()));
            d.column = parseError.offset + 1;
            local.append(d);
            continue;
        }
        QString duplicate;
        const qsizetype at = findDuplicateKey(line, &duplicate);
        if (at >= 0) {
            Diagnostic d = Diagnostic::error(fileName, lineNumber, QStringLiteral("duplicate key '%1'").arg(duplicate));
            d.column = int(QString::fromUtf8(line.constData(), at).size()) + 1;
            local.append(d);
            continue;
        }
        if (!doc.isObject()) {
            local.append(Diagnostic::error(fileName, lineNumber, tr("expected a JSON object")));
            continue;
        }
        QJsonObject object = doc.object();
        doc = QJsonDocument(); // the object's only owner now: no copies further down

        if (object.size() == 1 && object.contains(QStringLiteral("Section"))) {
            const QString name = object.value(QStringLiteral("Section")).toString();
            const Section section = sectionFromName(name);
            if (section == Section::Unknown) {
                local.append(Diagnostic::error(fileName, lineNumber,
                                               tr("unknown section '%1' (expected Header, Models, Twins or Relationships)").arg(name)));
            } else if (section == last) {
                local.append(Diagnostic::error(fileName, lineNumber, tr("section %1 appears twice").arg(sectionName(section))));
            } else if (section < last) {
                local.append(Diagnostic::error(fileName, lineNumber,
                                               tr("section %1 is out of order: it must come before section %2")
                                                   .arg(sectionName(section), sectionName(last))));
            } else {
                last = section;
            }
            current = section;
            continue;
        }

        switch (current) {
        case Section::None:
            if (!dataBeforeSectionReported)
                local.append(Diagnostic::error(fileName, lineNumber,
                                               tr("data before the first section marker (e.g. {\"Section\": \"Twins\"})")));
            dataBeforeSectionReported = true;
            break;
        case Section::Unknown:
            break; // the marker was reported; its lines mean nothing to us
        case Section::Header:
            if (++headerLines > 1)
                local.append(Diagnostic::error(fileName, lineNumber, tr("the Header section holds one line")));
            else if (const QJsonValue v = object.value(QStringLiteral("fileVersion")); !v.isUndefined() && !v.isString())
                local.append(Diagnostic::error(fileName, lineNumber, tr("fileVersion must be a string")));
            break;
        case Section::Models:
            if (!object.value(QStringLiteral("@id")).isString()) {
                local.append(Diagnostic::error(fileName, lineNumber, tr("model has no @id")));
                break;
            }
            content.models.append(object);
            map.models.append({lineNumber, QString()});
            break;
        case Section::Twins: {
            Twin t;
            QString why;
            if (!AdtJson::twinFromJson(std::move(object), &t, &why)) {
                local.append(Diagnostic::error(fileName, lineNumber, why));
                break;
            }
            content.twins.append(std::move(t));
            map.twins.append({lineNumber, QString()});
            break;
        }
        case Section::Relationships: {
            Relationship r;
            QString why;
            if (!AdtJson::relationshipFromJson(std::move(object), sourceKey, &r, &why)) {
                local.append(Diagnostic::error(fileName, lineNumber, why));
                break;
            }
            content.relationships.append(std::move(r));
            map.relationships.append({lineNumber, QString()});
            break;
        }
        }
    }
    if (reporter.cancelled() || (!hasErrors(local) && !reporter.finish())) {
        if (diagnostics)
            diagnostics->append(Diagnostic::error(fileName, reporter.cancelled() ? lineNumber : 0, tr("import cancelled")));
        return false;
    }
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

bool AdtNdjsonFormat::write(const ProjectContent &content, QIODevice *device, QString *error,
                            const ProgressCallback &progress)
{
    ProgressReporter reporter(progress, content.models.size() + content.twins.size() + content.relationships.size());
    ChunkedWriter out(device);
    qint64 done = 0;
    auto cancelled = [&] {
        if (error)
            *error = tr("export cancelled");
        return false;
    };

    out.write("{\"Section\":\"Header\"}\n{\"fileVersion\":\"1.0.0\",\"author\":\"TwinStudio\",\"organization\":\"\"}\n");
    if (!content.models.isEmpty()) {
        out.write("{\"Section\":\"Models\"}\n");
        for (const QJsonObject &m : content.models) {
            out.write(AdtJson::compact(m) + '\n');
            if (!reporter.update(++done))
                return cancelled();
        }
    }
    if (!content.twins.isEmpty()) {
        out.write("{\"Section\":\"Twins\"}\n");
        for (const Twin &t : content.twins) {
            AdtJson::appendTwin(out.buffer(), t);
            out.buffer()->append('\n');
            out.maybeFlush();
            if (!reporter.update(++done))
                return cancelled();
        }
    }
    if (!content.relationships.isEmpty()) {
        out.write("{\"Section\":\"Relationships\"}\n");
        const QString sourceKey = AdtJson::dtIdKey();
        for (const Relationship &r : content.relationships) {
            AdtJson::appendRelationship(out.buffer(), r, sourceKey);
            out.buffer()->append('\n');
            out.maybeFlush();
            if (!reporter.update(++done))
                return cancelled();
        }
    }
    if (!out.flush()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    if (!reporter.finish())
        return cancelled();
    return true;
}

} // namespace twin
