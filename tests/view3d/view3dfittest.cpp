// SPDX-License-Identifier: GPL-3.0-or-later
// "Fit all" on the X display (xvfb-run, Mesa llvmpipe): the whole building in the picture,
// every floor from the ground floor's slab to the top floor's walls.
#include "view3d/buildingview3d.h"

#include "view3d/buildingscene.h"

#include "document/project.h"
#include "functions/demoproject.h"
#include "itemmodels/twinselection.h"
#include "support/syntheticsites.h"

#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace twin;

namespace {

/// The corners of the box holding every floor, in scene space.
QList<QVector3D> buildingCorners(const view3d::BuildingScene &scene)
{
    QVector3D lo(1e9f, 1e9f, 1e9f), hi(-1e9f, -1e9f, -1e9f);
    for (const view3d::BuildingFloor *floor : scene.floors()) {
        const QVector3D shift(0, float(floor->y()), 0);
        const QVector3D a = floor->geometry()->boundsMin() + shift, b = floor->geometry()->boundsMax() + shift;
        for (int axis = 0; axis < 3; ++axis) {
            lo[axis] = std::min(lo[axis], a[axis]);
            hi[axis] = std::max(hi[axis], b[axis]);
        }
    }
    QList<QVector3D> corners;
    for (int i = 0; i < 8; ++i)
        corners.append(QVector3D(i & 1 ? hi.x() : lo.x(), i & 2 ? hi.y() : lo.y(), i & 4 ? hi.z() : lo.z()));
    return corners;
}

/// Shows \a project in a 3D view of \a size, fits all, and checks that every corner of the
/// building is drawn inside the view and that the building fills a fair part of it.
void expectWholeBuildingShown(Project *project, QSize size, const char *what)
{
    TwinSelection selection(project);
    ui::BuildingView3D view(project, &selection);
    view.resize(size);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QQuickItem *root = view.rootItem();
    ASSERT_NE(root, nullptr);
    QQuickWidget *quick = view.quickWidget();
    for (int i = 0; i < 50 && (root->width() != quick->width() || root->height() != quick->height()); ++i)
        QTest::qWait(20);
    view.fitAll();
    QTest::qWait(50);
    const QImage image = quick->grabFramebuffer();
    if (const QString dir = qEnvironmentVariable("TWIN_VIEW3D_PICTURES"); !dir.isEmpty())
        image.save(dir + u'/' + QLatin1String(what) + QStringLiteral(".png"));

    QRectF drawn;
    for (const QVector3D &corner : buildingCorners(*view.scene())) {
        QVariant result;
        QMetaObject::invokeMethod(root, "project", Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, corner));
        const QVector3D s = result.value<QVector3D>();
        const QPointF p(s.x(), s.y());
        EXPECT_TRUE(QRectF(0, 0, quick->width(), quick->height()).contains(p))
            << what << ": corner (" << corner.x() << ", " << corner.y() << ", " << corner.z() << ") drawn at ("
            << p.x() << ", " << p.y() << "), outside " << quick->width() << "×" << quick->height();
        drawn = drawn.isNull() ? QRectF(p, QSizeF(0.01, 0.01)) : drawn.united(QRectF(p, QSizeF(0.01, 0.01)));
    }
    // Fitted, not lost in the distance: the building spans most of one side of the view.
    EXPECT_GT(std::max(drawn.width() / quick->width(), drawn.height() / quick->height()), 0.6) << what;
}

} // namespace

TEST(View3DFit, FitAllShowsEveryFloorOfTheDemoAndOfATallBuilding)
{
    if (QGuiApplication::platformName() != QStringLiteral("xcb"))
        GTEST_SKIP() << "no X display (run under xvfb-run, as scripts/test.sh does)";
    Diagnostics d;
    Project demo;
    ASSERT_TRUE(demo.setContent(demoProjectContent(), &d));
    expectWholeBuildingShown(&demo, QSize(900, 700), "demo");
    Project tall;
    ASSERT_TRUE(tall.setContent(twintest::syntheticBuilding(12, 24, 1), &d));
    expectWholeBuildingShown(&tall, QSize(900, 700), "tall");
    // A narrow view: the building must fit across as well as up.
    expectWholeBuildingShown(&tall, QSize(420, 800), "tall-narrow");
}
