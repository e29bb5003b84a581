// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelregistry.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace twin {

ModelRegistry::ModelRegistry()
    : m_categoryRoots(defaultCategoryRoots())
{
}

QHash<QString, Category> ModelRegistry::defaultCategoryRoots()
{
    return {
        {QStringLiteral("dtmi:twinstudio:core:Space;1"), Category::Space},
        {QStringLiteral("dtmi:twinstudio:core:Device;1"), Category::Device},
        {QStringLiteral("dtmi:twinstudio:core:Sensor;1"), Category::Sensor},
        {QStringLiteral("dtmi:twinstudio:core:Person;1"), Category::Person},
        {QStringLiteral("dtmi:digitaltwins:rec_3_3:core:Space;1"), Category::Space},
        {QStringLiteral("dtmi:digitaltwins:rec_3_3:core:Asset;1"), Category::Device},
        {QStringLiteral("dtmi:digitaltwins:rec_3_3:core:Capability;1"), Category::Sensor},
        {QStringLiteral("dtmi:digitaltwins:rec_3_3:core:Agent;1"), Category::Person},
    };
}

bool ModelRegistry::addDocuments(const QList<QPair<QString, QByteArray>> &documents,
                                 Diagnostics *diagnostics)
{
    QList<QJsonObject> parsed;
    Diagnostics local;
    for (const auto &[file, bytes] : documents) {
        QJsonParseError error;
        QByteArray data = bytes;
        if (data.startsWith("\xEF\xBB\xBF"))
            data.remove(0, 3);
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError) {
            const int line = int(data.left(error.offset).count('\n')) + 1;
            local.append(Diagnostic::error(file, line, error.errorString()));
            continue;
        }
        const QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
        for (int i = 0; i < items.size(); ++i) {
            if (!items.at(i).isObject()) {
                local.append(Diagnostic::errorAt(file, doc.isArray() ? u'/' + QString::number(i) : QString(),
                                                 QStringLiteral("expected a DTDL interface object")));
                continue;
            }
            parsed.append(items.at(i).toObject());
        }
    }
    if (hasErrors(local)) {
        if (diagnostics)
            diagnostics->append(local);
        return false;
    }
    return addInterfaces(parsed, diagnostics);
}

bool ModelRegistry::addPaths(const QStringList &paths, Diagnostics *diagnostics)
{
    QList<QPair<QString, QByteArray>> documents;
    Diagnostics local;
    auto read = [&](const QString &path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            local.append(Diagnostic::error(path, 0, f.errorString()));
            return;
        }
        documents.append({path, f.readAll()});
    };
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
            QStringList files;
            while (it.hasNext())
                files.append(it.next());
            files.sort();
            for (const QString &f : files)
                read(f);
        } else {
            read(path);
        }
    }
    if (hasErrors(local)) {
        if (diagnostics)
            diagnostics->append(local);
        return false;
    }
    return addDocuments(documents, diagnostics);
}

bool ModelRegistry::addInterfaces(const QList<QJsonObject> &interfaces, Diagnostics *diagnostics)
{
    Diagnostics local;
    QSet<QString> seen;
    for (int i = 0; i < interfaces.size(); ++i) {
        const QString id = interfaces.at(i).value(QStringLiteral("@id")).toString();
        if (!isValidDtmi(id)) {
            local.append(Diagnostic::errorAt(QString(), u'/' + QString::number(i) + QStringLiteral("/@id"),
                                             QStringLiteral("'%1' is not a valid DTMI").arg(id)));
        } else if (m_interfaces.contains(id) || seen.contains(id)) {
            local.append(Diagnostic::errorAt(QString(), u'/' + QString::number(i) + QStringLiteral("/@id"),
                                             QStringLiteral("interface %1 is defined twice").arg(id)));
        }
        seen.insert(id);
    }
    if (hasErrors(local)) {
        if (diagnostics)
            diagnostics->append(local);
        return false;
    }
    for (const QJsonObject &iface : interfaces) {
        const QString id = iface.value(QStringLiteral("@id")).toString();
        m_interfaces.insert(id, iface);
        m_order.append(id);
    }
    return true;
}

void ModelRegistry::removeInterfaces(const QStringList &dtmis)
{
    for (const QString &id : dtmis) {
        m_interfaces.remove(id);
        m_order.removeOne(id);
    }
}

void ModelRegistry::clear()
{
    m_interfaces.clear();
    m_order.clear();
}

QStringList ModelRegistry::ancestors(const QString &dtmi) const
{
    QStringList result;
    QStringList queue{dtmi};
    while (!queue.isEmpty()) {
        const QJsonValue extends = m_interfaces.value(queue.takeFirst()).value(QStringLiteral("extends"));
        const QJsonArray bases = extends.isArray() ? extends.toArray() : QJsonArray{extends};
        for (const QJsonValue &b : bases) {
            const QString base = b.toString();
            if (!base.isEmpty() && !result.contains(base)) {
                result.append(base);
                queue.append(base);
            }
        }
    }
    return result;
}

bool ModelRegistry::isA(const QString &dtmi, const QString &base) const
{
    return dtmi == base || ancestors(dtmi).contains(base);
}

Category ModelRegistry::category(const QString &dtmi) const
{
    const auto own = m_categoryRoots.constFind(dtmi);
    if (own != m_categoryRoots.cend())
        return *own;
    for (const QString &a : ancestors(dtmi)) {
        const auto it = m_categoryRoots.constFind(a);
        if (it != m_categoryRoots.cend())
            return *it;
    }
    return Category::Other;
}

Diagnostics ModelRegistry::validateTwin(const Twin &twin, const QString &file) const
{
    Diagnostics result;
    if (!m_interfaces.isEmpty() && !contains(twin.model)) {
        result.append(Diagnostic::errorAt(file, QString(),
                                          QStringLiteral("twin '%1': model %2 is not loaded")
                                              .arg(twin.id, twin.model)));
    }
    return result;
}

Diagnostics ModelRegistry::validateRelationship(const QString &, const QString &, const QString &,
                                                const QString &) const
{
    return {};
}

} // namespace twin
