// SPDX-License-Identifier: GPL-3.0-or-later
// The 3D view on a synthetic site: scene build time, GUI-thread time to recolour every
// room, frame times while every room changes colour on every tick against a bare Quick 3D
// scene drawing the same triangles as one static mesh with one material, and memory.
#include "framerecorder.h"
#include "support/syntheticsites.h"

#include "view3d/buildingscene.h"
#include "view3d/floormesh.h"
#include "view3d/roomcolouring.h"

#include "document/project.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQuick3D>
#include <QQuick3DGeometry>
#include <QQuickItem>
#include <QQuickView>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cstdio>
#include <vector>

Q_IMPORT_QML_PLUGIN(TwinStudio_ViewsPlugin)

using namespace twin;
using twin::view3d::BuildingScene;

namespace {

/// VmRSS or VmHWM of this process, MiB.
double memoryMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field)) + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

void waitMs(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

/// Every floor's triangles and a cube per marker, in scene space, as one mesh.
QQuick3DGeometry *staticMesh(const BuildingScene &scene, int *triangles)
{
    QByteArray vertices, indices;
    quint32 base = 0;
    auto addIndex = [&](quint32 i) { indices.append(reinterpret_cast<const char *>(&i), sizeof(i)); };
    auto addVertex = [&](QVector3D p) {
        const float data[3] = {p.x(), p.y(), p.z()};
        vertices.append(reinterpret_cast<const char *>(data), sizeof(data));
    };
    for (const view3d::BuildingFloor *floor : scene.floors()) {
        const QVector3D shift(0, float(floor->y()), 0);
        const QByteArray v = floor->geometry()->vertexData();
        const int count = int(v.size() / view3d::FloorMesh::Stride);
        for (int i = 0; i < count; ++i) {
            const auto *f = reinterpret_cast<const float *>(v.constData() + qsizetype(i) * view3d::FloorMesh::Stride);
            addVertex(QVector3D(f[0], f[1], f[2]) + shift);
        }
        const QByteArray ix = floor->geometry()->indexData();
        const auto *idx = reinterpret_cast<const quint32 *>(ix.constData());
        for (qsizetype i = 0; i < ix.size() / 4; ++i)
            addIndex(idx[i] + base);
        base += quint32(count);
        // A cube per marker: 6 faces of 4 corners, as #Cube has.
        for (const auto &m : floor->markers()->markers()) {
            const QVector3D c = m.position + shift;
            const float h = m.size / 2;
            for (int axis = 0; axis < 3; ++axis) {
                for (int sign : {-1, 1}) {
                    QVector3D n, u, w;
                    n[axis] = float(sign);
                    u[(axis + 1) % 3] = 1;
                    w[(axis + 2) % 3] = 1;
                    const QVector3D f = c + n * h;
                    addVertex(f - u * h - w * h);
                    addVertex(f + u * h - w * h);
                    addVertex(f + u * h + w * h);
                    addVertex(f - u * h + w * h);
                    for (quint32 k : {0u, 1u, 2u, 0u, 2u, 3u})
                        addIndex(base + k);
                    base += 4;
                }
            }
        }
    }
    auto *mesh = new QQuick3DGeometry;
    mesh->setStride(3 * sizeof(float));
    mesh->setPrimitiveType(QQuick3DGeometry::PrimitiveType::Triangles);
    mesh->addAttribute(QQuick3DGeometry::Attribute::PositionSemantic, 0, QQuick3DGeometry::Attribute::F32Type);
    mesh->addAttribute(QQuick3DGeometry::Attribute::IndexSemantic, 0, QQuick3DGeometry::Attribute::U32Type);
    mesh->setVertexData(vertices);
    mesh->setIndexData(indices);
    const QVector3D r(float(scene.radius()), float(scene.radius()), float(scene.radius()));
    mesh->setBounds(scene.centre() - r, scene.centre() + r);
    *triangles = int(indices.size() / 12);
    return mesh;
}

struct FrameFigures
{
    double p50 = 0;
    double p99 = 0;
    int frames = 0;
};

FrameFigures figures(const twinbench::FrameRecorder &recorder)
{
    const std::vector<double> times = recorder.frameTimes();
    return {percentile(times, 0.5), percentile(times, 0.99), int(times.size())};
}

/// Shows \a view for \a ms, recording its frames after the first second (the first frames
/// upload what is new), then hides it.
void recordShown(QQuickView *view, twinbench::FrameRecorder *recorder, int ms)
{
    view->show();
    waitMs(1000);
    recorder->start();
    waitMs(ms);
    recorder->stop();
    view->hide();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("3D view benchmark (run it under xvfb-run, see run.sh)."));
    parser.addHelpOption();
    const QCommandLineOption floorsOption(QStringLiteral("floors"), QStringLiteral("Floors."), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption roomsOption(QStringLiteral("rooms"), QStringLiteral("Rooms per floor."), QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption devicesOption(QStringLiteral("devices"), QStringLiteral("Devices per room."), QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Seconds of frames per scene."), QStringLiteral("S"), QStringLiteral("6"));
    const QCommandLineOption tickOption(QStringLiteral("tick"), QStringLiteral("Recolour every MS ms (0: never)."),
                                        QStringLiteral("MS"), QStringLiteral("33"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Rounds of the two scenes in turn (the load of a shared machine changes)."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({floorsOption, roomsOption, devicesOption, secondsOption, tickOption, roundsOption});
    parser.process(app);
    const int floors = parser.value(floorsOption).toInt(), rooms = parser.value(roomsOption).toInt();
    const int devices = parser.value(devicesOption).toInt(), seconds = parser.value(secondsOption).toInt();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    const double rssStart = memoryMiB("VmRSS:");
    Project project;
    Diagnostics diagnostics;
    if (!project.setContent(twintest::syntheticBuilding(floors, rooms, devices), &diagnostics)) {
        std::fprintf(stderr, "twin_view3d_bench: the synthetic site does not load\n");
        return 1;
    }
    const double rssDocument = memoryMiB("VmRSS:");

    QElapsedTimer clock;
    clock.start();
    BuildingScene scene(&project);
    const double buildMs = double(clock.nsecsElapsed()) / 1e6;
    const double rssScene = memoryMiB("VmRSS:");
    view3d::RoomColouring colouring(&scene, &project);
    int triangles = 0, markers = 0;
    for (const view3d::BuildingFloor *floor : scene.floors()) {
        triangles += floor->geometry()->triangleCount();
        markers += floor->markerCount();
    }
    const QStringList roomIds = scene.roomIds();
    std::printf("site: %d floors, %lld rooms, %d markers; %d floor triangles (+%d in marker cubes)\n", floors,
                qlonglong(roomIds.size()), markers, triangles, markers * 12);
    std::printf("scene build: %.1f ms; memory: document %.0f MiB, scene %.0f MiB\n", buildMs, rssDocument - rssStart,
                rssScene - rssDocument);

    // Every room a new colour: the scene's own path, and through the plan's live overlay.
    const QList<QColor> palette{QColor(0x45, 0x75, 0xb4), QColor(0x91, 0xbf, 0xdb), QColor(0x8f, 0xd1, 0x6a),
                                QColor(0xfd, 0xae, 0x61), QColor(0xd7, 0x30, 0x27)};
    int tick = 0;
    auto recolour = [&] {
        // Rooms by their dense index, as a tick resolves ids once, not per change.
        for (int i = 0; i < scene.roomCount(); ++i)
            scene.setRoomColour(i, palette[(i + tick) % palette.size()], false);
        scene.commitColours();
        ++tick;
    };
    std::vector<double> updateMs;
    for (int k = 0; k < 60; ++k) {
        clock.restart();
        recolour();
        updateMs.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    colouring.setTint(LivePlanOverlay::Tint::Temperature);
    std::vector<double> overlayMs, recordMs;
    LivePlanOverlay overlay(&project);
    overlay.setTint(LivePlanOverlay::Tint::Temperature);
    for (int k = 0; k < 20; ++k) {
        QList<LiveReading> readings;
        readings.reserve(roomIds.size());
        for (qsizetype i = 0; i < roomIds.size(); ++i)
            readings.append(LiveReading{roomIds[i] + QStringLiteral("-d0"), QStringLiteral("Temperature"),
                                        QStringLiteral("Temperature"), QStringLiteral("degreeCelsius"),
                                        16.0 + double((i + k) % 12), 1'700'000'000'000 + k * 100});
        clock.restart();
        colouring.record(readings, 1'700'000'000'000 + k * 100);
        overlayMs.push_back(double(clock.nsecsElapsed()) / 1e6);
        clock.restart();
        overlay.record(readings, 1'700'000'000'000 + k * 100);
        recordMs.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    colouring.setTint(LivePlanOverlay::Tint::None);
    std::printf("recolour all %lld rooms (GUI thread): median %.3f ms, p99 %.3f ms; through the live overlay "
                "(one reading a room): median %.1f ms, of which LivePlanOverlay::record %.1f ms\n",
                qlonglong(roomIds.size()), percentile(updateMs, 0.5), percentile(updateMs, 0.99),
                percentile(overlayMs, 0.5), percentile(recordMs, 0.5));

    // Frames: the building recoloured on a 30 Hz tick, and the bare static mesh, in turns.
    const QSize size(1280, 720);
    QQuickView building;
    building.setFormat(QQuick3D::idealSurfaceFormat());
    building.setResizeMode(QQuickView::SizeRootObjectToView);
    building.resize(size);
    building.setSource(QUrl(QStringLiteral("qrc:/TwinStudio/Views/views/BuildingView.qml")));
    QQuickItem *root = building.rootObject();
    if (!root) {
        std::fprintf(stderr, "twin_view3d_bench: BuildingView.qml does not load\n");
        return 1;
    }
    root->setProperty("scene", QVariant::fromValue(static_cast<QObject *>(&scene)));
    root->setProperty("colouring", QVariant::fromValue(static_cast<QObject *>(&colouring)));
    root->setProperty("antialiasing", false);
    // Both scenes draw their triangles on every frame: an offscreen View3D (the default)
    // draws only when its scene changed, so a still reference would measure no 3D work.
    root->property("view").value<QObject *>()->setProperty("renderMode", QStringLiteral("Underlay"));
    QMetaObject::invokeMethod(root, "fitAll");
    const QVector3D target = root->property("target").value<QVector3D>();
    const double distance = root->property("distance").toDouble();

    int baselineTriangles = 0;
    QQuick3DGeometry *mesh = staticMesh(scene, &baselineTriangles);
    QQuickView bare;
    bare.setFormat(QQuick3D::idealSurfaceFormat());
    bare.setResizeMode(QQuickView::SizeRootObjectToView);
    bare.resize(size);
    bare.setSource(QUrl::fromLocalFile(QStringLiteral(TWIN_BASELINE_QML)));
    QQuickItem *bareRoot = bare.rootObject();
    if (!bareRoot) {
        std::fprintf(stderr, "twin_view3d_bench: Baseline.qml does not load\n");
        return 1;
    }
    mesh->setParent(bareRoot);
    bareRoot->setProperty("mesh", QVariant::fromValue(static_cast<QObject *>(mesh)));
    bareRoot->setProperty("target", target);
    bareRoot->setProperty("distance", distance);
    bareRoot->setProperty("clipFar", distance + std::max(50.0, scene.radius() * 4));

    QTimer ticker;
    ticker.setInterval(parser.value(tickOption).toInt());
    std::vector<double> tickMs;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        QElapsedTimer t;
        t.start();
        recolour();
        tickMs.push_back(double(t.nsecsElapsed()) / 1e6);
    });
    twinbench::FrameRecorder ourRecorder(&building), bareRecorder(&bare);
    double rssShown = 0;
    const int roundMs = seconds * 1000 / rounds;
    for (int round = 0; round < rounds; ++round) {
        if (ticker.interval() > 0)
            ticker.start();
        recordShown(&building, &ourRecorder, roundMs);
        ticker.stop();
        rssShown = std::max(rssShown, memoryMiB("VmRSS:"));
        recordShown(&bare, &bareRecorder, roundMs);
    }
    const FrameFigures ours = figures(ourRecorder), baseline = figures(bareRecorder);

    std::printf("%d rounds of each scene in turn, both drawn on every frame\n", rounds);
    std::printf("frames at %dx%d while every room changes colour every %d ms: p50 %.1f ms, p99 %.1f ms (%d frames); "
                "tick on the GUI thread median %.3f ms\n",
                size.width(), size.height(), ticker.interval(), ours.p50, ours.p99, ours.frames, percentile(tickMs, 0.5));
    std::printf("bare static mesh, %d triangles, one material: p50 %.1f ms, p99 %.1f ms (%d frames)\n",
                baselineTriangles, baseline.p50, baseline.p99, baseline.frames);
    std::printf("ratio: p50 %.2fx, p99 %.2fx\n", baseline.p50 > 0 ? ours.p50 / baseline.p50 : 0.0,
                baseline.p99 > 0 ? ours.p99 / baseline.p99 : 0.0);
    std::printf("memory: resident with the building shown %.0f MiB, peak %.0f MiB\n", rssShown, memoryMiB("VmHWM:"));
    return 0;
}
