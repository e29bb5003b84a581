// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged project whose rows do not fit together: opening names each row it leaves out
// or shows as Other, and export refuses it unless told otherwise.
#include "support/testsupport.h"

#include "document/projectcontent.h"
#include "store/projectstore.h"
#include "store/sqlitedatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using twintest::runTool;

namespace {

class DamagedProjectTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("site.twinproj"));
        const auto r = project({QStringLiteral("new"), m_file, QStringLiteral("--demo")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        ASSERT_TRUE(twin::ProjectStore::readContent(m_file, &m_content, nullptr));
        ASSERT_FALSE(m_content.relationships.isEmpty());
    }

    twintest::ProcessResult project(const QStringList &args)
    {
        return runTool(QStringLiteral("twinctl"), QStringList{QStringLiteral("project")} + args);
    }

    void exec(const QString &sql)
    {
        twin::SqliteDatabase db;
        QString why;
        ASSERT_TRUE(db.open(m_file, twin::SqliteDatabase::Mode::ReadWrite, &why)) << why.toStdString();
        ASSERT_TRUE(db.exec(sql.toUtf8(), &why)) << why.toStdString();
    }

    twintest::ProcessResult exportTo(const QString &name, const QStringList &extra = {})
    {
        return project(QStringList{QStringLiteral("export"), m_file, QStringLiteral("--format"),
                                   QStringLiteral("native"), QStringLiteral("--output"), m_dir.filePath(name)}
                       + extra);
    }

    QTemporaryDir m_dir;
    QString m_file;
    twin::ProjectContent m_content;
};

} // namespace

TEST_F(DamagedProjectTest, ExportRefusesRelationshipsToAMissingTwinAndOpeningNamesThem)
{
    const twin::Relationship rel = m_content.relationships.first();
    // The twin row is gone, the relationships that name it stay: what a damaged file holds.
    exec(QStringLiteral("DELETE FROM twins WHERE id = '%1'").arg(rel.target));

    const auto info = project({QStringLiteral("info"), m_file, QStringLiteral("--json")});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    const QString warnings = QString::fromUtf8(info.err);
    EXPECT_TRUE(warnings.contains(QStringLiteral("relationship '%1'").arg(rel.id))) << info.err.toStdString();
    EXPECT_TRUE(warnings.contains(QStringLiteral("'%1' does not exist").arg(rel.target))) << info.err.toStdString();
    EXPECT_TRUE(warnings.contains(m_file)) << info.err.toStdString();
    EXPECT_GE(QJsonDocument::fromJson(info.out).object().value(QStringLiteral("inconsistent")).toInt(), 1);

    const auto refused = exportTo(QStringLiteral("out.json"));
    EXPECT_EQ(refused.exitCode, 1) << refused.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(refused.err).contains(QStringLiteral("--allow-inconsistent")));
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("out.json"))));

    const auto allowed = exportTo(QStringLiteral("out.json"), {QStringLiteral("--allow-inconsistent")});
    EXPECT_EQ(allowed.exitCode, 0) << allowed.err.toStdString();
    EXPECT_TRUE(QFile::exists(m_dir.filePath(QStringLiteral("out.json"))));
}

TEST_F(DamagedProjectTest, AFlippedByteInAModelIdIsNamedNotSilentlyOther)
{
    const twin::Twin victim = m_content.twins.first();
    QString flipped = victim.model;
    flipped[flipped.size() - 3] = QChar(flipped.at(flipped.size() - 3).unicode() ^ 0x01);
    exec(QStringLiteral("UPDATE twins SET model = '%1' WHERE id = '%2'").arg(flipped, victim.id));

    const auto info = project({QStringLiteral("info"), m_file, QStringLiteral("--json")});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    const QString warnings = QString::fromUtf8(info.err);
    EXPECT_TRUE(warnings.contains(QStringLiteral("twin '%1'").arg(victim.id))) << info.err.toStdString();
    EXPECT_TRUE(warnings.contains(flipped)) << info.err.toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(info.out).object();
    EXPECT_EQ(summary.value(QStringLiteral("inconsistent")).toInt(), 1);
    EXPECT_EQ(summary.value(QStringLiteral("categories")).toObject().value(QStringLiteral("Other")).toInt(), 1);

    EXPECT_EQ(exportTo(QStringLiteral("out.ndjson")).exitCode, 1);
}

TEST_F(DamagedProjectTest, AnIntactProjectHasNoInconsistencies)
{
    const auto info = project({QStringLiteral("info"), m_file, QStringLiteral("--json")});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.err.isEmpty()) << info.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(info.out).object().value(QStringLiteral("inconsistent")).toInt(-1), 0);
    EXPECT_EQ(exportTo(QStringLiteral("out.json")).exitCode, 0);
}
