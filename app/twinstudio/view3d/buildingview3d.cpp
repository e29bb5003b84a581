// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildingview3d.h"

#include "view3d/buildingscene.h"
#include "view3d/notificationbadges.h"
#include "view3d/roomcolouring.h"

#include "emptyhint.h"

#include "document/project.h"
#include "itemmodels/twinselection.h"

#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QQuick3D>
#include <QQuickItem>
#include <QQuickWidget>
#include <QSlider>
#include <QToolBar>
#include <QVBoxLayout>

namespace twin::ui {

namespace {
const QUrl kSource(QStringLiteral("qrc:/TwinStudio/Views/views/BuildingView.qml"));
/// Floor choices: all floors, then per floor "alone" and "with those above see-through".
constexpr int kAllFloors = -1;
} // namespace

BuildingView3D::BuildingView3D(Project *project, TwinSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_selection(selection)
    , m_scene(new view3d::BuildingScene(project, this))
    , m_colouring(new view3d::RoomColouring(m_scene, project, this))
    , m_badges(new view3d::NotificationBadges(m_scene, project, this))
{
    m_colouring->setBadges(m_badges);
    setObjectName(QStringLiteral("3d"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("View3DToolBar"));
    bar->addAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("Fit All"), this, &BuildingView3D::fitAll)
        ->setToolTip(tr("Show the whole building (F)"));
    bar->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Focus Selection"), this,
                   [this] { focusTwin(m_selection->current()); })
        ->setToolTip(tr("Move the camera to the current twin"));
    bar->addSeparator();
    m_floors = new QComboBox(bar);
    m_floors->setObjectName(QStringLiteral("FloorChoice"));
    m_floors->setToolTip(tr("Which floors are shown"));
    bar->addWidget(m_floors);
    bar->addWidget(new QLabel(tr(" Explode "), bar));
    m_explode = new QSlider(Qt::Horizontal, bar);
    m_explode->setObjectName(QStringLiteral("Explode"));
    m_explode->setRange(0, 20);
    m_explode->setMaximumWidth(140);
    m_explode->setToolTip(tr("Spread the floors apart"));
    bar->addWidget(m_explode);
    layout->addWidget(bar);
    // Holds the Quick view (or the note that there is none) under the start hint.
    m_stage = new QWidget(this);
    m_stage->setObjectName(QStringLiteral("View3DStage"));
    auto *stageLayout = new QVBoxLayout(m_stage);
    stageLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stage, 1);
    m_emptyHint = new EmptyHint(tr("No floor yet: File → New (Ctrl+N) starts a building with its ground floor, "
                                   "Plan → Add Floor… adds one. The rooms drawn on the plan appear here in 3D."),
                                m_stage);

    connect(m_explode, &QSlider::valueChanged, m_scene, [this](int metres) { m_scene->setExplode(metres); });
    connect(m_floors, &QComboBox::currentIndexChanged, this, &BuildingView3D::applyFloorChoice);
    connect(m_scene, &view3d::BuildingScene::floorsChanged, this, &BuildingView3D::updateFloorChoices);
    connect(m_scene, &view3d::BuildingScene::rebuilt, this, [this] {
        showSelection();
        if (isVisible())
            fitAll();
    });
    connect(m_selection, &TwinSelection::selectionChanged, this, &BuildingView3D::showSelection);
    connect(m_selection, &TwinSelection::currentChanged, this, [this](const QString &current) {
        showSelection();
        if (!m_reporting && !current.isEmpty() && isVisible())
            focusTwin(current);
    });
    updateFloorChoices();
    showSelection();
}

BuildingView3D::~BuildingView3D()
{
    // The Quick scene refers to the floors: let it go first.
    delete m_quick;
    m_quick = nullptr;
}

QQuickItem *BuildingView3D::rootItem() const
{
    return m_quick ? m_quick->rootObject() : nullptr;
}

void BuildingView3D::followLiveSession(LiveSession *session)
{
    m_colouring->followLiveSession(session);
}

void BuildingView3D::setValueFeed(const LiveValueFeed *feed)
{
    m_colouring->setValueFeed(feed);
}

void BuildingView3D::followNotifications(NotificationModel *model)
{
    m_badges->followModel(model);
}

void BuildingView3D::setTint(LivePlanOverlay::Tint tint)
{
    m_colouring->setTint(tint);
}

bool BuildingView3D::colourByRule(const QString &valueName)
{
    return m_colouring->colourByRule(valueName);
}

void BuildingView3D::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_quick)
        createQuickView();
    if (!m_fitted) {
        fitAll();
        m_fitted = rootItem() != nullptr;
    }
}

void BuildingView3D::createQuickView()
{
    const QString platform = QGuiApplication::platformName();
    if (platform == QStringLiteral("offscreen") || platform == QStringLiteral("minimal")) {
        // Quick 3D needs a GPU API; these platforms have none.
        auto *label = new QLabel(tr("The 3D view needs a display with OpenGL."), this);
        label->setAlignment(Qt::AlignCenter);
        label->setEnabled(false);
        m_stage->layout()->addWidget(label);
        m_quick = nullptr;
        m_noDisplay = true;
        m_emptyHint->hide(); // one grey note at a time
        return;
    }
    m_quick = new QQuickWidget(this);
    m_quick->setObjectName(QStringLiteral("View3DQuick"));
    m_quick->setFormat(QQuick3D::idealSurfaceFormat());
    m_quick->setResizeMode(QQuickWidget::SizeRootObjectToView);
    m_quick->setFocusPolicy(Qt::StrongFocus);
    m_quick->setSource(kSource);
    QQuickItem *root = m_quick->rootObject();
    if (!root) {
        for (const QQmlError &error : m_quick->errors())
            qWarning("%s", qPrintable(error.toString()));
        return;
    }
    root->setProperty("scene", QVariant::fromValue(static_cast<QObject *>(m_scene)));
    root->setProperty("colouring", QVariant::fromValue(static_cast<QObject *>(m_colouring)));
    root->setProperty("badges", QVariant::fromValue(static_cast<QObject *>(m_badges)));
    connect(root, SIGNAL(twinClicked(QString, int)), this, SLOT(onTwinClicked(QString, int)));
    m_stage->layout()->addWidget(m_quick);
    m_emptyHint->raise();
    applyFloorChoice();
}

void BuildingView3D::fitAll()
{
    if (QQuickItem *root = rootItem())
        QMetaObject::invokeMethod(root, "fitAll");
}

void BuildingView3D::focusTwin(const QString &twinId)
{
    QQuickItem *root = rootItem();
    if (!root || twinId.isEmpty())
        return;
    // A twin not drawn itself (a sensor inside a device) is shown by what holds it.
    const TwinGraph *g = m_project->graph();
    QString shown = twinId;
    for (int i = g->indexOfTwin(twinId); i >= 0 && !m_scene->contains(shown); i = g->parentOf(i))
        shown = g->twin(i).id;
    QMetaObject::invokeMethod(root, "focusOn", Q_ARG(QVariant, shown));
}

void BuildingView3D::showSelection()
{
    m_scene->setSelection(m_selection->selectedIds());
}

void BuildingView3D::onTwinClicked(const QString &id, int modifiers)
{
    m_reporting = true;
    if (id.isEmpty()) {
        if (!(modifiers & Qt::ControlModifier))
            m_selection->clear();
    } else if (modifiers & (Qt::ControlModifier | Qt::ShiftModifier)) {
        m_selection->toggle(id);
    } else {
        m_selection->selectOnly(id);
    }
    m_reporting = false;
}

void BuildingView3D::updateFloorChoices()
{
    const QVariant chosen = m_floors->currentData();
    const QSignalBlocker blocker(m_floors);
    m_floors->clear();
    m_floors->addItem(tr("All floors"), QVariantList{kAllFloors, false});
    const TwinGraph *g = m_project->graph();
    for (const view3d::BuildingFloor *floor : m_scene->floors()) {
        const Twin *t = g->findTwin(floor->twinId());
        const QString name = t ? t->displayName() : floor->twinId();
        m_floors->addItem(tr("%1 alone").arg(name), QVariantList{floor->index(), false});
        m_floors->addItem(tr("%1, floors above see-through").arg(name), QVariantList{floor->index(), true});
    }
    const int again = m_floors->findData(chosen);
    m_floors->setCurrentIndex(again >= 0 ? again : 0);
    m_emptyHint->setVisible(!m_noDisplay && m_scene->floors().isEmpty());
    applyFloorChoice();
}

void BuildingView3D::applyFloorChoice()
{
    QQuickItem *root = rootItem();
    const QVariantList choice = m_floors->currentData().toList();
    if (!root || choice.size() != 2)
        return;
    root->setProperty("soloFloor", choice[0].toInt());
    root->setProperty("transparentAbove", choice[1].toBool());
}

} // namespace twin::ui
