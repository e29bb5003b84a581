// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardtile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace twin::ui {

/// Edits one tile's settings: title, twin, value, aggregate, thresholds, scale, ranking.
class DashboardTileDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a twinIds are offered for the twin (it may be typed too).
    DashboardTileDialog(const DashboardTile &tile, const QStringList &twinIds, QWidget *parent = nullptr);

    /// The tile as edited (its place on the grid unchanged).
    DashboardTile tile() const;

private:
    void updateEnabled();

    const DashboardTile m_original;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_twin = nullptr;
    QLineEdit *m_value = nullptr;
    QComboBox *m_aggregate = nullptr;
    QLineEdit *m_warning = nullptr;
    QLineEdit *m_alarm = nullptr;
    QLineEdit *m_minimum = nullptr;
    QLineEdit *m_maximum = nullptr;
    QCheckBox *m_ascending = nullptr;
    QSpinBox *m_limit = nullptr;
};

} // namespace twin::ui
