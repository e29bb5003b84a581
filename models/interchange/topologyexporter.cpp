// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologyexporter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace twin {

bool TopologyExporter::writeFile(const ProjectContent &content, const QString &path, QString *error,
                                 const ProgressCallback &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("twin::TopologyExporter", "cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    if (!write(content, &file, error, progress)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("twin::TopologyExporter", "cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace twin
