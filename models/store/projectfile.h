// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twin {

class SqliteDatabase;

/// Opening a *.twinproj for reading: is it a project, of which schema version, is it
/// sound, and the in-memory migration of an older one. Messages are ProjectStore's.
class ProjectFile
{
public:
    /// Rejects what is not an SQLite database before SQLite sees it, with a message a user
    /// understands (SQLite would say "file is not a database" at the first query).
    static bool checkHeader(const QString &fileName, QString *error);
    /// Opens \a fileName read-only and reads its schema version, or says why it is no
    /// project.
    static bool identify(const QString &fileName, SqliteDatabase *db, int *version, QString *error);
    /// Opens \a fileName read-only, checks it is a project of a version this build reads
    /// and that its pages are sound. An older version is copied into memory and migrated
    /// there (\a migrated), so the file itself is never changed by opening it.
    static bool openForReading(const QString &fileName, SqliteDatabase *db, int *version, bool *migrated,
                               QString *error);
};

} // namespace twin
