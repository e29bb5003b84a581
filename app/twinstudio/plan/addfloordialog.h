// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLineEdit;

namespace twin::ui {

/// Asks for a new floor's name, elevation and height (metres).
class AddFloorDialog : public QDialog
{
    Q_OBJECT

public:
    AddFloorDialog(const QString &name, double elevation, double height, QWidget *parent = nullptr);

    QString name() const;
    double elevation() const;
    double floorHeight() const;

private:
    QLineEdit *const m_name;
    QDoubleSpinBox *const m_elevation;
    QDoubleSpinBox *const m_height;
};

} // namespace twin::ui
