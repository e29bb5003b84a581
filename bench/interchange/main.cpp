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

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <ctime>

namespace {

twin::ProjectContent generateSite(int twinCount)
{
    twin::ProjectContent c;
    const QString ctx = QStringLiteral("dtmi:dtdl:context;3");
    const QString space = QStringLiteral("dtmi:example:Space;1");
    const QString room = QStringLiteral("dtmi:example:Room;1");
    const QString sensor = QStringLiteral("dtmi:example:Sensor;1");
    for (const QString &id : {space, room, sensor}) {
        QJsonObject iface{{QStringLiteral("@context"), ctx}, {QStringLiteral("@id"), id},
                          {QStringLiteral("@type"), QStringLiteral("Interface")}};
        if (id == room)
            iface.insert(QStringLiteral("extends"), space);
        c.models.append(iface);
    }
    c.twins.reserve(twinCount);
    c.relationships.reserve(2 * qsizetype(twinCount));
    for (int i = 0; i < twinCount; ++i) {
        twin::Twin t;
        t.id = QStringLiteral("twin-%1").arg(i);
        const bool isSensor = i % 4 == 3;
        t.model = i == 0 ? space : (isSensor ? sensor : room);
        t.properties.insert(QStringLiteral("name"), QStringLiteral("Twin %1").arg(i));
        if (isSensor) {
            t.properties.insert(QStringLiteral("unit"), QStringLiteral("degC"));
            t.geometry.position = QPointF(i % 100 * 0.5, i / 100 * 0.25);
        } else {
            t.properties.insert(QStringLiteral("temperatureSetpoint"), 20.0 + (i % 7) * 0.5);
            t.geometry.outline = QPolygonF({{0, 0}, {4, 0}, {4, 3}, {0, 3}});
        }
        c.twins.append(t);
    }
    // Exactly two relationships per twin: its containment (the root gets a peer link)
    // and a link to the next twin.
    for (int i = 0; i < twinCount; ++i) {
        const QString id = QStringLiteral("twin-%1").arg(i);
        if (i > 0)
            c.relationships.append({QStringLiteral("contains-%1").arg(i), QStringLiteral("twin-%1").arg((i - 1) / 8),
                                    QStringLiteral("contains"), id, {}});
        else
            c.relationships.append({QStringLiteral("adjacent-0"), id, QStringLiteral("adjacentTo"),
                                    QStringLiteral("twin-%1").arg(1 % twinCount), {}});
        c.relationships.append({QStringLiteral("feeds-%1").arg(i), id, QStringLiteral("feeds"),
                                QStringLiteral("twin-%1").arg((i + 1) % twinCount),
                                QJsonObject{{QStringLiteral("weight"), i % 10}}});
    }
    return c;
}

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
    const twin::ProjectContent site = generateSite(twins);
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
