// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/topologyexporter.h"
#include "interchangetesthelpers.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace twintest;

TEST(DtdlExportFormat, WritesOneArrayOfTheModelsAsWritten)
{
    const twin::ProjectContent c = readContent(QStringLiteral("native"), readBytes(interchangeData(QStringLiteral("site.native.json"))));
    const QJsonDocument doc = QJsonDocument::fromJson(writeContent(QStringLiteral("dtdl"), c));
    ASSERT_TRUE(doc.isArray());
    ASSERT_EQ(doc.array().size(), 5);
    for (qsizetype i = 0; i < c.models.size(); ++i)
        EXPECT_EQ(doc.array().at(i).toObject(), c.models.at(i));
}

TEST(DtdlExportFormat, WritesOneFilePerInterfaceIntoAFolder)
{
    const twin::ProjectContent c = readContent(QStringLiteral("native"), readBytes(interchangeData(QStringLiteral("site.native.json"))));
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    const QString folder = tmp.filePath(QStringLiteral("models/"));
    QString error;
    ASSERT_TRUE(exporter(QStringLiteral("dtdl"))->writeFile(c, folder, &error)) << qPrintable(error);
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(files.size(), 5);
    EXPECT_TRUE(files.contains(QStringLiteral("example.Room.v1.json"))) << qPrintable(files.join(u' '));
    const QJsonDocument room = QJsonDocument::fromJson(readBytes(QDir(folder).filePath(QStringLiteral("example.Room.v1.json"))));
    EXPECT_EQ(room.object().value(QStringLiteral("@id")).toString(), QStringLiteral("dtmi:example:Room;1"));
}

TEST(DtdlExportFormat, FailedWriteLeavesAnExistingFileAlone)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("models.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("old");
    f.close();
    QString error;
    const twin::ProjectContent c = generatedSite(10);
    EXPECT_FALSE(exporter(QStringLiteral("dtdl"))->writeFile(c, path, &error, [](qint64, qint64) { return false; }));
    EXPECT_TRUE(error.contains(QStringLiteral("cancelled")));
    EXPECT_EQ(readBytes(path), QByteArray("old"));
}
