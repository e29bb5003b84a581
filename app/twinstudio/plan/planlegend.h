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
 * What rooms are coloured by: a menu (for the View menu and a toolbar button) and, under
 * the plan, the strip with that colour scale's legend.
 */
class PlanLegend : public QWidget
{
    Q_OBJECT

public:
    PlanLegend(PlanLiveLayer *layer, QWidget *parent = nullptr);

    /// "Colour Rooms By": None, Temperature, CO₂, Occupancy, then the project's colour
    /// rules by their value names (exclusive, checkable).
    QMenu *tintMenu() const { return m_menu; }
    /// The legend's texts, low to high (empty without a tint).
    QStringList entries() const;
    /// The button that opens tintMenu(), for a toolbar; the strip itself shows only
    /// while rooms are coloured, so it takes no room from the plan otherwise.
    QToolButton *tintButton() const { return m_button; }

private:
    void showTint(LivePlanOverlay::Tint tint);
    /// Lists the project's colour rules at the end of the menu (they change with it).
    void listRules();
    bool isChosen(const QAction *action) const;

    PlanLiveLayer *const m_layer;
    QMenu *const m_menu;
    QActionGroup *const m_group;
    QToolButton *const m_button;
    QWidget *const m_swatches;
    QHBoxLayout *const m_swatchLayout;
};

} // namespace twin::ui
