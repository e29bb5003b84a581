// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/projectcontent.h"

#include <QSet>
#include <QStringList>

namespace twin {

class ModelRegistry;
class Project;

/**
 * What an export writes: the project's content with the models a target needs to accept
 * it. A project file leaves the built-in core ontology out (every TwinStudio has it); a
 * twin platform such as Azure Digital Twins has none of it, so an export carries every
 * built-in model the twins use and everything those extend or refer to (relationship
 * targets, component schemas).
 */
class ExportContent
{
public:
    /// The project's content; with \a builtInModels, plus the built-in models the twins
    /// need (see closure()), in the order the project loaded them.
    static ProjectContent of(const Project &project, bool builtInModels = true);

    /// \a dtmis and every loaded interface they extend or refer to, directly or not.
    static QSet<QString> closure(const ModelRegistry &models, const QStringList &dtmis);
};

} // namespace twin
