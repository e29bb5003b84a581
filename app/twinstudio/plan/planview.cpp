// SPDX-License-Identifier: GPL-3.0-or-later
#include "planview.h"

#include "planscene.h"

#include "document/project.h"

#include <QActionGroup>
#include <QComboBox>
#include <QToolBar>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

namespace twin::ui {

PlanView::PlanView(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_scene(new PlanScene(project, this))
    , m_floorBox(new QComboBox(this))
    , m_view(new QGraphicsView(m_scene, this))
{
    m_floorBox->setToolTip(tr("Floor shown in the plan; the floor below is drawn faded"));
    m_floorBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *fit = new QToolButton(this);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Zoom to show the whole floor (F)"));
    fit->setShortcut(QKeySequence(Qt::Key_F));

    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_view->setDragMode(QGraphicsView::RubberBandDrag);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    m_view->viewport()->installEventFilter(this);

    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *group = new QActionGroup(this);
    auto addTool = [&](const QString &text, const QString &tip, const QKeySequence &key,
                       std::optional<PlanTool::Kind> kind) {
        QAction *a = tools->addAction(text);
        a->setCheckable(true);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        a->setObjectName(text);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, kind] { m_scene->setTool(kind); });
        return a;
    };
    addTool(tr("Select"), tr("Select and move; drag a rubber band to select several"), QKeySequence(Qt::Key_V),
            std::nullopt)->setChecked(true);
    addTool(tr("Rectangle room"), tr("Draw a rectangular room: click two corners or drag"), QKeySequence(Qt::Key_R),
            PlanTool::Kind::RectangleRoom);
    addTool(tr("Polygon room"), tr("Draw a room corner by corner; double-click or click the first corner to close"),
            QKeySequence(Qt::Key_P), PlanTool::Kind::PolygonRoom);
    addTool(tr("Wall"), tr("Draw walls with chained clicks; double-click to finish. Enter types a length"),
            QKeySequence(Qt::Key_W), PlanTool::Kind::Wall);
    tools->addSeparator();
    tools->addWidget(new QLabel(tr(" Alt: no magnetism "), this));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Floor:"), this));
    bar->addWidget(m_floorBox);
    bar->addWidget(tools, 1);
    bar->addWidget(fit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_scene, &PlanScene::floorsChanged, this, &PlanView::updateFloors);
    connect(m_scene, &PlanScene::twinSelected, this, &PlanView::twinSelected);
    connect(m_floorBox, &QComboBox::activated, this, [this](int index) {
        m_scene->setFloor(m_floorBox->itemData(index).toString());
        fitToView();
    });
    connect(fit, &QToolButton::clicked, this, &PlanView::fitToView);
    connect(project, &Project::contentReset, this, [this] { m_fitPending = true; });
}

void PlanView::updateFloors()
{
    const QStringList floors = m_scene->floors();
    const QSignalBlocker blocker(m_floorBox);
    m_floorBox->clear();
    for (const QString &id : floors)
        m_floorBox->addItem(m_project->graph()->findTwin(id)->displayName(), id);
    m_floorBox->setCurrentIndex(int(floors.indexOf(m_scene->floor())));
    m_floorBox->setEnabled(!floors.isEmpty());
    if (m_fitPending && !floors.isEmpty()) {
        m_fitPending = false;
        fitToView();
    }
}

void PlanView::fitToView()
{
    const QRectF content = m_scene->itemsBoundingRect();
    if (!content.isEmpty())
        m_view->fitInView(content.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
}

bool PlanView::selectTwin(const QString &twinId)
{
    const QString floor = m_scene->floorOf(twinId);
    if (floor.isEmpty())
        return false;
    m_scene->setFloor(floor);
    return m_scene->selectTwin(twinId);
}

bool PlanView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        const double factor = std::pow(1.0015, wheel->angleDelta().y());
        const double current = m_view->transform().m11();
        if (current * factor > 0.02 && current * factor < 50)
            m_view->scale(factor, factor);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace twin::ui
