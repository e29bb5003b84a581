// SPDX-License-Identifier: GPL-3.0-or-later
#include "planlegend.h"

#include "planlivelayer.h"

#include <QActionGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace twin::ui {

namespace {

QPixmap swatch(const QColor &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(QColor(0x70, 0x78, 0x82));
    p.setBrush(colour);
    p.drawRect(QRectF(0.5, 0.5, 13, 13));
    return pixmap;
}

} // namespace

PlanLegend::PlanLegend(PlanLiveLayer *layer, QWidget *parent)
    : QWidget(parent)
    , m_layer(layer)
    , m_menu(new QMenu(tr("&Colour Rooms By"), this))
    , m_group(new QActionGroup(this))
    , m_button(new QToolButton(this))
    , m_swatches(new QWidget(this))
    , m_swatchLayout(new QHBoxLayout(m_swatches))
{
    using Tint = LivePlanOverlay::Tint;
    m_menu->setObjectName(QStringLiteral("tintMenu"));
    m_menu->setToolTip(tr("Colour the rooms of the plan by a live value"));
    for (Tint tint : {Tint::None, Tint::Temperature, Tint::CarbonDioxide, Tint::Occupancy}) {
        QAction *a = m_menu->addAction(LivePlanOverlay::tintName(tint));
        a->setCheckable(true);
        a->setChecked(tint == layer->tint());
        a->setData(int(tint));
        m_group->addAction(a);
        connect(a, &QAction::triggered, layer, [layer, tint] { layer->setTint(tint); });
    }
    m_button->setObjectName(QStringLiteral("tintButton"));
    m_button->setMenu(m_menu);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setAutoRaise(true);
    m_swatchLayout->setContentsMargins(0, 0, 0, 0);
    m_swatchLayout->setSpacing(4);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(4, 0, 4, 2);
    row->addWidget(m_swatches);
    row->addStretch(1);
    connect(layer, &PlanLiveLayer::tintChanged, this, &PlanLegend::showTint);
    connect(m_menu, &QMenu::aboutToShow, this, &PlanLegend::listRules);
    listRules();
    showTint(layer->tint());
}

void PlanLegend::listRules()
{
    for (QAction *a : m_menu->actions()) {
        if (a->property("rule").isValid()) {
            m_group->removeAction(a);
            m_menu->removeAction(a);
            a->deleteLater();
        }
    }
    for (const ColourRule &rule : m_layer->overlay().projectRules()) {
        QAction *a = m_menu->addAction(rule.valueName);
        a->setProperty("rule", rule.valueName);
        a->setCheckable(true);
        a->setData(int(LivePlanOverlay::Tint::Rule));
        a->setToolTip(tr("Colour rooms by the project's colour rule for %1").arg(rule.valueName));
        m_group->addAction(a);
        a->setChecked(isChosen(a));
        const QString name = rule.valueName;
        connect(a, &QAction::triggered, m_layer, [layer = m_layer, name] { layer->colourByRule(name); });
    }
}

bool PlanLegend::isChosen(const QAction *action) const
{
    const LivePlanOverlay &overlay = m_layer->overlay();
    if (action->data().toInt() != int(overlay.tint()))
        return false;
    return overlay.tint() != LivePlanOverlay::Tint::Rule || action->property("rule").toString() == overlay.rule().valueName;
}

QStringList PlanLegend::entries() const
{
    QStringList texts;
    for (const QLabel *label : m_swatches->findChildren<QLabel *>()) {
        if (!label->text().isEmpty())
            texts.append(label->text());
    }
    return texts;
}

void PlanLegend::showTint(LivePlanOverlay::Tint tint)
{
    const bool byRule = tint == LivePlanOverlay::Tint::Rule;
    if (byRule)
        listRules();
    for (QAction *a : m_group->actions())
        a->setChecked(isChosen(a));
    const ColourRule &rule = m_layer->overlay().rule();
    m_button->setText(tr("Colour rooms by: %1").arg(byRule ? rule.valueName : LivePlanOverlay::tintName(tint)));
    setVisible(tint != LivePlanOverlay::Tint::None);
    while (QLayoutItem *item = m_swatchLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QList<LivePlanOverlay::LegendEntry> legend = LivePlanOverlay::legend(tint);
    if (byRule) {
        for (const auto &[colour, text] : rule.legend())
            legend.append({colour, text});
    }
    for (const LivePlanOverlay::LegendEntry &entry : std::as_const(legend)) {
        auto *colour = new QLabel(m_swatches);
        colour->setPixmap(swatch(entry.colour));
        m_swatchLayout->addWidget(colour);
        m_swatchLayout->addWidget(new QLabel(entry.text, m_swatches));
        m_swatchLayout->addSpacing(6);
    }
}

} // namespace twin::ui
