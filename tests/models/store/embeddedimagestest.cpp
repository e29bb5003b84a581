// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetestutil.h"

#include "document/embeddedimages.h"
#include "document/project.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "store/sqlitedatabase.h"
#include "store/sqlitestatement.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace twin;

namespace {

const QString kFloorModel = QStringLiteral("dtmi:twinstudio:core:Floor;1");

QByteArray pngBytes(QRgb colour)
{
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

Twin floorWithBackground(const QString &path)
{
    Twin floor{QStringLiteral("floor-1"), kFloorModel, {{QStringLiteral("name"), QStringLiteral("Ground")}}, {}};
    floor.geometry.floor = FloorLayout{};
    floor.geometry.floor->background.path = path;
    floor.geometry.floor->background.opacity = 0.7;
    return floor;
}

QString backgroundPath(const Project &project)
{
    const Twin *floor = project.graph()->findTwin(QStringLiteral("floor-1"));
    return floor && floor->geometry.floor ? floor->geometry.floor->background.path : QString();
}

/// A project file as version 2 wrote it: a floor whose background is the file \a imagePath.
QString writeVersion2(const QString &file, const QString &imagePath)
{
    SqliteDatabase db;
    QString error;
    EXPECT_TRUE(db.open(file, SqliteDatabase::Mode::Create, &error));
    EXPECT_TRUE(db.exec("BEGIN", &error));
    EXPECT_TRUE(ProjectSchema::create(db, 2, &error)) << error.toStdString();
    EXPECT_FALSE(db.hasTable("images"));
    SqliteStatement st;
    EXPECT_TRUE(st.prepare(db.handle(), "INSERT INTO twins (id, model, properties, geometry) VALUES (?1, ?2, ?3, ?4)",
                           &error));
    const Twin floor = floorWithBackground(imagePath);
    st.bindText(1, floor.id);
    st.bindText(2, floor.model);
    st.bindText(3, QJsonDocument(floor.properties).toJson(QJsonDocument::Compact));
    st.bindText(4, QJsonDocument(floor.geometry.toJson()).toJson(QJsonDocument::Compact));
    EXPECT_TRUE(st.run(&error)) << error.toStdString();
    EXPECT_TRUE(db.exec("COMMIT", &error));
    return file;
}

std::string text(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.format());
    return lines.join(u'\n').toStdString();
}

} // namespace

TEST(EmbeddedImages, KeysFollowTheBytes)
{
    const QByteArray red = pngBytes(qRgb(255, 0, 0));
    EXPECT_EQ(EmbeddedImages::keyFor(red), EmbeddedImages::keyFor(QByteArray(red)));
    EXPECT_NE(EmbeddedImages::keyFor(red), EmbeddedImages::keyFor(pngBytes(qRgb(0, 0, 255))));
    const QString key = EmbeddedImages::keyFor(red);
    EXPECT_EQ(EmbeddedImages::keyOf(EmbeddedImages::pathFor(key)), key);
    EXPECT_TRUE(EmbeddedImages::keyOf(QStringLiteral("/home/me/plan.png")).isEmpty());
}

TEST(EmbeddedImages, TheProjectFileCarriesItsBackgroundWhereverItMoves)
{
    QTemporaryDir here, there;
    const QByteArray bytes = pngBytes(qRgb(10, 200, 30));
    Project project;
    const QString key = project.addImage(bytes);
    ASSERT_TRUE(project.addTwin(floorWithBackground(EmbeddedImages::pathFor(key))));
    // An image no floor refers to is not saved.
    project.addImage(pngBytes(qRgb(1, 2, 3)));
    const QString file = here.filePath(QStringLiteral("site.twinproj"));
    QString error;
    ASSERT_TRUE(ProjectStore::save(&project, file, &error)) << error.toStdString();
    bool ok = false;
    SqliteDatabase db;
    ASSERT_TRUE(db.open(file, SqliteDatabase::Mode::ReadOnly, nullptr));
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM images", &ok), 1);
    db.close();

    const QString moved = there.filePath(QStringLiteral("moved.twinproj"));
    ASSERT_TRUE(QFile::rename(file, moved));
    Project reopened;
    Diagnostics diagnostics;
    ASSERT_TRUE(ProjectStore::open(moved, &reopened, &diagnostics)) << text(diagnostics);
    EXPECT_TRUE(diagnostics.isEmpty()) << text(diagnostics);
    EXPECT_EQ(backgroundPath(reopened), EmbeddedImages::pathFor(key));
    EXPECT_EQ(reopened.image(key), bytes);
    EXPECT_FALSE(reopened.isModified());
}

TEST(EmbeddedImages, AnOlderFileNamingAnImageFileIsEmbeddedOnOpen)
{
    QTemporaryDir dir, images;
    const QByteArray bytes = pngBytes(qRgb(200, 100, 0));
    const QString image = images.filePath(QStringLiteral("scan.png"));
    ASSERT_TRUE(twintest::writeBytes(image, bytes));
    const QString file = writeVersion2(dir.filePath(QStringLiteral("v2.twinproj")), image);
    const QByteArray before = twintest::readBytes(file);

    Project project;
    Diagnostics diagnostics;
    ASSERT_TRUE(ProjectStore::open(file, &project, &diagnostics)) << text(diagnostics);
    EXPECT_TRUE(diagnostics.isEmpty()) << text(diagnostics);
    const QString key = EmbeddedImages::keyFor(bytes);
    EXPECT_EQ(backgroundPath(project), EmbeddedImages::pathFor(key));
    EXPECT_EQ(project.image(key), bytes);
    // Opening still never writes; the next save stores the picture.
    EXPECT_EQ(twintest::readBytes(file), before);
    QString error;
    ASSERT_TRUE(ProjectStore::save(&project, file, &error)) << error.toStdString();
    EXPECT_EQ(ProjectStore::schemaVersion(file, nullptr), ProjectSchema::CurrentVersion);

    ASSERT_TRUE(QFile::remove(image));
    Project reopened;
    ASSERT_TRUE(ProjectStore::open(file, &reopened, &diagnostics)) << text(diagnostics);
    EXPECT_TRUE(diagnostics.isEmpty()) << text(diagnostics);
    EXPECT_EQ(reopened.image(key), bytes);
    const Twin *floor = reopened.graph()->findTwin(QStringLiteral("floor-1"));
    ASSERT_TRUE(floor);
    EXPECT_DOUBLE_EQ(floor->geometry.floor->background.opacity, 0.7);
}

TEST(EmbeddedImages, AnImageFileBesideAMovedProjectIsFound)
{
    QTemporaryDir dir;
    const QByteArray bytes = pngBytes(qRgb(0, 0, 0));
    ASSERT_TRUE(twintest::writeBytes(dir.filePath(QStringLiteral("plan.png")), bytes));
    // Written on another machine: the folder in the path does not exist here.
    const QString file = writeVersion2(dir.filePath(QStringLiteral("v2.twinproj")),
                                       QStringLiteral("/nowhere/on/this/machine/plan.png"));
    Project project;
    Diagnostics diagnostics;
    ASSERT_TRUE(ProjectStore::open(file, &project, &diagnostics)) << text(diagnostics);
    EXPECT_TRUE(diagnostics.isEmpty()) << text(diagnostics);
    EXPECT_EQ(project.image(EmbeddedImages::keyFor(bytes)), bytes);
}

TEST(EmbeddedImages, AMissingImageFileIsReportedAndTheProjectStillOpens)
{
    QTemporaryDir dir;
    const QString missing = QStringLiteral("/nowhere/scan-of-floor-1.png");
    const QString file = writeVersion2(dir.filePath(QStringLiteral("v2.twinproj")), missing);
    // Not an image either: a text file by that name beside the project.
    ASSERT_TRUE(twintest::writeBytes(dir.filePath(QStringLiteral("scan-of-floor-1.png")), "not a picture"));
    Project project;
    Diagnostics diagnostics;
    ASSERT_TRUE(ProjectStore::open(file, &project, &diagnostics)) << text(diagnostics);
    ASSERT_EQ(diagnostics.size(), 1);
    EXPECT_EQ(diagnostics.first().severity, Diagnostic::Severity::Warning);
    const QString message = diagnostics.first().format();
    EXPECT_TRUE(message.contains(QStringLiteral("Ground"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("scan-of-floor-1.png"))) << message.toStdString();
    EXPECT_TRUE(message.startsWith(file)) << message.toStdString();
    // The path stays, so choosing the file again is all it takes.
    EXPECT_EQ(backgroundPath(project), missing);
}

TEST(EmbeddedImages, UndoingABackgroundKeepsTheImageForRedo)
{
    Project project;
    ASSERT_TRUE(project.addTwin(floorWithBackground(QString())));
    const QByteArray bytes = pngBytes(qRgb(90, 90, 90));
    Geometry g = project.graph()->findTwin(QStringLiteral("floor-1"))->geometry;
    g.floor->background.path = EmbeddedImages::pathFor(project.addImage(bytes));
    ASSERT_TRUE(project.setGeometry(QStringLiteral("floor-1"), g));
    EXPECT_EQ(project.content().images.size(), 1);
    project.undoStack()->undo();
    EXPECT_TRUE(project.content().images.isEmpty());
    project.undoStack()->redo();
    EXPECT_EQ(project.content().images.value(EmbeddedImages::keyFor(bytes)), bytes);
}
