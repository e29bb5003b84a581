// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardtiledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace twin::ui {

namespace {

QString optionalText(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v) : QString();
}

std::optional<double> optionalNumber(const QLineEdit *edit)
{
    bool ok = false;
    const double v = QLocale().toDouble(edit->text().trimmed(), &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

DashboardTileDialog::DashboardTileDialog(const DashboardTile &tile, const QStringList &twinIds, QWidget *parent)
    : QDialog(parent)
    , m_original(tile)
{
    setWindowTitle(tr("Dashboard Tile"));
    auto *form = new QFormLayout(this);
    m_kind = new QComboBox(this);
    for (auto kind : {DashboardTile::Kind::Value, DashboardTile::Kind::Gauge, DashboardTile::Kind::Sparkline,
                      DashboardTile::Kind::Rooms, DashboardTile::Kind::Alerts})
        m_kind->addItem(DashboardTile::kindDisplayName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(tile.kind)));
    form->addRow(tr("Kind:"), m_kind);
    m_title = new QLineEdit(tile.title, this);
    m_title->setPlaceholderText(tr("made from the twin and the value"));
    form->addRow(tr("Title:"), m_title);
    m_twin = new QComboBox(this);
    m_twin->setEditable(true);
    m_twin->addItems(twinIds);
    m_twin->setCurrentText(tile.twinId);
    form->addRow(tr("Twin:"), m_twin);
    m_value = new QLineEdit(tile.value, this);
    m_value->setPlaceholderText(tr("a telemetry name or a type such as Temperature"));
    form->addRow(tr("Value:"), m_value);
    m_aggregate = new QComboBox(this);
    m_aggregate->addItem(tr("Latest value of the twin"), int(DashboardTile::Aggregate::Latest));
    m_aggregate->addItem(tr("Mean of the sensors below"), int(DashboardTile::Aggregate::Mean));
    m_aggregate->addItem(tr("Minimum of the sensors below"), int(DashboardTile::Aggregate::Min));
    m_aggregate->addItem(tr("Maximum of the sensors below"), int(DashboardTile::Aggregate::Max));
    m_aggregate->setCurrentIndex(m_aggregate->findData(int(tile.aggregate)));
    form->addRow(tr("Aggregate:"), m_aggregate);
    const auto number = [this](const QString &text) {
        auto *edit = new QLineEdit(text, this);
        edit->setValidator(new QDoubleValidator(edit));
        return edit;
    };
    m_warning = number(optionalText(tile.warning));
    m_warning->setPlaceholderText(tr("none"));
    form->addRow(tr("Warning at:"), m_warning);
    m_alarm = number(optionalText(tile.alarm));
    m_alarm->setPlaceholderText(tr("none; below the warning when low values are bad"));
    form->addRow(tr("Alarm at:"), m_alarm);
    m_minimum = number(QLocale().toString(tile.minimum));
    form->addRow(tr("Gauge minimum:"), m_minimum);
    m_maximum = number(QLocale().toString(tile.maximum));
    form->addRow(tr("Gauge maximum:"), m_maximum);
    m_ascending = new QCheckBox(tr("Lowest first"), this);
    m_ascending->setChecked(tile.ascending);
    form->addRow(tr("Order:"), m_ascending);
    m_limit = new QSpinBox(this);
    m_limit->setRange(1, 50);
    m_limit->setValue(tile.limit);
    form->addRow(tr("Rooms shown:"), m_limit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DashboardTileDialog::updateEnabled);
    updateEnabled();
}

void DashboardTileDialog::updateEnabled()
{
    const auto kind = DashboardTile::Kind(m_kind->currentData().toInt());
    const bool gauge = kind == DashboardTile::Kind::Gauge;
    const bool rooms = kind == DashboardTile::Kind::Rooms;
    const bool alerts = kind == DashboardTile::Kind::Alerts;
    m_twin->setEnabled(!alerts);
    m_value->setEnabled(!alerts);
    m_aggregate->setEnabled(!alerts && !rooms);
    m_warning->setEnabled(!alerts);
    m_alarm->setEnabled(!alerts);
    m_minimum->setEnabled(gauge);
    m_maximum->setEnabled(gauge);
    m_ascending->setEnabled(rooms);
    m_limit->setEnabled(rooms);
}

DashboardTile DashboardTileDialog::tile() const
{
    DashboardTile t = m_original;
    t.kind = DashboardTile::Kind(m_kind->currentData().toInt());
    t.title = m_title->text().trimmed();
    t.twinId = m_twin->currentText().trimmed();
    t.value = m_value->text().trimmed();
    t.aggregate = DashboardTile::Aggregate(m_aggregate->currentData().toInt());
    t.warning = optionalNumber(m_warning);
    t.alarm = optionalNumber(m_alarm);
    const std::optional<double> minimum = optionalNumber(m_minimum);
    const std::optional<double> maximum = optionalNumber(m_maximum);
    if (minimum && maximum && *maximum > *minimum) {
        t.minimum = *minimum;
        t.maximum = *maximum;
    }
    t.ascending = m_ascending->isChecked();
    t.limit = m_limit->value();
    return t;
}

} // namespace twin::ui
