// SPDX-License-Identifier: GPL-3.0-or-later
#include "functiondefinition.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace twin {

QJsonObject FunctionDefinition::toJson() const
{
    QJsonArray list;
    for (const Matcher &m : matchers)
        list.append(m.toJson());
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("source"), source},
                     {QStringLiteral("assignedTo"), assignedTo},
                     {QStringLiteral("enabled"), enabled},
                     {QStringLiteral("matchers"), list}};
    if (!disabledReason.isEmpty())
        json.insert(QStringLiteral("disabledReason"), disabledReason);
    if (timeoutMs > 0)
        json.insert(QStringLiteral("timeoutMs"), timeoutMs);
    if (!scope.isEmpty())
        json.insert(QStringLiteral("scope"), scope);
    if (!tests.isEmpty())
        json.insert(QStringLiteral("tests"), tests);
    return json;
}

bool FunctionDefinition::fromJson(const QJsonObject &json, FunctionDefinition *definition, QString *error)
{
    FunctionDefinition d;
    d.name = json.value(QStringLiteral("name")).toString();
    if (d.name.trimmed().isEmpty()) {
        if (error)
            *error = QStringLiteral("a function needs a name");
        return false;
    }
    d.source = json.value(QStringLiteral("source")).toString();
    d.assignedTo = json.value(QStringLiteral("assignedTo")).toString();
    d.enabled = json.value(QStringLiteral("enabled")).toBool(true);
    d.disabledReason = json.value(QStringLiteral("disabledReason")).toString();
    d.timeoutMs = qMax(0, json.value(QStringLiteral("timeoutMs")).toInt());
    d.tests = json.value(QStringLiteral("tests")).toArray();
    const QJsonValue scope = json.value(QStringLiteral("scope"));
    if (!scope.isUndefined() && !scope.isNull() && scope.toString() != ProjectScope) {
        if (error)
            *error = QStringLiteral("function '%1': unknown scope %2 (\"%3\" grants the whole project; without "
                                    "a scope it writes only inside its assigned twin)")
                         .arg(d.name, QString::fromUtf8(QJsonDocument(QJsonArray{scope}).toJson(QJsonDocument::Compact)).mid(1).chopped(1), ProjectScope);
        return false;
    }
    d.scope = scope.toString();
    const QJsonArray list = json.value(QStringLiteral("matchers")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        Matcher m;
        QString why;
        if (!Matcher::fromJson(list.at(i).toObject(), &m, &why)) {
            if (error)
                *error = QStringLiteral("function '%1', matcher %2: %3").arg(d.name).arg(i).arg(why);
            return false;
        }
        d.matchers.append(m);
    }
    *definition = d;
    return true;
}

} // namespace twin
