// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionapidescription.h"

#include "core/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace twin {

namespace {

FunctionApiDescription::Function functionFrom(const QJsonObject &o)
{
    FunctionApiDescription::Function f;
    f.name = o.value(QStringLiteral("name")).toString();
    for (const QJsonValue &p : o.value(QStringLiteral("params")).toArray())
        f.params.append(p.toString());
    f.returns = o.value(QStringLiteral("returns")).toString();
    f.doc = o.value(QStringLiteral("doc")).toString();
    return f;
}

} // namespace

QString FunctionApiDescription::Function::signature() const
{
    return name + u'(' + params.join(QStringLiteral(", ")) + u')';
}

const FunctionApiDescription &FunctionApiDescription::instance()
{
    static const FunctionApiDescription description = [] {
        FunctionApiDescription d;
        QFile file(QStringLiteral(":/functions/api.json"));
        QJsonParseError error;
        const QJsonObject root = file.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(file.readAll(), &error).object()
            : QJsonObject();
        if (root.isEmpty()) {
            qCCritical(lcFunctions) << "the function API description cannot be read:" << file.fileName()
                                    << file.errorString() << error.errorString();
            return d;
        }
        for (const QJsonValue &v : root.value(QStringLiteral("functions")).toArray()) {
            d.m_functions.append(functionFrom(v.toObject()));
            d.m_functionNames.insert(d.m_functions.constLast().name);
        }
        const QJsonObject objects = root.value(QStringLiteral("objects")).toObject();
        for (auto it = objects.begin(); it != objects.end(); ++it) {
            const QJsonObject o = it.value().toObject();
            QList<Function> &methods = d.m_methods[it.key()];
            for (const QJsonValue &m : o.value(QStringLiteral("methods")).toArray()) {
                methods.append(functionFrom(m.toObject()));
                d.m_methodNames.insert(methods.constLast().name);
            }
            QStringList &members = d.m_members[it.key()];
            for (const QJsonValue &m : o.value(QStringLiteral("members")).toArray())
                members.append(m.toString());
        }
        return d;
    }();
    return description;
}

QStringList FunctionApiDescription::completionEntries() const
{
    QSet<QString> entries;
    for (const Function &f : m_functions)
        entries.insert(f.signature());
    for (const QList<Function> &methods : m_methods) {
        for (const Function &m : methods)
            entries.insert(m.signature());
    }
    for (const QStringList &members : m_members) {
        for (const QString &m : members)
            entries.insert(m);
    }
    QStringList list(entries.cbegin(), entries.cend());
    list.sort();
    return list;
}

} // namespace twin
