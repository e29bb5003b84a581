// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspectormodel.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QVariant>

namespace twin {

class ModelRegistry;
struct DtdlElement;

/**
 * How the inspector shows and takes values of a DTDL schema: which editor a schema wants,
 * the text a value shows, the value an editor starts from, what an edited value becomes as
 * JSON (or why it cannot), the value a new map entry or array element starts with. Also
 * the steps into nested values (field names, map keys, array indices).
 */
class InspectorValueCodec
{
    Q_DECLARE_TR_FUNCTIONS(twin::InspectorModel)

public:
    using Editor = InspectorModel::Editor;
    using Composite = InspectorModel::Composite;

    explicit InspectorValueCodec(const ModelRegistry &models)
        : m_models(models)
    {
    }

    Editor editorFor(const QString &schema) const;
    /// Object, Map or Array for a complex schema of that kind, else None.
    Composite compositeOf(const QString &schema) const;
    /// The schema as a reader wants it: "double", "enum of string", "array of integer".
    QString schemaText(const QString &schema) const;
    /// \a value as shown in the value column, with \a unit (a symbol) after numbers.
    QString displayText(const QJsonValue &value, const QString &schema, const QString &unit) const;
    /// \a value as its editor takes it (see InspectorModel's EditRole).
    QVariant editValue(const QJsonValue &value, const QString &schema) const;
    /// \a value as the JSON the schema wants, or undefined with \a error set (undefined
    /// without an error: the value was emptied).
    QJsonValue toJson(const QVariant &value, const QString &schema, QString *error) const;
    /// What a new map entry or array element of \a schema starts with.
    QJsonValue defaultValue(const QString &schema) const;
    /// Enum: the allowed values and their display names.
    QVariantList enumValues(const QString &schema) const;
    QStringList enumLabels(const QString &schema) const;

    /// An interface's display name, else the last segment of its DTMI ("Room" for
    /// dtmi:twinstudio:core:Room;1): full DTMIs are for tooltips.
    QString interfaceTitle(const QString &dtmi) const;
    /// An element's display name, else \a fallback.
    static QString elementTitle(const DtdlElement *element, const QString &fallback);
    static bool integerRange(const QString &schema, double *minimum, double *maximum);
    /// Any JSON value as compact text.
    static QString jsonText(const QJsonValue &value);

    /// The part of \a root at \a path (see InspectorModel::Node::path()); undefined when
    /// there is none.
    static QJsonValue valueAt(const QJsonValue &root, const QVariantList &path);
    /// Replaces the part of \a root at \a path by \a value; an undefined value removes a
    /// field, an entry or an element. Missing objects on the way are created. False when
    /// an index is out of range.
    static bool replaceAt(QJsonValue *root, const QVariantList &path, const QJsonValue &value);

private:
    QList<const DtdlElement *> enumElements(const QString &schema) const;

    const ModelRegistry &m_models;
};

} // namespace twin
