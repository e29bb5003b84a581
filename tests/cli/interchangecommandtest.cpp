// SPDX-License-Identifier: GPL-3.0-or-later
// twinctl project import|export, run as a user would.
#include "support/peakmemory.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using twintest::runTool;

QString golden(const QString &name)
{
    return twintest::sourcePath(QStringLiteral("tests/data/interchange/") + name);
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

/// Creates an empty project named site.twinproj in \a dir.
#define NEW_PROJECT(dir, path)                                                                     \
    const QString path = (dir).filePath(QStringLiteral("site.twinproj"));                          \
    do {                                                                                           \
        const auto created = runTool(QStringLiteral("twinctl"), {QStringLiteral("project"),        \
                                                                 QStringLiteral("new"), path});    \
        ASSERT_EQ(created.exitCode, 0) << created.err.constData();                                 \
    } while (false)

} // namespace

TEST(InterchangeCommand, HelpDescribesEveryFormat)
{
    const auto import = runTool(QStringLiteral("twinctl"), {QStringLiteral("project"), QStringLiteral("import"), QStringLiteral("--help")});
    EXPECT_EQ(import.exitCode, 0);
    for (const char *word : {"adt-ndjson", "explorer-json", "native", "--format", "INPUT:LINE"})
        EXPECT_TRUE(import.out.contains(word)) << word << "\n" << import.out.constData();
    const auto exportHelp = runTool(QStringLiteral("twinctl"), {QStringLiteral("project"), QStringLiteral("export"), QStringLiteral("--help")});
    EXPECT_EQ(exportHelp.exitCode, 0);
    for (const char *word : {"adt-ndjson", "explorer-json", "native", "dtdl", "--output"})
        EXPECT_TRUE(exportHelp.out.contains(word)) << word << "\n" << exportHelp.out.constData();
}

TEST(InterchangeCommand, UsageErrorsExitTwo)
{
    const QString in = golden(QStringLiteral("site.ndjson"));
    const QString project = QStringLiteral("whatever.twinproj");
    const QList<QStringList> cases{
        {QStringLiteral("project"), QStringLiteral("import"), project},
        {QStringLiteral("project"), QStringLiteral("import"), project, in, QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("project"), QStringLiteral("export"), project, QStringLiteral("--output"), QStringLiteral("x")},
        {QStringLiteral("project"), QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("native")},
        {QStringLiteral("project"), QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("xml"),
         QStringLiteral("--output"), QStringLiteral("x")},
        {QStringLiteral("project"), QStringLiteral("import"), project, in, QStringLiteral("--bogus")},
    };
    for (const QStringList &args : cases) {
        const auto r = runTool(QStringLiteral("twinctl"), args);
        EXPECT_EQ(r.exitCode, 2) << qPrintable(args.join(u' ')) << "\n" << r.err.constData();
        EXPECT_FALSE(r.err.isEmpty());
    }
}

TEST(InterchangeCommand, ImportsAndExportsEveryFormat)
{
    QTemporaryDir tmp;
    NEW_PROJECT(QDir(tmp.path()), project);
    auto r = runTool(QStringLiteral("twinctl"), {QStringLiteral("project"), QStringLiteral("import"), project,
                                                 golden(QStringLiteral("site.ndjson")), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(summary.value(QStringLiteral("format")).toString(), QStringLiteral("adt-ndjson"));
    EXPECT_EQ(summary.value(QStringLiteral("twins")).toInt(), 5);
    EXPECT_EQ(summary.value(QStringLiteral("relationships")).toInt(), 4);

    const QByteArray goldenNdjson = bytesOf(golden(QStringLiteral("site.ndjson")));
    for (const QString &format : {QStringLiteral("adt-ndjson"), QStringLiteral("explorer-json"),
                                  QStringLiteral("native"), QStringLiteral("dtdl")}) {
        const QString out = tmp.filePath(QStringLiteral("out.") + format);
        r = runTool(QStringLiteral("twinctl"), {QStringLiteral("project"), QStringLiteral("export"), project,
                                                QStringLiteral("--format"), format, QStringLiteral("--output"), out});
        ASSERT_EQ(r.exitCode, 0) << qPrintable(format) << r.err.constData();
        const QByteArray written = bytesOf(out);
        EXPECT_FALSE(written.isEmpty()) << qPrintable(format);
        if (format == QStringLiteral("adt-ndjson")) {
            // The project may hold a built-in ontology besides; every golden line is there.
            for (const QByteArray &line : goldenNdjson.split('\n')) {
                if (!line.startsWith("{\"Section\"")) {
                    EXPECT_TRUE(written.contains(line)) << line.constData();
                }
            }
        }
    }

    // What was exported imports into a fresh project again.
    QTemporaryDir tmp2;
    NEW_PROJECT(QDir(tmp2.path()), second);
    r = runTool(QStringLiteral("twinctl"), {QStringLiteral("project"), QStringLiteral("import"), second,
                                            tmp.filePath(QStringLiteral("out.native"))});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
}

TEST(InterchangeCommand, InvalidImportExitsOneWithEveryErrorAndLeavesTheProjectAlone)
{
    QTemporaryDir tmp;
    NEW_PROJECT(QDir(tmp.path()), project);
    const QString input = tmp.filePath(QStringLiteral("bad.ndjson"));
    writeBytes(input, bytesOf(golden(QStringLiteral("site.ndjson")))
                          + "{\"Section\":\"Twins\"}\n"  // 20: appears twice... out of order
                          + "{\"$dtId\":\"room-101\",\"$metadata\":{\"$model\":\"dtmi:example:Room;1\"}}\n");
    const QByteArray before = bytesOf(project);
    const auto r = runTool(QStringLiteral("twinctl"), {QStringLiteral("project"), QStringLiteral("import"), project, input});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains((input + QStringLiteral(":20: error: section Twins is out of order")).toUtf8())) << r.err.constData();
    EXPECT_EQ(bytesOf(project), before);

    writeBytes(input, "{\"Section\":\"Twins\"}\n{\"$dtId\":\"a\",\"$metadata\":{\"$model\":\"dtmi:nowhere:X;1\"}}\n"
                      "{\"$dtId\":\"a\",\"$metadata\":{\"$model\":\"dtmi:nowhere:X;1\"}}\n");
    const auto r2 = runTool(QStringLiteral("twinctl"), {QStringLiteral("project"), QStringLiteral("import"), project, input,
                                                        QStringLiteral("--format"), QStringLiteral("adt-ndjson")});
    EXPECT_EQ(r2.exitCode, 1);
    EXPECT_TRUE(r2.err.contains((input + QStringLiteral(":2: error: twin 'a': model dtmi:nowhere:X;1")).toUtf8())) << r2.err.constData();
    EXPECT_TRUE(r2.err.contains((input + QStringLiteral(":3: error: duplicate twin id 'a'")).toUtf8())) << r2.err.constData();
    EXPECT_EQ(bytesOf(project), before);
}

TEST(InterchangeCommand, UnrecognisedInputExitsOne)
{
    QTemporaryDir tmp;
    NEW_PROJECT(QDir(tmp.path()), project);
    const QString input = tmp.filePath(QStringLiteral("notes.txt"));
    writeBytes(input, "just text\n");
    const auto r = runTool(QStringLiteral("twinctl"), {QStringLiteral("project"), QStringLiteral("import"), project, input});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("--format")) << r.err.constData();
}

TEST(InterchangeCommand, AHugeLineIsRefusedWithItsLineInBoundedMemory)
{
    if (!twintest::memoryFiguresAreMeaningful())
        GTEST_SKIP() << "peak memory is not comparable under AddressSanitizer";
    QTemporaryDir tmp;
    NEW_PROJECT(QDir(tmp.path()), project);
    // One twin line of 200 MB: read whole, it took five times its size.
    const QString input = tmp.filePath(QStringLiteral("huge.ndjson"));
    {
        QFile f(input);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("{\"Section\":\"Twins\"}\n{\"$dtId\":\"big\",\"$metadata\":{\"$model\":\"dtmi:x:A;1\"},\"blob\":\"");
        const QByteArray block(1 << 20, 'x');
        for (int i = 0; i < 200; ++i)
            ASSERT_EQ(f.write(block), block.size());
        f.write("\"}\n");
    }
    const twintest::MeasuredRun r = twintest::runToolMeasuringMemory(
        QStringLiteral("twinctl"), {QStringLiteral("project"), QStringLiteral("import"), project, input});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(input + QStringLiteral(":2: error: the line is longer than 16 MiB"))) << r.err.toStdString();
    EXPECT_LT(r.peakRssKiB, 160 * 1024) << "peak resident memory in KiB";
}

TEST(InterchangeCommand, AOneLineExplorerFileIsReadWithoutATreeOfTheWholeFile)
{
    if (!twintest::memoryFiguresAreMeaningful())
        GTEST_SKIP() << "peak memory is not comparable under AddressSanitizer";
    QTemporaryDir tmp;
    NEW_PROJECT(QDir(tmp.path()), project);
    // An Explorer export on one line, 20,000 twins with a $metadata entry per property
    // (about 27 MB), and a key named twice at its very end: everything is read and
    // converted before the file is refused. A tree of the whole file took 7.9 times its
    // size on top of the process; the twins one at a time, 2.4 to 4 times (the bound
    // leaves room for the allocator's moods).
    const QString input = tmp.filePath(QStringLiteral("graph.json"));
    qint64 size = 0;
    {
        QFile f(input);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        QByteArray meta, props;
        for (int k = 0; k < 20; ++k) {
            meta += ",\"p" + QByteArray::number(k) + "\":{\"lastUpdateTime\":\"2024-05-01T12:00:00.0000000Z\"}";
            props += ",\"p" + QByteArray::number(k) + "\":" + QByteArray::number(k);
        }
        f.write("{\"digitalTwinsFileInfo\":{\"fileVersion\":\"1.0.0\"},\"digitalTwinsGraph\":{\"digitalTwins\":[");
        for (int i = 0; i < 20000; ++i) {
            f.write((i ? ",{\"$dtId\":\"t" : "{\"$dtId\":\"t") + QByteArray::number(i)
                    + "\",\"$etag\":\"W/\\\"1\\\"\",\"$metadata\":{\"$model\":\"dtmi:x:A;1\"" + meta + '}' + props + '}');
        }
        f.write("],\"relationships\":[]},\"digitalTwinsModels\":[],\"z\":1,\"z\":2}");
        size = f.size();
    }
    const twintest::MeasuredRun r = twintest::runToolMeasuringMemory(
        QStringLiteral("twinctl"), {QStringLiteral("project"), QStringLiteral("import"), project, input});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(input + QStringLiteral(":1:"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("duplicate key 'z'"))) << r.err.toStdString();
    EXPECT_LT(qint64(r.peakRssKiB) * 1024, 9 * size / 2 + 40 * 1024 * 1024) << "peak resident memory in bytes, file of " << size << " bytes";
}
