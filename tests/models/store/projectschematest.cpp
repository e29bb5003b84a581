// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetestutil.h"

#include "document/project.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "store/sqlitedatabase.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace twin;

namespace {

/// A file as version 1 of TwinStudio wrote it: no bindings or connections tables.
QString writeVersion1(const QTemporaryDir &dir)
{
    const QString file = dir.filePath(QStringLiteral("v1.twinproj"));
    SqliteDatabase db;
    QString error;
    EXPECT_TRUE(db.open(file, SqliteDatabase::Mode::Create, &error));
    EXPECT_TRUE(db.exec("BEGIN", &error));
    EXPECT_TRUE(ProjectSchema::create(db, 1, &error)) << error.toStdString();
    EXPECT_TRUE(db.exec(R"sql(
INSERT INTO twins (id, model, properties, geometry) VALUES
    ('room-1', 'dtmi:twinstudio:core:Room;1', '{"name":"Room 1"}', '{"outline":[[0,0],[4,0],[4,3]]}'),
    ('ms-1', 'dtmi:twinstudio:core:Multisensor;1', NULL, '{"position":[1,1]}');
INSERT INTO relationships (source, id, name, target) VALUES ('room-1', 'contains-ms-1', 'contains', 'ms-1');
INSERT INTO functions (json) VALUES ('{"name":"f"}');
INSERT INTO view_state (key, value) VALUES ('zoom', '2');
COMMIT;
)sql",
                        &error))
        << error.toStdString();
    return file;
}

} // namespace

TEST(ProjectSchema, NewFilesHaveTheCurrentVersion)
{
    SqliteDatabase db;
    ASSERT_TRUE(db.open(QStringLiteral(":memory:"), SqliteDatabase::Mode::Create, nullptr));
    QString error;
    ASSERT_TRUE(ProjectSchema::create(db, ProjectSchema::CurrentVersion, &error)) << error.toStdString();
    int version = 0;
    ASSERT_TRUE(ProjectSchema::identify(db, &version, &error));
    EXPECT_EQ(version, ProjectSchema::CurrentVersion);
    EXPECT_TRUE(db.hasTable("bindings"));
    bool ok = false;
    EXPECT_EQ(db.queryInt("SELECT value FROM meta WHERE key = 'schemaVersion'", &ok), ProjectSchema::CurrentVersion);
}

TEST(ProjectSchema, MigrationStepsRunInOrder)
{
    SqliteDatabase db;
    ASSERT_TRUE(db.open(QStringLiteral(":memory:"), SqliteDatabase::Mode::Create, nullptr));
    QString error;
    ASSERT_TRUE(ProjectSchema::create(db, 1, &error));
    EXPECT_FALSE(db.hasTable("bindings"));
    ASSERT_TRUE(ProjectSchema::migrate(db, ProjectSchema::CurrentVersion, &error)) << error.toStdString();
    EXPECT_TRUE(db.hasTable("bindings"));
    EXPECT_TRUE(db.hasTable("connections"));
    bool ok = false;
    EXPECT_EQ(db.queryInt("PRAGMA user_version", &ok), ProjectSchema::CurrentVersion);
    // Migrating backwards or past the newest version is refused.
    EXPECT_FALSE(ProjectSchema::migrate(db, 1, &error));
    EXPECT_FALSE(ProjectSchema::migrate(db, ProjectSchema::CurrentVersion + 1, &error));
}

TEST(ProjectSchema, OlderFileIsMigratedOnOpenAndUpgradedOnSave)
{
    QTemporaryDir dir;
    const QString file = writeVersion1(dir);
    const QByteArray before = twintest::readBytes(file);
    EXPECT_EQ(ProjectStore::schemaVersion(file, nullptr), 1);

    Project project;
    Diagnostics diagnostics;
    ASSERT_TRUE(ProjectStore::open(file, &project, &diagnostics))
        << (diagnostics.isEmpty() ? std::string() : diagnostics.first().format().toStdString());
    EXPECT_EQ(project.graph()->twinCount(), 2);
    EXPECT_EQ(project.graph()->relationshipCount(), 1);
    EXPECT_EQ(project.functions().size(), 1);
    EXPECT_TRUE(project.bindings().isEmpty());
    EXPECT_EQ(project.viewState().value(QStringLiteral("zoom")).toDouble(), 2.0);
    const Twin *room = project.graph()->findTwin(QStringLiteral("room-1"));
    ASSERT_TRUE(room);
    EXPECT_EQ(room->geometry.outline.size(), 3);
    EXPECT_EQ(project.graph()->findTwin(QStringLiteral("ms-1"))->geometry.position, QPointF(1, 1));
    // Opening migrates in memory: the old file stays readable by the version that wrote it.
    EXPECT_EQ(twintest::readBytes(file), before);

    QString error;
    ASSERT_TRUE(ProjectStore::save(&project, file, &error)) << error.toStdString();
    EXPECT_EQ(ProjectStore::schemaVersion(file, nullptr), ProjectSchema::CurrentVersion);
    Project reopened;
    ASSERT_TRUE(ProjectStore::open(file, &reopened, nullptr));
    EXPECT_EQ(reopened.content().twins, project.content().twins);
}

TEST(ProjectSchema, ZeroVersionIsReportedAsDamage)
{
    QTemporaryDir dir;
    const QString file = writeVersion1(dir);
    ASSERT_TRUE(twintest::execOn(file, "PRAGMA user_version = 0"));
    Project project;
    Diagnostics diagnostics;
    EXPECT_FALSE(ProjectStore::open(file, &project, &diagnostics));
    ASSERT_EQ(diagnostics.size(), 1);
    EXPECT_TRUE(diagnostics.first().message.contains(QStringLiteral("damaged")));
}

TEST(ProjectSchema, Version3ConnectionsLoseTheirSecrets)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("v3.twinproj"));
    {
        SqliteDatabase db;
        QString error;
        ASSERT_TRUE(db.open(file, SqliteDatabase::Mode::Create, &error));
        ASSERT_TRUE(ProjectSchema::create(db, 3, &error)) << error.toStdString();
        ASSERT_TRUE(db.exec(R"sql(
INSERT INTO connections (json) VALUES
    ('{"id":"gw","url":"mqtt://bob:s3cr3t-pw@gateway:1883","password":"s3cr3t-pw","keyPassword":"k3y-pw"}');
)sql",
                            &error))
            << error.toStdString();
    }
    ASSERT_EQ(ProjectStore::schemaVersion(file, nullptr), 3);
    Project project;
    ASSERT_TRUE(ProjectStore::open(file, &project, nullptr));
    ASSERT_EQ(project.connections().size(), 1);
    const QJsonObject gw = project.connections().at(0).toObject();
    EXPECT_EQ(gw.value(QStringLiteral("url")).toString(), QStringLiteral("mqtt://gateway:1883"));
    EXPECT_EQ(gw.value(QStringLiteral("username")).toString(), QStringLiteral("bob"));
    EXPECT_EQ(gw.value(QStringLiteral("version")).toInt(), 1);

    // The migration step itself, on the file: the secrets beside the URL are gone.
    {
        SqliteDatabase db;
        QString error;
        ASSERT_TRUE(db.open(file, SqliteDatabase::Mode::ReadWrite, &error)) << error.toStdString();
        ASSERT_TRUE(ProjectSchema::migrate(db, ProjectSchema::CurrentVersion, &error)) << error.toStdString();
        bool ok = false;
        EXPECT_EQ(db.queryInt("SELECT count(*) FROM connections WHERE json LIKE '%keyPassword%' "
                              "OR json LIKE '%\"password\"%' OR json_extract(json, '$.version') IS NOT 1",
                              &ok),
                  0);
    }
    QString error;
    const QString saved = dir.filePath(QStringLiteral("saved.twinproj"));
    ASSERT_TRUE(ProjectStore::save(&project, saved, &error)) << error.toStdString();
    const QByteArray bytes = twintest::readBytes(saved);
    EXPECT_FALSE(bytes.contains("s3cr3t-pw"));
    EXPECT_FALSE(bytes.contains("k3y-pw"));
}
