// SPDX-License-Identifier: GPL-3.0-or-later
#include "addfloordialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace twin::ui {

AddFloorDialog::AddFloorDialog(const QString &name, double elevation, double height, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name, this))
    , m_elevation(new QDoubleSpinBox(this))
    , m_height(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Add Floor"));
    setObjectName(QStringLiteral("AddFloorDialog"));
    m_name->setObjectName(QStringLiteral("name"));
    m_elevation->setObjectName(QStringLiteral("elevation"));
    m_height->setObjectName(QStringLiteral("height"));
    m_elevation->setRange(-1000, 10000);
    m_elevation->setDecimals(2);
    m_elevation->setSuffix(tr(" m"));
    m_elevation->setValue(elevation);
    m_elevation->setToolTip(tr("Height of the floor's level above the site's datum"));
    m_height->setRange(0.5, 100);
    m_height->setDecimals(2);
    m_height->setSuffix(tr(" m"));
    m_height->setValue(height);
    m_height->setToolTip(tr("Floor-to-floor height, which the 3D view extrudes"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Elevation:"), m_elevation);
    form->addRow(tr("&Height:"), m_height);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    m_name->selectAll();
}

QString AddFloorDialog::name() const
{
    return m_name->text().trimmed();
}

double AddFloorDialog::elevation() const
{
    return m_elevation->value();
}

double AddFloorDialog::floorHeight() const
{
    return m_height->value();
}

} // namespace twin::ui
