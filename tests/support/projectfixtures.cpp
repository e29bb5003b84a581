// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfixtures.h"

#include "document/project.h"
#include "document/projectcontent.h"

#include <QFile>
#include <QTemporaryDir>

namespace twintest {

bool importModels(twin::Project &project, const QByteArray &json, twin::Diagnostics *diagnostics)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("models.json")));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return false;
    file.close();
    return project.importOntology({file.fileName()}, diagnostics);
}

bool storeUnchecked(twin::Project &project, const twin::Twin &twin)
{
    twin::ProjectContent content = project.content();
    bool replaced = false;
    for (twin::Twin &t : content.twins) {
        if (t.id == twin.id) {
            t = twin;
            replaced = true;
        }
    }
    if (!replaced)
        content.twins.append(twin);
    twin::Diagnostics diagnostics;
    return project.setContent(content, &diagnostics);
}

} // namespace twintest
