// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspectormodel.h"

#include <QCoreApplication>

namespace twin {

class Project;

/// The relationships a twin's model allows, with the twins each may target, and adding
/// one of them (see InspectorModel::relationshipOptions()).
class InspectorRelationships
{
    Q_DECLARE_TR_FUNCTIONS(twin::InspectorModel)

public:
    using RelationshipOption = InspectorModel::RelationshipOption;

    static QList<RelationshipOption> options(const Project &project, const QString &twinId);
    /// Adds a relationship \a name from \a twinId to \a targetId (one undo step), checked
    /// as options() lists them.
    static bool add(Project *project, const QString &twinId, const QString &name, const QString &targetId,
                    QString *error);
};

} // namespace twin
