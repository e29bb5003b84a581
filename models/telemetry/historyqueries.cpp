// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyqueries.h"

#include "historyreader.h"
#include "historystore.h"
#include "postgresconnection.h"
#include "postgreshistoryreader.h"

#include "historyoverride.h"

#include "document/historylocationsetting.h"
#include "document/project.h"

#include <QDir>
#include <QFileInfo>

namespace twin {

std::shared_ptr<HistoryQueries> HistoryQueries::open(const QString &location)
{
    if (PostgresConnection::isUrl(location))
        return std::make_shared<PostgresHistoryReader>(location);
    return std::make_shared<HistoryReader>(location);
}

bool HistoryQueries::isAvailable(const QString &location)
{
    if (location.isEmpty())
        return false;
    return PostgresConnection::isUrl(location) || QFileInfo::exists(location);
}

QString HistoryQueries::resolve(const QString &projectFile, const QString &setting, const QString &override)
{
    if (!override.isEmpty())
        return override;
    if (setting.isEmpty())
        return projectFile.isEmpty() ? QString() : HistoryStore::companionPath(projectFile);
    if (isShared(setting) || QDir::isAbsolutePath(setting) || projectFile.isEmpty())
        return setting;
    return QDir::cleanPath(QFileInfo(projectFile).absoluteDir().filePath(setting));
}

QString HistoryQueries::locationOf(const Project &project, const QString &override)
{
    return resolve(project.fileName(), HistoryLocationSetting::of(project),
                   override.isEmpty() ? HistoryOverride::of(project) : override);
}

bool HistoryQueries::isShared(const QString &location)
{
    return PostgresConnection::isUrl(location);
}

QString HistoryQueries::shown(const QString &location)
{
    return PostgresConnection::isUrl(location) ? PostgresConnection::shownUrl(location) : location;
}

} // namespace twin
