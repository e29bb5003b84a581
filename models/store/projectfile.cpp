// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfile.h"

#include "core/failure.h"

#include "core/logging.h"
#include "projectschema.h"
#include "projectstore.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"

#include <QFile>
#include <QFileInfo>

namespace twin {

bool ProjectFile::checkHeader(const QString &fileName, QString *error)
{
    const QFileInfo info(fileName);
    if (!info.exists())
        return fail(error, ProjectStore::tr("no such file"));
    if (info.isDir())
        return fail(error, ProjectStore::tr("is a folder, not a project file"));
    // A FIFO would block the read below for good, a device would be read without end.
    if (!info.isFile())
        return fail(error, ProjectStore::tr("is not a regular file, not a project file"));
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, ProjectStore::tr("cannot read: %1").arg(file.errorString()));
    if (file.size() == 0)
        return fail(error, ProjectStore::tr("the file is empty, not a TwinStudio project"));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return fail(error, ProjectStore::tr("not a TwinStudio project (not an SQLite database)"));
    return true;
}

bool ProjectFile::identify(const QString &fileName, SqliteDatabase *db, int *version, QString *error)
{
    if (!checkHeader(fileName, error))
        return false;
    QString why;
    if (!db->open(fileName, SqliteDatabase::Mode::ReadOnly, &why))
        return fail(error, ProjectStore::tr("cannot open: %1").arg(why));
    if (!ProjectSchema::identify(*db, version, &why)) {
        // identify() words its own verdicts; anything else is SQLite finding damage.
        return fail(error, why.contains(QStringLiteral("TwinStudio")) || why.startsWith(QStringLiteral("damaged"))
                               ? why
                               : ProjectStore::tr("damaged project: %1").arg(why));
    }
    return true;
}

bool ProjectFile::openForReading(const QString &fileName, SqliteDatabase *db, int *version, bool *migrated,
                                 QString *error)
{
    *migrated = false;
    SqliteDatabase file;
    QString why;
    if (!identify(fileName, &file, version, error))
        return false;
    if (*version > ProjectSchema::CurrentVersion) {
        return fail(error, ProjectStore::tr("the project has schema version %1, newer than this version of "
                                            "TwinStudio reads (%2 at most); open it with a newer TwinStudio")
                               .arg(*version).arg(ProjectSchema::CurrentVersion));
    }
    // quick_check reads every page once (it skips the index-to-table cross check), which
    // catches truncated and overwritten files before any row is trusted.
    {
        SqliteStatement check;
        if (!check.prepare(file.handle(), "PRAGMA quick_check(1)", &why))
            return fail(error, ProjectStore::tr("damaged project: %1").arg(why));
        if (check.step() != SqliteStatement::Step::Row)
            return fail(error, ProjectStore::tr("damaged project: %1").arg(check.lastError()));
        const QString result = check.columnText(0);
        if (result != QStringLiteral("ok"))
            return fail(error, ProjectStore::tr("damaged project: %1").arg(result));
    }
    if (*version == ProjectSchema::CurrentVersion) {
        *db = std::move(file);
        return true;
    }
    SqliteDatabase memory;
    if (!memory.open(QStringLiteral(":memory:"), SqliteDatabase::Mode::Create, &why)
        || !file.copyTo(memory, &why) || !memory.exec("BEGIN", &why)
        || !ProjectSchema::migrate(memory, ProjectSchema::CurrentVersion, &why) || !memory.exec("COMMIT", &why)) {
        return fail(error, ProjectStore::tr("cannot upgrade the project from schema version %1: %2")
                               .arg(*version).arg(why));
    }
    qCInfo(lcStore) << fileName << "migrated in memory from schema version" << *version << "to"
                    << ProjectSchema::CurrentVersion;
    *db = std::move(memory);
    *migrated = true;
    return true;
}

} // namespace twin
