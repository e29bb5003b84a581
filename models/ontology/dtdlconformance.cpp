// SPDX-License-Identifier: GPL-3.0-or-later
#include "dtdlconformance.h"

#include "ontology/dtdlparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringList>

#include <simdjson.h>

#include <algorithm>

namespace twin {

namespace {

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

DtdlConformance::Summary DtdlConformance::run(const QString &dir)
{
    Summary summary;
    QDir d(dir);
    if (!d.exists()) {
        summary.error = QStringLiteral("no such folder: %1").arg(dir);
        return summary;
    }
    const QStringList files = d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    simdjson::dom::parser parser;
    for (const QString &name : files) {
        QFile f(d.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            summary.failures.append({name, QStringLiteral("cannot read: %1").arg(f.errorString())});
            ++summary.failed;
            continue;
        }
        QByteArray bytes = f.readAll();
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        simdjson::dom::element root;
        if (parser.parse(bytes.constData(), size_t(bytes.size())).get(root) || !root.is_array()) {
            summary.failures.append({name, QStringLiteral("not a JSON array of cases")});
            ++summary.failed;
            continue;
        }
        int index = 0;
        const simdjson::dom::array cases = root.get_array().value();
        for (simdjson::dom::element c : cases) {
            const QString caseId = name + u'#' + QString::number(index++);
            bool valid = false;
            if (c["valid"].get(valid))
                valid = false;
            DtdlParser::Options options;
            simdjson::dom::element optsElement;
            if (!c["options"].get(optsElement) && optsElement.is_array()) {
                const simdjson::dom::array opts = optsElement.get_array().value();
                for (simdjson::dom::element o : opts) {
                    std::string_view s;
                    if (!o.get(s)) {
                        if (s == "DisallowUndefinedExtensions")
                            options.undefinedExtensions = DtdlParser::UndefinedExtensions::Refuse;
                        else if (s == "AllowUndefinedExtensions")
                            options.undefinedExtensions = DtdlParser::UndefinedExtensions::Allow;
                    }
                }
            }
            QStringList expectedUnresolved;
            bool expectsUnresolved = false;
            QString expectedRule;
            simdjson::dom::element expect;
            simdjson::dom::element unresolvedElement;
            std::string_view rule;
            if (!c["expect"].get(expect) && expect.is_object() && !expect["rule"].get(rule))
                expectedRule = toQString(rule);
            if (!c["expect"].get(expect) && expect.is_object()
                && !expect["unresolvedIdentifiers"].get(unresolvedElement) && unresolvedElement.is_array()) {
                expectsUnresolved = true;
                const simdjson::dom::array unresolved = unresolvedElement.get_array().value();
                for (simdjson::dom::element u : unresolved) {
                    std::string_view s;
                    if (!u.get(s))
                        expectedUnresolved.append(toQString(s));
                }
                expectedUnresolved.sort();
                expectedUnresolved.removeDuplicates();
            }
            QList<DtdlParser::Document> docs;
            simdjson::dom::element inputElement;
            if (!c["input"].get(inputElement) && inputElement.is_array()) {
                const simdjson::dom::array input = inputElement.get_array().value();
                int i = 0;
                for (simdjson::dom::element doc : input) {
                    const std::string text = simdjson::minify(doc);
                    docs.append({caseId + u'/' + QString::number(i++),
                                 QByteArray(text.data(), qsizetype(text.size()))});
                }
            }
            const DtdlParser::Result result = DtdlParser(options).parse(docs);
            QString reason;
            if (valid) {
                if (!result.diagnostics.isEmpty())
                    reason = QStringLiteral("valid, but rejected: ") + result.diagnostics.first().format();
                else if (!result.unresolved.isEmpty())
                    reason = QStringLiteral("valid, but reported unresolved: ") + result.unresolved.join(u' ');
            } else if (expectsUnresolved) {
                if (!result.diagnostics.isEmpty())
                    reason = QStringLiteral("expected incomplete (unresolved %1), but rejected: %2")
                                 .arg(expectedUnresolved.join(u' '), result.diagnostics.first().format());
                else if (result.unresolved != expectedUnresolved)
                    reason = QStringLiteral("expected unresolved %1, got '%2'")
                                 .arg(expectedUnresolved.join(u' '), result.unresolved.join(u' '));
            } else if (result.diagnostics.isEmpty()) {
                reason = result.unresolved.isEmpty()
                    ? QStringLiteral("invalid, but accepted")
                    : QStringLiteral("invalid, but only reported unresolved: ") + result.unresolved.join(u' ');
            } else if (!expectedRule.isEmpty()
                       && std::none_of(result.diagnostics.cbegin(), result.diagnostics.cend(),
                                       [&](const Diagnostic &d) { return d.rule == expectedRule; })) {
                reason = QStringLiteral("rejected, but not for %1: %2")
                             .arg(expectedRule, result.diagnostics.first().format());
            }
            if (reason.isEmpty()) {
                ++summary.passed;
            } else {
                ++summary.failed;
                summary.failures.append({caseId, reason});
            }
        }
    }
    return summary;
}

QHash<QString, QString> DtdlConformance::readKnownFailures(const QString &path, QString *error)
{
    QHash<QString, QString> known;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = f.errorString();
        return known;
    }
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype space = line.indexOf(u' ');
        known.insert(space < 0 ? line : line.left(space), space < 0 ? QString() : line.mid(space + 1).trimmed());
    }
    return known;
}

} // namespace twin
