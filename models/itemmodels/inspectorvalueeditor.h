// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspectornode.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace twin {

class ModelRegistry;
class Project;

/**
 * Edits the value of a property of one twin, or a part of it, as the inspector's rows
 * address them: each edit replaces the property's whole value through
 * Project::setTwinProperty() (one undo step; the Project checks the new value against the
 * schema). Edits of one part in a row merge into one step; adding, removing, moving and
 * renaming entries never merge.
 */
class InspectorValueEditor
{
    Q_DECLARE_TR_FUNCTIONS(twin::InspectorModel)

public:
    using Node = InspectorModel::Node;

    InspectorValueEditor(Project *project, const QString &twinId)
        : m_project(project)
        , m_twinId(twinId)
    {
    }

    /// Sets the value of \a row (a property or a part) from what its editor gave.
    bool setValue(const Node &row, const QVariant &value, QString *error);
    /// Adds an entry with \a key to the map \a container, or an element at \a position
    /// (-1: at the end) of the array \a container, with the default value of its schema.
    bool addEntry(const Node &container, const QString &key, int position, QString *error);
    /// Removes the map entry or array element \a entry.
    bool removeEntry(const Node &entry, QString *error);
    /// Moves the array element \a entry by \a delta places.
    bool moveEntry(const Node &entry, int delta, QString *error);
    /// Gives the map entry \a entry the key \a key.
    bool renameEntry(const Node &entry, const QString &key, QString *error);

    /// The value of \a row in a twin's \a properties; undefined when unset.
    static QJsonValue valueIn(const QJsonObject &properties, const Node &row);
    /// The schema of \a row's value in a twin of \a model (empty when that is not loaded).
    static QString schemaOf(const ModelRegistry &models, const QString &model, const Node &row);

private:
    /// Replaces \a row's value by \a value in its property's value and sets that.
    bool replace(const Node &row, const QJsonValue &value, const QString &mergeKey, QString *error);
    bool checkKey(const QString &key, const QJsonObject &map, QString *error) const;
    static QString uniqueMergeKey();

    Project *const m_project;
    const QString m_twinId;
};

} // namespace twin
