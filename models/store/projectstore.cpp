// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectstore.h"

#include "document/project.h"

namespace twin {

bool ProjectStore::open(const QString &fileName, Project *, Diagnostics *diagnostics)
{
    if (diagnostics)
        diagnostics->append(Diagnostic::error(fileName, 0, QStringLiteral("project files cannot be read yet")));
    return false;
}

bool ProjectStore::save(Project *, const QString &, QString *error)
{
    if (error)
        *error = QStringLiteral("project files cannot be written yet");
    return false;
}

} // namespace twin
