// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetestutil.h"

#include "document/project.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "store/sqlitedatabase.h"
#include "telemetry/historystore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace twin;
using twintest::execOn;
using twintest::readBytes;
using twintest::sampleContent;
using twintest::writeBytes;

namespace {

class ProjectStoreTest : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString writeSample(const QString &name = QStringLiteral("sample.twinproj"))
    {
        const QString file = path(name);
        QString error;
        EXPECT_TRUE(ProjectStore::writeContent(sampleContent(), file, &error)) << error.toStdString();
        return file;
    }

    /// Opening must fail with exactly one error naming the file, and must not touch
    /// the project.
    QString expectOpenFails(const QString &file)
    {
        Project project;
        Twin t{QStringLiteral("keep-me"), QStringLiteral("dtmi:twinstudio:core:Room;1"), {}, {}};
        EXPECT_TRUE(project.addTwin(t));
        project.setFileName(QStringLiteral("before.twinproj"));
        Diagnostics diagnostics;
        EXPECT_FALSE(ProjectStore::open(file, &project, &diagnostics));
        EXPECT_EQ(diagnostics.size(), 1);
        EXPECT_EQ(project.graph()->twinCount(), 1);
        EXPECT_EQ(project.fileName(), QStringLiteral("before.twinproj"));
        EXPECT_TRUE(project.isModified());
        if (diagnostics.isEmpty())
            return QString();
        const QString line = diagnostics.first().format();
        EXPECT_TRUE(line.startsWith(file + QStringLiteral(": error: "))) << line.toStdString();
        return line;
    }

    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ProjectStoreTest, RoundTripKeepsEverything)
{
    const ProjectContent written = sampleContent();
    const QString file = writeSample();
    ProjectContent read;
    Diagnostics diagnostics;
    ASSERT_TRUE(ProjectStore::readContent(file, &read, &diagnostics));
    EXPECT_TRUE(diagnostics.isEmpty());
    EXPECT_EQ(read.models, written.models);
    EXPECT_EQ(read.twins, written.twins);
    EXPECT_EQ(read.relationships, written.relationships);
    EXPECT_EQ(read.functions, written.functions);
    EXPECT_EQ(read.bindings, written.bindings);
    EXPECT_EQ(read.connections, written.connections);
    EXPECT_EQ(read.viewState, written.viewState);
    EXPECT_EQ(read.categoryRoots, written.categoryRoots);
    EXPECT_EQ(read.containmentRules, written.containmentRules);
    EXPECT_EQ(ProjectStore::schemaVersion(file, nullptr), ProjectSchema::CurrentVersion);
}

TEST_F(ProjectStoreTest, EmptyProjectRoundTrips)
{
    const QString file = path(QStringLiteral("empty.twinproj"));
    ASSERT_TRUE(ProjectStore::writeContent(ProjectContent(), file, nullptr));
    ProjectContent read;
    read.twins.append(Twin{QStringLiteral("x"), QStringLiteral("dtmi:a:B;1"), {}, {}});
    ASSERT_TRUE(ProjectStore::readContent(file, &read, nullptr));
    EXPECT_TRUE(read.isEmpty());
    EXPECT_TRUE(read.categoryRoots.isEmpty());
    EXPECT_TRUE(read.containmentRules.isEmpty());
}

TEST_F(ProjectStoreTest, FileIdentifiesItself)
{
    const QString file = writeSample();
    SqliteDatabase db;
    ASSERT_TRUE(db.open(file, SqliteDatabase::Mode::ReadOnly, nullptr));
    bool ok = false;
    EXPECT_EQ(db.queryInt("PRAGMA application_id", &ok), ProjectSchema::ApplicationId);
    EXPECT_EQ(db.queryInt("PRAGMA user_version", &ok), ProjectSchema::CurrentVersion);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM meta WHERE key = 'format' AND value = 'twinstudio-project'", &ok), 1);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM twins", &ok), 3);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM relationships", &ok), 2);
}

TEST_F(ProjectStoreTest, OpenFillsProjectAndLeavesItClean)
{
    const QString file = writeSample();
    Project project;
    ASSERT_TRUE(project.addTwin(Twin{QStringLiteral("old"), QStringLiteral("dtmi:twinstudio:core:Room;1"), {}, {}}));
    Diagnostics diagnostics;
    ASSERT_TRUE(ProjectStore::open(file, &project, &diagnostics));
    EXPECT_FALSE(hasErrors(diagnostics));
    EXPECT_EQ(project.fileName(), file);
    EXPECT_FALSE(project.isModified());
    EXPECT_EQ(project.undoStack()->count(), 0);
    EXPECT_EQ(project.graph()->twinCount(), 3);
    EXPECT_EQ(project.graph()->relationshipCount(), 2);
    EXPECT_EQ(project.content().models.size(), 1); // besides the built-in core ontology
    EXPECT_EQ(project.graph()->containmentRules(), sampleContent().containmentRules);
    const int lab = project.graph()->indexOfTwin(QStringLiteral("lab-1"));
    EXPECT_EQ(project.graph()->parentOf(lab), project.graph()->indexOfTwin(QStringLiteral("floor-1")));
}

TEST_F(ProjectStoreTest, SaveSetsFileNameAndMarksSaved)
{
    Project project;
    Diagnostics diagnostics;
    ASSERT_TRUE(project.setContent(sampleContent(), &diagnostics));
    ASSERT_TRUE(project.setTwinProperty(QStringLiteral("lab-1"), QStringLiteral("name"), QStringLiteral("Lab 2")));
    ASSERT_TRUE(project.isModified());
    const QString file = path(QStringLiteral("saved.twinproj"));
    QString error;
    ASSERT_TRUE(ProjectStore::save(&project, file, &error)) << error.toStdString();
    EXPECT_EQ(project.fileName(), file);
    EXPECT_FALSE(project.isModified());

    Project reopened;
    ASSERT_TRUE(ProjectStore::open(file, &reopened, &diagnostics));
    EXPECT_EQ(reopened.content().twins, project.content().twins);
    EXPECT_EQ(reopened.graph()->findTwin(QStringLiteral("lab-1"))->displayName(), QStringLiteral("Lab 2"));
}

TEST_F(ProjectStoreTest, SaveReplacesTheFileAndLeavesNothingBehind)
{
    const QString file = writeSample();
    ProjectContent smaller = sampleContent();
    smaller.twins.removeLast();
    smaller.relationships.removeLast();
    QString error;
    ASSERT_TRUE(ProjectStore::writeContent(smaller, file, &error)) << error.toStdString();
    EXPECT_EQ(entries(), QStringList{QStringLiteral("sample.twinproj")});
    ProjectContent read;
    ASSERT_TRUE(ProjectStore::readContent(file, &read, nullptr));
    EXPECT_EQ(read.twins.size(), 2);
}

TEST_F(ProjectStoreTest, SaveKeepsThePermissionsOfTheFile)
{
    const QString file = writeSample();
    const QFile::Permissions wanted = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup;
    ASSERT_TRUE(QFile::setPermissions(file, wanted));
    ASSERT_TRUE(ProjectStore::writeContent(sampleContent(), file, nullptr));
    // Owner, group and other bits; the "user" bits depend on who runs the test.
    EXPECT_EQ(QFile::permissions(file).toInt() & 0x7077, wanted.toInt() & 0x7077);
}

TEST_F(ProjectStoreTest, FailedSaveLeavesTheOldFileIntact)
{
    const QString file = writeSample();
    const QByteArray before = readBytes(file);
    // A duplicate twin id makes the insert fail halfway through the write.
    ProjectContent broken = sampleContent();
    for (int i = 0; i < 1000; ++i)
        broken.twins.append(Twin{QStringLiteral("t%1").arg(i), QStringLiteral("dtmi:a:B;1"), {}, {}});
    broken.twins.append(broken.twins.first());
    QString error;
    EXPECT_FALSE(ProjectStore::writeContent(broken, file, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("floor-1"))) << error.toStdString();
    EXPECT_EQ(readBytes(file), before);
    EXPECT_EQ(entries(), QStringList{QStringLiteral("sample.twinproj")});
}

TEST_F(ProjectStoreTest, FailedSaveToReadOnlyFolderLeavesTheOldFileIntact)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "file permissions do not bind the superuser, so the folder is writable for this run; "
                        "FailedWriteLeavesTheOldFileIntact checks a save that fails for the superuser too";
    const QString file = writeSample();
    const QByteArray before = readBytes(file);
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    Project project;
    ASSERT_TRUE(project.setContent(ProjectContent(), nullptr));
    QString error;
    EXPECT_FALSE(ProjectStore::save(&project, file, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(project.fileName().isEmpty());
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_EQ(readBytes(file), before);
    EXPECT_EQ(entries(), QStringList{QStringLiteral("sample.twinproj")});
}

TEST_F(ProjectStoreTest, FailedWriteLeavesTheOldFileIntact)
{
    const QString file = writeSample();
    const QByteArray before = readBytes(file);
    ProjectContent content = sampleContent();
    for (int i = 0; i < 2000; ++i)
        content.twins.append(Twin{QStringLiteral("t%1").arg(i), QStringLiteral("dtmi:a:B;1"), {}, {}});
    Project project;
    ASSERT_TRUE(project.setContent(content, nullptr));
    project.setFileName(QStringLiteral("before.twinproj"));

    // The file size limit binds every process, the superuser's too (unlike permissions):
    // writes past it fail with EFBIG, as they would on a full disk.
    rlimit previous{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &previous), 0);
    rlimit small = previous;
    small.rlim_cur = 16 * 1024;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool saved = ProjectStore::save(&project, file, &error);
    ::setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, previousHandler);

    EXPECT_FALSE(saved);
    EXPECT_TRUE(error.contains(file)) << error.toStdString();
    EXPECT_EQ(project.fileName(), QStringLiteral("before.twinproj"));
    EXPECT_EQ(readBytes(file), before);
    EXPECT_EQ(entries(), QStringList{QStringLiteral("sample.twinproj")});
}

TEST_F(ProjectStoreTest, SaveIntoMissingFolderFails)
{
    QString error;
    EXPECT_FALSE(ProjectStore::writeContent(sampleContent(), path(QStringLiteral("no/such/dir/x.twinproj")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist")));
}

TEST_F(ProjectStoreTest, OpenRejectsMissingFile)
{
    EXPECT_TRUE(expectOpenFails(path(QStringLiteral("missing.twinproj"))).contains(QStringLiteral("no such file")));
}

TEST_F(ProjectStoreTest, OpenRejectsEmptyFile)
{
    const QString file = path(QStringLiteral("empty.twinproj"));
    ASSERT_TRUE(writeBytes(file, QByteArray()));
    EXPECT_TRUE(expectOpenFails(file).contains(QStringLiteral("empty")));
}

TEST_F(ProjectStoreTest, OpenRejectsRandomBytes)
{
    QRandomGenerator random(42);
    for (int size : {1, 99, 100, 4096, 65536}) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(random.bounded(256));
        const QString file = path(QStringLiteral("random-%1.twinproj").arg(size));
        ASSERT_TRUE(writeBytes(file, bytes));
        EXPECT_TRUE(expectOpenFails(file).contains(QStringLiteral("not an SQLite database")));
    }
}

TEST_F(ProjectStoreTest, OpenRejectsRandomBytesAfterAnSqliteHeader)
{
    // Passes the header check: SQLite itself must find the damage.
    QRandomGenerator random(7);
    QByteArray bytes(8192, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(random.bounded(256));
    bytes.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    const QString file = path(QStringLiteral("header.twinproj"));
    ASSERT_TRUE(writeBytes(file, bytes));
    expectOpenFails(file);
}

TEST_F(ProjectStoreTest, OpenRejectsTextFile)
{
    const QString file = path(QStringLiteral("project.json"));
    ASSERT_TRUE(writeBytes(file, QByteArray(R"({"twins": [], "note": ")") + QByteArray(200, 'x') + "\"}"));
    EXPECT_TRUE(expectOpenFails(file).contains(QStringLiteral("not an SQLite database")));
}

TEST_F(ProjectStoreTest, OpenRejectsForeignSqliteDatabase)
{
    const QString file = path(QStringLiteral("other.db"));
    {
        SqliteDatabase db;
        ASSERT_TRUE(db.open(file, SqliteDatabase::Mode::Create, nullptr));
        ASSERT_TRUE(db.exec("CREATE TABLE twins (x); INSERT INTO twins VALUES (1);", nullptr));
    }
    EXPECT_TRUE(expectOpenFails(file).contains(QStringLiteral("not a TwinStudio project")));
    ASSERT_TRUE(execOn(file, "PRAGMA application_id = 1234"));
    EXPECT_TRUE(expectOpenFails(file).contains(QStringLiteral("another application")));
}

TEST_F(ProjectStoreTest, OpenRejectsNewerSchemaNamingBothVersions)
{
    const QString file = writeSample();
    ASSERT_TRUE(execOn(file, "PRAGMA user_version = 99"));
    const QString line = expectOpenFails(file);
    EXPECT_TRUE(line.contains(QStringLiteral("99"))) << line.toStdString();
    EXPECT_TRUE(line.contains(QString::number(ProjectSchema::CurrentVersion))) << line.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral("newer"))) << line.toStdString();
    EXPECT_EQ(ProjectStore::schemaVersion(file, nullptr), 99);
}

TEST_F(ProjectStoreTest, OpenRejectsTruncatedCopiesOfARealProject)
{
    // Big enough for several pages per table, so cuts land inside b-trees.
    ProjectContent content = sampleContent();
    for (int i = 0; i < 3000; ++i) {
        Twin t{QStringLiteral("room-%1").arg(i), QStringLiteral("dtmi:twinstudio:core:Room;1"),
               {{QStringLiteral("name"), QStringLiteral("Room %1").arg(i)}}, {}};
        t.geometry.outline = QPolygonF{QPointF(i, 0), QPointF(i + 1, 0), QPointF(i + 1, 1)};
        content.twins.append(t);
    }
    const QString file = path(QStringLiteral("real.twinproj"));
    ASSERT_TRUE(ProjectStore::writeContent(content, file, nullptr));
    const QByteArray bytes = readBytes(file);
    ASSERT_GT(bytes.size(), 64 * 1024);
    for (qsizetype size : {qsizetype(50), qsizetype(100), qsizetype(4096), qsizetype(4097), bytes.size() / 3,
                           bytes.size() / 2, bytes.size() - 4096}) {
        const QString cut = path(QStringLiteral("cut-%1.twinproj").arg(size));
        ASSERT_TRUE(writeBytes(cut, bytes.left(size)));
        SCOPED_TRACE(size);
        expectOpenFails(cut);
    }
}

TEST_F(ProjectStoreTest, OpenRejectsOverwrittenPages)
{
    ProjectContent content = sampleContent();
    for (int i = 0; i < 2000; ++i)
        content.twins.append(Twin{QStringLiteral("t%1").arg(i), QStringLiteral("dtmi:a:B;1"),
                                  {{QStringLiteral("name"), QStringLiteral("Twin %1").arg(i)}}, {}});
    const QString file = path(QStringLiteral("real.twinproj"));
    ASSERT_TRUE(ProjectStore::writeContent(content, file, nullptr));
    QByteArray bytes = readBytes(file);
    for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 3000; ++i)
        bytes[i] = char(0xA5);
    ASSERT_TRUE(writeBytes(file, bytes));
    expectOpenFails(file);
}

TEST_F(ProjectStoreTest, OpenRejectsMalformedJsonInARow)
{
    const QString file = writeSample();
    ASSERT_TRUE(execOn(file, "UPDATE twins SET properties = '{not json' WHERE id = 'lab-1'"));
    EXPECT_TRUE(expectOpenFails(file).contains(QStringLiteral("lab-1")));
}

TEST_F(ProjectStoreTest, OpenRejectsAFolder)
{
    EXPECT_TRUE(expectOpenFails(m_dir.path()).contains(QStringLiteral("folder")));
}

TEST_F(ProjectStoreTest, OpeningDoesNotWriteTheFile)
{
    const QString file = writeSample();
    const QByteArray before = readBytes(file);
    Project project;
    ASSERT_TRUE(ProjectStore::open(file, &project, nullptr));
    EXPECT_EQ(readBytes(file), before);
    EXPECT_EQ(entries(), QStringList{QStringLiteral("sample.twinproj")});
}

TEST_F(ProjectStoreTest, HistoryLivesInACompanionFile)
{
    EXPECT_EQ(twin::HistoryStore::companionPath(QStringLiteral("/a/b.twinproj")), QStringLiteral("/a/b.twinproj.history"));
}

TEST_F(ProjectStoreTest, SaveThroughASymbolicLinkReplacesTheFileItNames)
{
    const QString file = writeSample(QStringLiteral("real.twinproj"));
    const QString link = path(QStringLiteral("link.twinproj"));
    ASSERT_TRUE(QFile::link(file, link));
    ProjectContent smaller = sampleContent();
    smaller.twins.removeLast();
    smaller.relationships.removeLast();
    QString error;
    ASSERT_TRUE(ProjectStore::writeContent(smaller, link, &error)) << error.toStdString();
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    ProjectContent read;
    ASSERT_TRUE(ProjectStore::readContent(file, &read, nullptr));
    EXPECT_EQ(read.twins.size(), 2);
}

TEST_F(ProjectStoreTest, GeometryNumbersRoundTripExactly)
{
    ProjectContent content;
    const double values[] = {0.0, 1e-7, -3.25, 12345678.901234567, 0.1 + 0.2, 1e21, -1.5e-300, 42.0};
    int n = 0;
    for (double x : values) {
        for (double y : values) {
            Twin t{QStringLiteral("t%1").arg(n++), QStringLiteral("dtmi:a:B;1"), {}, {}};
            t.geometry.position = QPointF(x, y);
            if (n % 2)
                t.geometry.outline = QPolygonF{QPointF(x, y), QPointF(y, x), QPointF(x, x)};
            content.twins.append(t);
        }
    }
    // Shapes off the common path: an empty outline, a floor with a position.
    Twin odd{QStringLiteral("odd"), QStringLiteral("dtmi:a:B;1"), {}, {}};
    odd.geometry.floor = FloorLayout();
    odd.geometry.position = QPointF(1, 2);
    content.twins.append(odd);
    const QString file = path(QStringLiteral("numbers.twinproj"));
    ASSERT_TRUE(ProjectStore::writeContent(content, file, nullptr));
    ProjectContent read;
    ASSERT_TRUE(ProjectStore::readContent(file, &read, nullptr));
    ASSERT_EQ(read.twins.size(), content.twins.size());
    for (int i = 0; i < read.twins.size(); ++i) {
        const Geometry &a = read.twins.at(i).geometry;
        const Geometry &b = content.twins.at(i).geometry;
        EXPECT_EQ(a, b) << read.twins.at(i).id.toStdString();
        // QPointF compares fuzzily; the file must give back the very same doubles.
        ASSERT_EQ(a.position.has_value(), b.position.has_value());
        if (a.position) {
            EXPECT_EQ(a.position->x(), b.position->x());
            EXPECT_EQ(a.position->y(), b.position->y());
        }
        ASSERT_EQ(a.outline.size(), b.outline.size());
        for (int k = 0; k < a.outline.size(); ++k) {
            EXPECT_EQ(a.outline.at(k).x(), b.outline.at(k).x());
            EXPECT_EQ(a.outline.at(k).y(), b.outline.at(k).y());
        }
    }
}

TEST_F(ProjectStoreTest, HandWrittenGeometryJsonIsRead)
{
    const QString file = writeSample();
    ASSERT_TRUE(execOn(file, R"sql(UPDATE twins SET geometry = '{ "position" : [ 1 , 2.5 ] }' WHERE id = 'lab-1-temp')sql"));
    ASSERT_TRUE(execOn(file, R"sql(UPDATE twins SET geometry = '{"position":[1,"x"]}' WHERE id = 'lab-1')sql"));
    Project project;
    Diagnostics diagnostics;
    EXPECT_FALSE(ProjectStore::open(file, &project, &diagnostics));
    ASSERT_EQ(diagnostics.size(), 1);
    EXPECT_TRUE(diagnostics.first().message.contains(QStringLiteral("lab-1"))) << diagnostics.first().format().toStdString();
    EXPECT_FALSE(diagnostics.first().message.contains(QStringLiteral("lab-1-temp")));
}

TEST_F(ProjectStoreTest, ManyBadRowsAreReportedWithASummary)
{
    ProjectContent content;
    for (int i = 0; i < 30; ++i)
        content.twins.append(Twin{QStringLiteral("t%1").arg(i), QStringLiteral("dtmi:a:B;1"),
                                  {{QStringLiteral("name"), QStringLiteral("x")}}, {}});
    const QString file = path(QStringLiteral("bad.twinproj"));
    ASSERT_TRUE(ProjectStore::writeContent(content, file, nullptr));
    ASSERT_TRUE(execOn(file, "UPDATE twins SET properties = '[1'"));
    ProjectContent read;
    Diagnostics diagnostics;
    EXPECT_FALSE(ProjectStore::readContent(file, &read, &diagnostics));
    ASSERT_EQ(diagnostics.size(), 21);
    EXPECT_TRUE(diagnostics.last().message.contains(QStringLiteral("10 more"))) << diagnostics.last().format().toStdString();
    EXPECT_TRUE(read.twins.isEmpty());
}

TEST_F(ProjectStoreTest, OpenRefusesWhatIsNotARegularFile)
{
    const QString fifo = path(QStringLiteral("pipe.twinproj"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // Reading a FIFO blocks until a writer comes: the writer that ends a hang is opened
    // only when the open has not returned in time.
    auto opened = std::async(std::launch::async, [&] { return expectOpenFails(fifo); });
    if (opened.wait_for(std::chrono::seconds(10)) == std::future_status::timeout) {
        ADD_FAILURE() << "opening a FIFO hangs";
        const int writer = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        if (writer >= 0)
            ::close(writer);
        return;
    }
    EXPECT_TRUE(opened.get().contains(QStringLiteral("not a regular file")));
    QString error;
    EXPECT_EQ(ProjectStore::schemaVersion(fifo, &error), -1);
    EXPECT_TRUE(error.contains(QStringLiteral("not a regular file"))) << error.toStdString();
}

TEST_F(ProjectStoreTest, OpenRemovesOldTemporaryFilesOfInterruptedSavesOfThatProject)
{
    const QString file = writeSample(QStringLiteral("site.twinproj"));
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-120);
    const auto leave = [&](const QString &name, const QDateTime &time) {
        writeBytes(path(name), "partial");
        QFile f(path(name));
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.setFileTime(time, QFileDevice::FileModificationTime));
    };
    leave(QStringLiteral(".site.twinproj.Ab12Cd"), old);                            // removed
    leave(QStringLiteral(".site.twinproj.Xy34Zw"), QDateTime::currentDateTimeUtc()); // a save may still run
    leave(QStringLiteral(".other.twinproj.Ab12Cd"), old);                           // another project's
    leave(QStringLiteral(".site.twinproj.Ab12Cd7"), old);                           // not the pattern
    leave(QStringLiteral("site.twinproj.Ab12Cd"), old);                             // not hidden
    Project project;
    ASSERT_TRUE(ProjectStore::open(file, &project, nullptr));
    QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    EXPECT_EQ(left, (QStringList{QStringLiteral(".other.twinproj.Ab12Cd"), QStringLiteral(".site.twinproj.Ab12Cd7"),
                                 QStringLiteral(".site.twinproj.Xy34Zw"), QStringLiteral("site.twinproj"),
                                 QStringLiteral("site.twinproj.Ab12Cd")}));
}

TEST_F(ProjectStoreTest, SaveRefusesAFileItsModeMakesReadOnly)
{
    // Checked by the mode bits: the superuser could write the file, and replacing it by
    // renaming needs only the folder to be writable.
    const QString file = writeSample();
    const QByteArray before = readBytes(file);
    ASSERT_TRUE(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    Project project;
    ASSERT_TRUE(project.setContent(ProjectContent(), nullptr));
    QString error;
    EXPECT_FALSE(ProjectStore::save(&project, file, &error));
    EXPECT_EQ(error, file + QStringLiteral(" is read-only")) << error.toStdString();
    EXPECT_EQ(readBytes(file), before);
    EXPECT_EQ(QFileInfo(file).permissions().toInt() & 0x7077, 0x4044);
    EXPECT_EQ(entries(), QStringList{QStringLiteral("sample.twinproj")});
}

TEST_F(ProjectStoreTest, SaveKeepsTheOwnerOfTheFile)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "only the superuser can give a file to another user to set this up";
    const QString file = writeSample();
    ASSERT_EQ(::chown(QFile::encodeName(file).constData(), 4321, 4322), 0);
    ASSERT_TRUE(ProjectStore::writeContent(sampleContent(), file, nullptr));
    struct stat st = {};
    ASSERT_EQ(::stat(QFile::encodeName(file).constData(), &st), 0);
    EXPECT_EQ(st.st_uid, 4321u);
    EXPECT_EQ(st.st_gid, 4322u);
}
