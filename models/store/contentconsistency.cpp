// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentconsistency.h"

#include "document/projectcontent.h"
#include "ontology/modelregistry.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace twin {

void ContentConsistency::check(const ProjectContent &content, const ModelRegistry &models, const QString &file,
                               Diagnostics *out)
{
    const QString rule = QLatin1StringView(Rule);
    auto warn = [&](const QString &message) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.file = file;
        d.rule = rule;
        d.message = message;
        out->append(d);
    };
    QSet<QString> twins;
    twins.reserve(content.twins.size());
    for (const Twin &t : content.twins) {
        if (twins.contains(t.id)) {
            warn(QStringLiteral("twin '%1' (model %2): its id repeats; this row was left out").arg(t.id, t.model));
            continue;
        }
        twins.insert(t.id);
        if (!models.contains(t.model))
            warn(QStringLiteral("twin '%1': its model %2 is not in the project's ontology; it is shown as Other")
                     .arg(t.id, t.model));
    }
    QSet<std::pair<QString, QString>> relationships;
    relationships.reserve(content.relationships.size());
    for (const Relationship &r : content.relationships) {
        QString why;
        if (!twins.contains(r.source))
            why = QStringLiteral("twin '%1' does not exist").arg(r.source);
        else if (!twins.contains(r.target))
            why = QStringLiteral("its target '%1' does not exist").arg(r.target);
        else if (relationships.contains({r.source, r.id}))
            why = QStringLiteral("its id repeats");
        else
            relationships.insert({r.source, r.id});
        if (!why.isEmpty())
            warn(QStringLiteral("relationship '%1' (%2) of twin '%3': %4; it was left out").arg(r.id, r.name, r.source, why));
    }
}

int ContentConsistency::count(const Diagnostics &diagnostics)
{
    const QString rule = QLatin1StringView(Rule);
    return int(std::count_if(diagnostics.cbegin(), diagnostics.cend(), [&rule](const Diagnostic &d) {
        return d.severity == Diagnostic::Severity::Warning && d.rule == rule;
    }));
}

} // namespace twin
