// SPDX-License-Identifier: GPL-3.0-or-later
#include "planview.h"

#include "emptyhint.h"

#include "planlegend.h"
#include "planlivelayer.h"
#include "addfloordialog.h"
#include "planscene.h"

#include "document/project.h"
#include "document/twinfactory.h"
#include "itemmodels/twinselection.h"

#include <QActionGroup>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QSlider>
#include <QToolBar>
#include <QWidgetAction>
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
    , m_opacity(new QSlider(Qt::Horizontal, this))
{
    m_floorBox->setToolTip(tr("Floor shown in the plan; the floor below is drawn faded"));
    m_floorBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fitAction = new QAction(tr("Zoom to &Fit"), this);
    m_fitAction->setObjectName(QStringLiteral("fit"));
    m_fitAction->setShortcuts({QKeySequence(Qt::Key_F), QKeySequence(Qt::CTRL | Qt::Key_0)});
    m_fitAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_fitAction->setToolTip(tr("Zoom to show the whole floor (F, Ctrl+0)"));
    addAction(m_fitAction);
    auto *fit = new QToolButton(this);
    fit->setDefaultAction(m_fitAction);
    fit->setText(tr("Fit"));

    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_view->setDragMode(QGraphicsView::RubberBandDrag);
    m_view->setRubberBandSelectionMode(Qt::ContainsItemShape);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    m_view->viewport()->installEventFilter(this);
    m_view->setAcceptDrops(true);

    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *group = new QActionGroup(this);
    auto addTool = [&](const QString &text, const QString &tip, const QKeySequence &key,
                       std::optional<PlanTool::Kind> kind) {
        QAction *a = tools->addAction(text);
        a->setCheckable(true);
        a->setShortcut(key);
        // The keys work wherever the focus is in the window while the plan is shown.
        a->setShortcutContext(Qt::WindowShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        if (kind)
            a->setToolTip(a->toolTip() + u'\n' + tr("Hold Alt to place points without magnetism"));
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
    addTool(tr("Door"), tr("Click on a wall to cut a door; Enter sets the door width"), QKeySequence(Qt::Key_D),
            PlanTool::Kind::Door);
    addTool(tr("Dimension"), tr("Draw a dimension line with two clicks"), QKeySequence(Qt::Key_M),
            PlanTool::Kind::Dimension);
    QAction *calibrateTool = addTool(tr("Calibrate"), tr("Click two points on the background image, then type their real distance"),
                                     QKeySequence(Qt::Key_K), PlanTool::Kind::Calibrate);
    // The toolbar keeps the drawing tools and fits beside the docks: calibrating and the
    // background's opacity, needed once per floor, are in the Plan menu (K still calibrates).
    tools->removeAction(calibrateTool);
    addAction(calibrateTool);
    m_opacity->setObjectName(QStringLiteral("backgroundOpacity"));
    m_opacity->setRange(0, 100);
    m_opacity->setMinimumWidth(120);
    m_opacity->setToolTip(tr("Opacity of the floor's background image"));

    auto addEditAction = [this](const QString &name, const QString &text, QKeySequence::StandardKey key,
                                auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, m_scene, slot);
        addAction(a);
        m_editActions.append(a);
    };
    addEditAction(QStringLiteral("copy"), tr("&Copy"), QKeySequence::Copy, &PlanScene::copyToClipboard);
    addEditAction(QStringLiteral("paste"), tr("&Paste"), QKeySequence::Paste, &PlanScene::pasteFromClipboard);
    addEditAction(QStringLiteral("delete"), tr("&Delete"), QKeySequence::Delete, &PlanScene::deleteSelection);

    m_planMenu = new QMenu(tr("&Plan"), this);
    m_planMenu->addAction(tr("Add &Floor…"), this, &PlanView::chooseFloorToAdd)->setObjectName(QStringLiteral("addFloor"));
    m_planMenu->addSeparator();
    m_planMenu->addAction(tr("&Background Image…"), this, &PlanView::chooseBackgroundImage);
    m_calibrateAction = m_planMenu->addAction(tr("&Calibrate Background…"), calibrateTool, &QAction::trigger);
    m_removeBackgroundAction = m_planMenu->addAction(tr("&Remove Background"), m_scene,
                                                     [this] { m_scene->editor().removeBackground(); });
    auto *opacityRow = new QWidget(this);
    auto *opacityLayout = new QHBoxLayout(opacityRow);
    opacityLayout->setContentsMargins(8, 2, 8, 2);
    opacityLayout->addWidget(new QLabel(tr("Background opacity:"), opacityRow));
    opacityLayout->addWidget(m_opacity, 1);
    auto *opacityAction = new QWidgetAction(this);
    opacityAction->setObjectName(QStringLiteral("backgroundOpacityAction"));
    opacityAction->setDefaultWidget(opacityRow);
    m_planMenu->addAction(opacityAction);
    m_planMenu->addSeparator();
    auto addDoorAction = [this](const QString &name, const QString &text, const QString &tip, const QKeySequence &key,
                                bool hinge) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, m_scene, [this, hinge] { m_scene->flipSelectedDoors(hinge); });
        addAction(a);
        m_planMenu->addAction(a);
        return a;
    };
    m_flipSideAction = addDoorAction(QStringLiteral("flipDoorSwing"), tr("Flip Door &Swing"),
                                     tr("Make the selected doors open to the other side of their wall (X)"),
                                     QKeySequence(Qt::Key_X), false);
    m_flipHingeAction = addDoorAction(QStringLiteral("flipDoorHinge"), tr("Flip Door &Hinge"),
                                      tr("Hinge the selected doors at the other end of their opening (Shift+X)"),
                                      QKeySequence(Qt::SHIFT | Qt::Key_X), true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Floor:"), this));
    bar->addWidget(m_floorBox);
    bar->addWidget(tools, 1);
    bar->addWidget(fit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    m_live = new PlanLiveLayer(m_scene, project);
    m_legend = new PlanLegend(m_live, this);
    layout->addWidget(m_legend);
    tools->addSeparator();
    tools->addWidget(m_legend->tintButton());

    connect(m_scene, &PlanScene::floorsChanged, this, &PlanView::updateFloors);
    connect(m_scene, &PlanScene::floorsChanged, this, &PlanView::updateBackgroundControls);
    // A slider drag is one undo step.
    connect(m_opacity, &QSlider::sliderPressed, this, [this] { m_opacityDrag = m_project->newDragId(); });
    connect(m_opacity, &QSlider::sliderReleased, this, [this] { m_opacityDrag = 0; });
    connect(m_opacity, &QSlider::valueChanged, this,
            [this](int value) { m_scene->editor().setBackgroundOpacity(value / 100.0, m_opacityDrag); });
    connect(m_scene, &PlanScene::errorOccurred, this, &PlanView::errorOccurred);
    connect(m_floorBox, &QComboBox::activated, this, [this](int index) {
        m_scene->setFloor(m_floorBox->itemData(index).toString());
        fitToView();
    });
    connect(m_fitAction, &QAction::triggered, this, &PlanView::fitToView);
    connect(project, &Project::contentReset, this, [this] { m_fitPending = true; });
    updateBackgroundControls();
    m_emptyHint = new EmptyHint(QString(), m_view->viewport());
    // The scene tells of every change in one signal an event loop turn: cheap enough to
    // look whether the floor still has nothing on it.
    connect(m_scene, &QGraphicsScene::changed, this, &PlanView::updateEmptyHint);
    updateEmptyHint();
}

void PlanView::updateEmptyHint()
{
    if (!m_emptyHint)
        return;
    QString text;
    if (m_scene->floors().isEmpty()) {
        text = tr("No floor yet: File → New (Ctrl+N) starts a building with its ground floor, Plan → Add Floor… "
                  "adds one. Then draw rooms with Rectangle room (R) or Polygon room (P).");
    } else if (m_scene->itemsBoundingRect().isEmpty()) {
        const Twin *floor = m_project->graph()->findTwin(m_scene->floor());
        text = tr("%1 is empty: draw rooms with Rectangle room (R) or Polygon room (P), walls with Wall (W) and "
                  "doors with Door (D). Plan → Background Image… puts a scanned plan underneath to trace.")
                   .arg(floor ? floor->displayName() : m_scene->floor());
    }
    if (!text.isEmpty())
        m_emptyHint->setText(text);
    m_emptyHint->setVisible(!text.isEmpty());
}

void PlanView::followLiveSession(LiveSession *session)
{
    m_live->followLiveSession(session);
}

QMenu *PlanView::tintMenu() const
{
    return m_legend->tintMenu();
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
    updateEmptyHint();
    if (m_fitPending && isVisible() && fitOrFrameEmptyFloor())
        m_fitPending = false;
}

bool PlanView::fitOrFrameEmptyFloor()
{
    if (fitToView())
        return true;
    if (m_scene->floor().isEmpty())
        return false;
    // An empty floor gets a drawing scale with its origin near the top-left corner, so
    // that the first room drawn does not make the view jump to it.
    constexpr double scale = 0.5;
    const int margin = 4 * fontMetrics().height();
    const QRect viewport = m_view->viewport()->rect();
    m_view->setTransform(QTransform::fromScale(scale, scale));
    m_view->centerOn(QPointF(viewport.width() / 2.0 - margin, viewport.height() / 2.0 - margin) / scale);
    return true;
}

void PlanView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitAfterResize();
}

void PlanView::fitAfterResize()
{
    // The first real size is when a freshly loaded plan can be fitted.
    // Until the user zooms, the plan keeps fitting the view as it is resized.
    if ((m_fitPending || m_autoFit) && fitOrFrameEmptyFloor())
        m_fitPending = false;
}

bool PlanView::fitToView()
{
    const QRectF content = m_scene->itemsBoundingRect();
    if (content.isEmpty())
        return false;
    m_autoFit = true;
    // A margin in screen pixels, not scene units: dimension labels and markers keep their
    // screen size at every zoom, so they stick out of the items' scene rectangle.
    const QRect viewport = m_view->viewport()->rect();
    const int margin = 4 * fontMetrics().height();
    const double scale = std::min((viewport.width() - 2 * margin) / content.width(),
                                  (viewport.height() - 2 * margin) / content.height());
    if (scale <= 0) {
        m_view->fitInView(content, Qt::KeepAspectRatio);
        return true;
    }
    m_view->setTransform(QTransform::fromScale(scale, scale));
    m_view->centerOn(content.center());
    if (m_live) // not yet while the view is built
        m_live->arrangeLabels();
    return true;
}

void PlanView::setSelection(TwinSelection *selection)
{
    m_scene->setSelection(selection);
}

bool PlanView::selectTwin(const QString &twinId)
{
    if (m_scene->floorOf(twinId).isEmpty())
        return false;
    // The scene follows the selection to the twin's floor.
    m_scene->selection()->selectOnly(twinId);
    return m_scene->selectedTwins().contains(twinId);
}

bool PlanView::itemMenu(QContextMenuEvent *event)
{
    for (QGraphicsItem *item : m_view->items(event->pos())) {
        if (!item->isEnabled() || !(item->flags() & QGraphicsItem::ItemIsSelectable))
            continue;
        if (!item->isSelected()) {
            m_scene->clearSelection();
            item->setSelected(true);
        }
        // The actions that apply to what was clicked: a door's flips, then the edits.
        QMenu menu(this);
        if (auto *door = dynamic_cast<OpeningItem *>(item); door && door->isDoor()) {
            menu.addActions(doorActions());
            menu.addSeparator();
        }
        for (QAction *a : std::as_const(m_editActions)) {
            if (a->objectName() != QLatin1String("copy") || dynamic_cast<RoomItem *>(item)
                || dynamic_cast<MarkerItem *>(item))
                menu.addAction(a);
        }
        menu.exec(event->globalPos());
        return true;
    }
    return false;
}

bool PlanView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && pan(event))
        return true;
    // This widget's own resize comes before its layout has sized the view: fit again once
    // the viewport has its new size (docks resized after the window first shows).
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitAfterResize();
    if (watched == m_view->viewport() && event->type() == QEvent::ContextMenu
        && itemMenu(static_cast<QContextMenuEvent *>(event)))
        return true;
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        zoomBy(std::pow(1.0015, wheel->angleDelta().y()));
        return true;
    }
    if (watched == m_view->viewport() && event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value());
            return true;
        }
        if (gesture->gestureType() == Qt::SmartZoomNativeGesture) {
            fitToView();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool PlanView::pan(QEvent *event)
{
    // The middle button drags the plan, whatever tool is active.
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseMove && type != QEvent::MouseButtonRelease)
        return false;
    auto *mouse = static_cast<QMouseEvent *>(event);
    const QPoint pos = mouse->position().toPoint();
    if (type == QEvent::MouseButtonPress && mouse->button() == Qt::MiddleButton) {
        m_panFrom = pos;
        m_view->viewport()->setCursor(Qt::ClosedHandCursor);
        return true;
    }
    if (!m_panFrom)
        return false;
    if (type == QEvent::MouseMove) {
        const QPoint delta = pos - *m_panFrom;
        m_panFrom = pos;
        m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->value() - delta.x());
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() - delta.y());
        m_autoFit = false;
        return true;
    }
    if (mouse->button() == Qt::MiddleButton) {
        m_panFrom.reset();
        m_view->viewport()->unsetCursor();
        return true;
    }
    return false;
}

void PlanView::zoomBy(double factor)
{
    const double current = m_view->transform().m11();
    if (factor > 0 && current * factor > 0.02 && current * factor < 50)
        m_view->scale(factor, factor);
    m_autoFit = false;
    m_live->arrangeLabels();
}

void PlanView::updateBackgroundControls()
{
    const BackgroundImage background = m_scene->editor().background();
    const QSignalBlocker blocker(m_opacity);
    m_opacity->setEnabled(!background.isNull());
    m_opacity->setValue(int(std::lround(background.opacity * 100)));
    m_calibrateAction->setEnabled(!background.isNull());
    m_removeBackgroundAction->setEnabled(!background.isNull());
}

void PlanView::chooseBackgroundImage()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
    const QString path = QFileDialog::getOpenFileName(this, tr("Background Image"), QString(),
                                                      tr("Images (%1)").arg(patterns.join(u' ')));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_scene->editor().setBackgroundImage(path, &error))
        emit errorOccurred(error);
}

QString PlanView::addFloor(const QString &name, double elevation, double height)
{
    // The new floor joins the building of the floor shown, else the first building.
    const TwinGraph *g = m_project->graph();
    int parent = g->parentOf(g->indexOfTwin(m_scene->floor()));
    for (int i : g->twinIndices()) {
        if (parent < 0 && TwinFactory::shortName(g->twin(i).model) == QLatin1String("Building"))
            parent = i;
    }
    QString error, id;
    if (!m_scene->editor().addFloor(parent < 0 ? QString() : g->twin(parent).id, name, elevation, height, &error,
                                    &id)) {
        emit errorOccurred(tr("Cannot add the floor: %1").arg(error));
        return QString();
    }
    m_scene->setFloor(id);
    return id;
}

void PlanView::chooseFloorToAdd()
{
    // Above the highest floor, as high as it.
    double elevation = 0, height = 3;
    const QStringList floors = m_scene->floors();
    if (const Twin *top = floors.isEmpty() ? nullptr : m_project->graph()->findTwin(floors.last())) {
        const FloorLayout layout = top->geometry.floor.value_or(FloorLayout{});
        elevation = layout.elevation + layout.height;
        height = layout.height;
    }
    AddFloorDialog dialog(tr("Floor %1").arg(floors.size()), elevation, height, this);
    if (dialog.exec() == QDialog::Accepted)
        addFloor(dialog.name(), dialog.elevation(), dialog.floorHeight());
}

} // namespace twin::ui
