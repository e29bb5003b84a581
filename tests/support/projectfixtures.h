// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "graph/twin.h"

#include <QByteArray>

namespace twin {
class Project;
}

namespace twintest {

/// Imports the DTDL document \a json (an interface or an array of them) into \a project
/// the way a user does (Project::importOntology(), one undo step), from a scratch file.
bool importModels(twin::Project &project, const QByteArray &json, twin::Diagnostics *diagnostics);

/// Puts \a twin (replacing the twin of its id, if any) into \a project unchecked, as a
/// project file written elsewhere may hold it: the content is reloaded (undo history
/// cleared), nothing is validated.
bool storeUnchecked(twin::Project &project, const twin::Twin &twin);

} // namespace twintest
