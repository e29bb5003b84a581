// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspectormodel.h"

#include <memory>
#include <vector>

namespace twin {

/// One row of an InspectorModel. Rows own their children; a child knows its parent and
/// its row, so indexes carry a node pointer.
struct InspectorModel::Node
{
    RowKind kind = RowKind::Section;
    RowKind holds = RowKind::Section; ///< Section: the kind of its rows
    Node *parent = nullptr;
    int row = 0;
    QString name;           ///< content, relationship or computed value name, identity key;
                            ///< Field: the field's name; MapEntry: the key; ArrayElement: the index
    QString component;      ///< ComponentProperty and the parts of its value: the component's name
    QString relationshipId; ///< Relationship
    QString target;         ///< Relationship: target twin id
    QString schema;         ///< Field, MapEntry, ArrayElement: the schema of this part
    QString elementId;      ///< Field, MapEntry: the Field or MapValue element describing it
    int index = -1;         ///< ArrayElement: its position in the array
    std::vector<std::unique_ptr<Node>> children;

    static std::unique_ptr<Node> make(RowKind kind, const QString &name)
    {
        auto n = std::make_unique<Node>();
        n->kind = kind;
        n->name = name;
        return n;
    }

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }

    /// A part of a property's value: an object's field, a map's entry, an array's element.
    bool isPart() const
    {
        return kind == RowKind::Field || kind == RowKind::MapEntry || kind == RowKind::ArrayElement;
    }
    /// A value that can be edited: a property, a component's property or a part of one.
    bool isValue() const { return kind == RowKind::Property || kind == RowKind::ComponentProperty || isPart(); }

    /// The Property or ComponentProperty row whose value this row is (part of).
    const Node *propertyRow() const
    {
        const Node *n = this;
        while (n && n->isPart())
            n = n->parent;
        return n;
    }

    /// The steps from the property's value down to this part: field names and map keys
    /// as QString, array indices as int. Empty for the property itself.
    QVariantList path() const
    {
        QVariantList steps;
        for (const Node *n = this; n && n->isPart(); n = n->parent)
            steps.prepend(n->kind == RowKind::ArrayElement ? QVariant(n->index) : QVariant(n->name));
        return steps;
    }
};

} // namespace twin
