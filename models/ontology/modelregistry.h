// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/category.h"
#include "core/diagnostic.h"
#include "graph/twin.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace twin {

/**
 * The loaded ontologies of a project: DTDL interfaces by DTMI, their categories, and the
 * checks the document runs against them.
 *
 * Minimal first form: keeps each interface's JSON, follows `extends` for isA() and
 * category(), and validates nothing but the presence of a model. The DTDL engine
 * replaces the internals; this API stays.
 */
class ModelRegistry
{
public:
    ModelRegistry();

    /// Parses DTDL documents (an interface, or an array of interfaces) and adds them.
    /// All-or-nothing: on any error nothing is added and every error is in \a diagnostics.
    bool addDocuments(const QList<QPair<QString, QByteArray>> &documents, Diagnostics *diagnostics);
    /// Reads files and folders (recursively, *.json) and adds them like addDocuments().
    bool addPaths(const QStringList &paths, Diagnostics *diagnostics);
    /// Adds already parsed interfaces (e.g. from a project file or an import).
    bool addInterfaces(const QList<QJsonObject> &interfaces, Diagnostics *diagnostics);
    /// Removes the named interfaces (undo of an import).
    void removeInterfaces(const QStringList &dtmis);
    void clear();

    int interfaceCount() const { return int(m_order.size()); }
    bool contains(const QString &dtmi) const { return m_interfaces.contains(dtmi); }
    /// DTMIs in the order they were added.
    const QStringList &interfaceIds() const { return m_order; }
    /// The interface as written in its source document.
    QJsonObject interfaceJson(const QString &dtmi) const { return m_interfaces.value(dtmi); }
    /// Every interface \a dtmi extends, directly or not, nearest first.
    QStringList ancestors(const QString &dtmi) const;
    bool isA(const QString &dtmi, const QString &base) const;

    /// Category by the configured roots; Other when no root is an ancestor.
    Category category(const QString &dtmi) const;
    const QHash<QString, Category> &categoryRoots() const { return m_categoryRoots; }
    void setCategoryRoots(const QHash<QString, Category> &roots) { m_categoryRoots = roots; }
    static QHash<QString, Category> defaultCategoryRoots();

    /// Checks a twin against its model: the model is known, property names exist and
    /// values fit their schemas. \a file names the source in the diagnostics.
    Diagnostics validateTwin(const Twin &twin, const QString &file = QString()) const;
    /// Checks that \a sourceModel declares a relationship \a name whose target admits
    /// \a targetModel.
    Diagnostics validateRelationship(const QString &sourceModel, const QString &name,
                                     const QString &targetModel,
                                     const QString &file = QString()) const;

private:
    QHash<QString, QJsonObject> m_interfaces;
    QStringList m_order;
    QHash<QString, Category> m_categoryRoots;
};

} // namespace twin
