// SPDX-License-Identifier: GPL-3.0-or-later
// twin_document_bench: save and open a synthetic site of N twins through the project
// file, against a raw SQLite read of the same rows (the floor), with peak memory.
// A plain timed executable: each open runs in a fresh child process, so its peak RSS
// is the open's own and not the generator's.
#include "support/syntheticsites.h"

#include "document/project.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

/// User plus system CPU time of this process: on a shared machine wall time also
/// counts other processes' turns, CPU time does not.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// Reads every column of every twin and relationship row through the C API, touching
/// the bytes: what any reader of this file has to pay at least.
qint64 rawRead(const QString &fileName, double *seconds)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    sqlite3_open_v2(fileName.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    qint64 checksum = 0;
    for (const char *sql : {"SELECT id, model, properties, geometry FROM twins ORDER BY seq",
                            "SELECT source, id, name, target, properties FROM relationships ORDER BY seq"}) {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
        const int columns = sqlite3_column_count(stmt);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c) {
                const auto *text = sqlite3_column_text(stmt, c);
                const int n = sqlite3_column_bytes(stmt, c);
                if (text && n > 0)
                    checksum += text[0] + text[n - 1] + n;
            }
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    *seconds = double(timer.nsecsElapsed()) / 1e9;
    return checksum;
}

/// The child: opens FILE as the application would, proves the result usable, then
/// measures the raw read. Prints one JSON line.
int measureOpen(const QString &fileName)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    twin::Project project;
    twin::Diagnostics diagnostics;
    if (!twin::ProjectStore::open(fileName, &project, &diagnostics)) {
        for (const auto &d : diagnostics)
            std::fprintf(stderr, "%s\n", qPrintable(d.format()));
        return 1;
    }
    const double openSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double openCpu = cpuSeconds() - cpuStart;
    const double rss = peakRssMb();

    // Usable: walk the whole containment tree and look a twin up by id.
    timer.restart();
    const twin::TwinGraph *g = project.graph();
    qsizetype reachable = 0;
    for (int root : g->roots())
        reachable += g->subtreeOf(root).size();
    const bool found = g->findTwin(QStringLiteral("site")) != nullptr;
    const double walkSeconds = double(timer.nsecsElapsed()) / 1e9;

    // The two halves of an open, for where the time goes: the file into a
    // ProjectContent, then the document (graph, indices, containment tree) from it.
    timer.restart();
    double readSeconds = 0;
    double buildSeconds = 0;
    double readCpu = 0;
    double buildCpu = 0;
    {
        double cpu = cpuSeconds();
        twin::ProjectContent content;
        twin::ProjectStore::readContent(fileName, &content, nullptr);
        readSeconds = double(timer.nsecsElapsed()) / 1e9;
        readCpu = cpuSeconds() - cpu;
        timer.restart();
        cpu = cpuSeconds();
        twin::Project second;
        second.setContent(content, nullptr);
        buildSeconds = double(timer.nsecsElapsed()) / 1e9;
        buildCpu = cpuSeconds() - cpu;
    }

    double rawSeconds = 0;
    const double cpuBefore = cpuSeconds();
    const qint64 checksum = rawRead(fileName, &rawSeconds);
    const double rawCpu = cpuSeconds() - cpuBefore;

    const QJsonObject result{
        {QStringLiteral("open"), openSeconds},
        {QStringLiteral("raw"), rawSeconds},
        {QStringLiteral("openCpu"), openCpu},
        {QStringLiteral("rawCpu"), rawCpu},
        {QStringLiteral("read"), readSeconds},
        {QStringLiteral("build"), buildSeconds},
        {QStringLiteral("readCpu"), readCpu},
        {QStringLiteral("buildCpu"), buildCpu},
        {QStringLiteral("peakRssMb"), rss},
        {QStringLiteral("walk"), walkSeconds},
        {QStringLiteral("twins"), g->twinCount()},
        {QStringLiteral("relationships"), g->relationshipCount()},
        {QStringLiteral("reachable"), reachable},
        {QStringLiteral("found"), found},
        {QStringLiteral("checksum"), checksum},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Saves and opens a synthetic site through the project file and compares the open\n"
        "with a raw SQLite C-API read of the same rows. Each open runs in a child process."));
    parser.addHelpOption();
    const QCommandLineOption twinsOption(QStringLiteral("twins"), QStringLiteral("Number of twins (100000)."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption relsOption(QStringLiteral("relationships"),
                                        QStringLiteral("Number of relationships (twice the twins)."),
                                        QStringLiteral("N"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Opens to take the median of (3)."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Write the file here and keep it."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption openOption(QStringLiteral("measure-open"),
                                        QStringLiteral("(internal) open FILE and print one JSON line."),
                                        QStringLiteral("FILE"));
    parser.addOptions({twinsOption, relsOption, runsOption, keepOption, openOption});
    parser.process(app);
    if (parser.isSet(openOption))
        return measureOpen(parser.value(openOption));

    const int twins = parser.value(twinsOption).toInt();
    const int rels = parser.isSet(relsOption) ? parser.value(relsOption).toInt() : 2 * twins;
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTemporaryDir dir;
    const QString file = parser.isSet(keepOption) ? parser.value(keepOption)
                                                  : dir.filePath(QStringLiteral("bench.twinproj"));

    QElapsedTimer timer;
    timer.start();
    twin::ProjectContent content = twintest::syntheticSite(twins, rels);
    const double generateSeconds = double(timer.nsecsElapsed()) / 1e9;
    twin::Project project;
    if (!project.setContent(content, nullptr))
        return 1;
    content = twin::ProjectContent();

    QList<double> saves, saveCpus;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        const double cpu = cpuSeconds();
        QString error;
        if (!twin::ProjectStore::save(&project, file, &error)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
            return 1;
        }
        saves.append(double(timer.nsecsElapsed()) / 1e9);
        saveCpus.append(cpuSeconds() - cpu);
    }

    QList<double> opens, raws, ratios, rss, walks, openCpus, rawCpus, cpuRatios, reads, builds, readCpus, buildCpus;
    QJsonObject last;
    for (int i = 0; i < runs; ++i) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure-open"), file});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            std::fprintf(stderr, "open failed: %s\n", child.readAllStandardError().constData());
            return 1;
        }
        last = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        opens.append(last.value(QStringLiteral("open")).toDouble());
        raws.append(last.value(QStringLiteral("raw")).toDouble());
        ratios.append(opens.last() / raws.last());
        rss.append(last.value(QStringLiteral("peakRssMb")).toDouble());
        walks.append(last.value(QStringLiteral("walk")).toDouble());
        openCpus.append(last.value(QStringLiteral("openCpu")).toDouble());
        rawCpus.append(last.value(QStringLiteral("rawCpu")).toDouble());
        cpuRatios.append(openCpus.last() / std::max(rawCpus.last(), 1e-6));
        reads.append(last.value(QStringLiteral("read")).toDouble());
        builds.append(last.value(QStringLiteral("build")).toDouble());
        readCpus.append(last.value(QStringLiteral("readCpu")).toDouble());
        buildCpus.append(last.value(QStringLiteral("buildCpu")).toDouble());
    }
    if (last.value(QStringLiteral("twins")).toInt() != project.graph()->twinCount()
        || last.value(QStringLiteral("relationships")).toInt() != project.graph()->relationshipCount()
        || last.value(QStringLiteral("reachable")).toInt() != project.graph()->twinCount()) {
        std::fprintf(stderr, "the opened project differs from the saved one\n");
        return 1;
    }

    std::printf("twin_document_bench: %d twins, %d relationships, median of %d runs\n",
                project.graph()->twinCount(), project.graph()->relationshipCount(), runs);
    std::printf("| %-34s | %12s |\n", "measure", "value");
    std::printf("|%s|%s|\n", "------------------------------------", "--------------");
    auto row = [](const char *name, double value, const char *unit) {
        std::printf("| %-34s | %8.3f %-3s |\n", name, value, unit);
    };
    row("file size", double(QFileInfo(file).size()) / (1024.0 * 1024.0), "MiB");
    row("generate (in memory)", generateSeconds, "s");
    row("save (content + write + rename)", median(saves), "s");
    row("  CPU time", median(saveCpus), "s");
    row("open (read + setContent)", median(opens), "s");
    row("  CPU time", median(openCpus), "s");
    row("  of it: file -> content", median(reads), "s");
    row("    CPU time", median(readCpus), "s");
    row("  of it: content -> document", median(builds), "s");
    row("    CPU time", median(buildCpus), "s");
    row("raw C-API read of the same rows", median(raws), "s");
    row("  CPU time", median(rawCpus), "s");
    row("open / raw read", median(ratios), "x");
    row("open / raw read, CPU time", median(cpuRatios), "x");
    row("peak RSS of the opening process", median(rss), "MiB");
    row("walk whole tree after open", median(walks), "s");
    return 0;
}
