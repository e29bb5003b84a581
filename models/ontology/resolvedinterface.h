// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ontology/dtdlelement.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace twin {

/// An interface with its inheritance flattened (DtdlElement::definedIn tells where each
/// content was declared): every ancestor and every content,
/// inherited ones included. An element reached through two paths (a diamond) appears once.
struct ResolvedInterface
{
    const DtdlElement *element = nullptr;
    QStringList ancestors;                      ///< nearest first
    QList<const DtdlElement *> contents;        ///< own first, then inherited
    QHash<QString, const DtdlElement *> byName; ///< content name → content
};

} // namespace twin
