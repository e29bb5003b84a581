// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/category.h"
#include "graph/twin.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace twin {

/**
 * A plain snapshot of everything a project holds, in the shape the project file and the
 * interchange formats exchange. Importers fill the parts their format carries.
 */
struct ProjectContent
{
    QList<QJsonObject> models;           ///< DTDL interfaces, as written
    QList<Twin> twins;
    QList<Relationship> relationships;
    QJsonArray functions;                ///< user-defined functions (see models/functions)
    QJsonArray bindings;                 ///< telemetry point bindings (see models/telemetry)
    QJsonArray connections;              ///< broker connection profiles, never secrets
    QJsonObject viewState;               ///< camera, open tabs, selected floor, ...
    QHash<QString, Category> categoryRoots; ///< empty: the defaults
    QList<ContainmentRule> containmentRules; ///< empty: the defaults
    QHash<QString, QByteArray> images;   ///< embedded images by key (see EmbeddedImages)
    /// Private DTDL extensions: accept @context extensions the parser does not define in
    /// DTDL v3 models too (setting "allowUndefinedExtensions").
    bool allowUndefinedExtensions = false;

    bool isEmpty() const { return models.isEmpty() && twins.isEmpty() && relationships.isEmpty(); }
};

} // namespace twin
