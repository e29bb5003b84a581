// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twin {

class SqliteDatabase;

/**
 * The layout of a *.twinproj file and the ordered migrations between its versions.
 *
 * A project file identifies itself three ways: SQLite's application id in the header
 * (`PRAGMA application_id`, "TWIN"), the schema version (`PRAGMA user_version`) and a
 * `meta` table whose `format` row is "twinstudio-project". A new file is created by
 * laying down version 1 and running every migration step after it, so the path older
 * files take on open is the path every new file takes too.
 *
 * Version history:
 *  1. meta, models, twins, relationships, functions, view_state, settings.
 *  2. bindings (telemetry points) and connections (broker profiles).
 *  3. images (embedded floor backgrounds).
 *  4. connection profiles carry a format version; secrets kept by older files are removed.
 */
class ProjectSchema
{
public:
    static constexpr int CurrentVersion = 4;
    static constexpr int ApplicationId = 0x5457494E; // "TWIN"

    static QString formatName() { return QStringLiteral("twinstudio-project"); }

    /// Creates the tables of schema \a version (1..CurrentVersion) in an empty database.
    /// Runs inside the caller's transaction.
    static bool create(SqliteDatabase &db, int version, QString *error);
    /// Runs the migration steps from the database's version up to \a target, in order,
    /// inside the caller's transaction.
    static bool migrate(SqliteDatabase &db, int target, QString *error);
    /// Checks that \a db is a project file and reads its schema version into \a version.
    /// Fails with a message for a foreign database; a newer version is not a failure here.
    static bool identify(SqliteDatabase &db, int *version, QString *error);
};

} // namespace twin
