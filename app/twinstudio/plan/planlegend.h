// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/liveplanoverlay.h"

#include <QWidget>

class QActionGroup;
class QHBoxLayout;
class QMenu;
class QToolButton;

namespace twin::ui {

class PlanLiveLayer;

/**
 * The strip under the plan that chooses what rooms are coloured by (also offered as a
 * menu for the View menu) and shows that colour scale's legend.
 */
class PlanLegend : public QWidget
{
    Q_OBJECT

public:
    PlanLegend(PlanLiveLayer *layer, QWidget *parent = nullptr);

    /// "Colour Rooms By": None, Temperature, CO₂, Occupancy (exclusive, checkable).
    QMenu *tintMenu() const { return m_menu; }
    /// The legend's texts, low to high (empty without a tint).
    QStringList entries() const;

private:
    void showTint(LivePlanOverlay::Tint tint);

    PlanLiveLayer *const m_layer;
    QMenu *const m_menu;
    QActionGroup *const m_group;
    QToolButton *const m_button;
    QWidget *const m_swatches;
    QHBoxLayout *const m_swatchLayout;
};

} // namespace twin::ui
