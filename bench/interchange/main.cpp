// SPDX-License-Identifier: GPL-3.0-or-later
// Export/import timings of a generated site in every topology format.
// Run: build/bin/twin_interchange_bench [--twins N] [--format ID]
//      (default 100000 twins, 2N relationships, every format)
#include "document/project.h"
#include "interchange/formatregistry.h"
#include "interchange/topologyexporter.h"
#include "interchange/topologyimport.h"
#include "interchange/topologyimporter.h"
#include "staticplugins.h"
#include "support/syntheticsites.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <ctime>

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// CPU time of this process in ms: on a busy machine wall time overstates the work.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Wall and CPU time of one phase.
struct Phase
{
    QElapsedTimer wall;
    double cpuStart = 0;
    double wallMs = 0;
    double cpu = 0;
    void start()
    {
        cpuStart = cpuMs();
        wall.start();
    }
    void stop()
    {
        wallMs = ms(wall);
        cpu = cpuMs() - cpuStart;
    }
    QByteArray text() const { return QByteArray::number(wallMs, 'f', 0) + " (" + QByteArray::number(cpu, 'f', 0) + ")"; }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    twin::importStaticPlugins();
    int twins = 100000;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--twins"));
    if (at >= 0 && at + 1 < args.size())
        twins = std::max(2, args.at(at + 1).toInt());

    const qsizetype formatAt = args.indexOf(QStringLiteral("--format"));
    const QString only = formatAt >= 0 && formatAt + 1 < args.size() ? args.at(formatAt + 1) : QString();

    QElapsedTimer timer;
    timer.start();
    const twin::ProjectContent site = twintest::generatedSite(twins);
    std::printf("generated %d twins, %lld relationships in %.0f ms\n\n", twins,
                static_cast<long long>(site.relationships.size()), ms(timer));
    std::printf("times in ms, wall (cpu)\n%-14s %8s %16s %16s %16s\n", "format", "MiB", "export", "read", "import");

    const twin::FormatRegistry &registry = twin::FormatRegistry::instance();
    int failures = 0;
    for (twin::TopologyExporter *exporter : registry.exporters()) {
        if (!only.isEmpty() && exporter->formatId() != only)
            continue;
        QByteArray bytes;
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        QString error;
        Phase exportPhase, readPhase, importPhase;
        exportPhase.start();
        if (!exporter->write(site, &out, &error)) {
            std::printf("%-14s export failed: %s\n", qPrintable(exporter->formatId()), qPrintable(error));
            ++failures;
            continue;
        }
        exportPhase.stop();
        twin::TopologyImporter *importer = registry.importer(exporter->formatId());
        if (importer) {
            QBuffer in(&bytes);
            in.open(QIODevice::ReadOnly);
            twin::ProjectContent content;
            twin::Diagnostics diagnostics;
            readPhase.start();
            if (!importer->read(&in, QStringLiteral("bench"), &content, &diagnostics)) {
                ++failures;
                std::printf("%-14s read failed\n", qPrintable(exporter->formatId()));
            }
            readPhase.stop();

            // Read, check against the project, and add as one undo step.
            twin::Project project;
            in.seek(0);
            diagnostics.clear();
            importPhase.start();
            if (!twin::TopologyImport::importInto(&project, importer, &in, QStringLiteral("bench"), &diagnostics)
                || project.graph()->twinCount() != twins) {
                ++failures;
                std::printf("%-14s import failed: %s\n", qPrintable(exporter->formatId()),
                            diagnostics.isEmpty() ? "" : qPrintable(diagnostics.first().format()));
            }
            importPhase.stop();
        }
        std::printf("%-14s %8.1f %16s", qPrintable(exporter->formatId()), double(bytes.size()) / (1 << 20),
                    exportPhase.text().constData());
        if (importer)
            std::printf(" %16s %16s\n", readPhase.text().constData(), importPhase.text().constData());
        else
            std::printf(" %16s %16s\n", "-", "-");
    }
    std::printf("\nread: file to ProjectContent; import: read + checks + Project::importContent\n");
    return failures ? 1 : 0;
}
