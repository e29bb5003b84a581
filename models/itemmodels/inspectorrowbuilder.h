// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspectornode.h"

#include <QJsonValue>

namespace twin {

class ModelRegistry;
struct Twin;

/**
 * Builds the rows of an InspectorModel from a twin's resolved interface: the sections
 * with a row per property, telemetry and component (its properties as child rows), and
 * below each object, map or array value the rows of its parts, recursively: one per field
 * of an object, per entry of a map, per element of an array.
 */
class InspectorRowBuilder
{
public:
    using Node = InspectorModel::Node;
    using RowKind = InspectorModel::RowKind;

    /// Parts nested deeper than this are edited as JSON text on their parent's row.
    static constexpr int MaxDepth = 8;

    explicit InspectorRowBuilder(const ModelRegistry &models)
        : m_models(models)
    {
    }

    /// The Identity, Properties, Telemetry and Components sections of \a twin (those it
    /// has), with the parts of its values; none when its model is not loaded but Identity.
    std::vector<std::unique_ptr<Node>> sections(const Twin &twin) const;

    /// The rows of the parts of \a value, a value of \a schema held by \a owner (one
    /// level): fields, map entries or array elements; none for other schemas.
    std::vector<std::unique_ptr<Node>> partRows(const Node &owner, const QString &schema, const QJsonValue &value) const;
    /// Adds to \a owner the rows of the parts of \a value, recursively.
    void addParts(Node *owner, const QString &schema, const QJsonValue &value) const;
    /// Whether \a a and \a b are rows of the same parts (kind, name and schema), one level.
    static bool sameParts(const std::vector<std::unique_ptr<Node>> &a, const std::vector<std::unique_ptr<Node>> &b);

private:
    const ModelRegistry &m_models;
};

} // namespace twin
