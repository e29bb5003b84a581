// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectordelegate.h"

#include "itemmodels/inspectormodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStyle>
#include <QTimeEdit>

#include <cmath>
#include <limits>

namespace twin::ui {

namespace {

using Editor = InspectorModel::Editor;

Editor editorOf(const QModelIndex &index)
{
    return Editor(index.data(InspectorModel::EditorRole).toInt());
}

QString suffixOf(const QModelIndex &index)
{
    const QString unit = index.data(InspectorModel::UnitRole).toString();
    return unit.isEmpty() ? QString() : u' ' + unit;
}

/// Enough decimals to show \a value as it is (two at least, ten at most).
int decimalsFor(double value)
{
    for (int decimals = 2; decimals < 10; ++decimals) {
        const double scale = std::pow(10.0, decimals);
        if (std::abs(std::round(value * scale) - value * scale) < 1e-6)
            return decimals;
    }
    return 10;
}

} // namespace

QWidget *InspectorDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    QWidget *editor = nullptr;
    switch (editorOf(index)) {
    case Editor::Double: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(-1e15, 1e15);
        spin->setDecimals(decimalsFor(index.data(Qt::EditRole).toDouble()));
        spin->setSuffix(suffixOf(index));
        spin->setAccelerated(true);
        editor = spin;
        break;
    }
    case Editor::Integer: {
        const double lo = index.data(InspectorModel::MinimumRole).toDouble();
        const double hi = index.data(InspectorModel::MaximumRole).toDouble();
        if (lo >= std::numeric_limits<int>::min() && hi <= std::numeric_limits<int>::max()) {
            auto *spin = new QSpinBox(parent);
            spin->setRange(int(lo), int(hi));
            spin->setSuffix(suffixOf(index));
            editor = spin;
        } else {
            // Beyond int: a spin box of doubles without decimals holds every safe integer.
            auto *spin = new QDoubleSpinBox(parent);
            spin->setDecimals(0);
            spin->setRange(lo, hi);
            spin->setSuffix(suffixOf(index));
            editor = spin;
        }
        break;
    }
    case Editor::Boolean: {
        auto *check = new QCheckBox(parent);
        check->setAutoFillBackground(true);
        editor = check;
        break;
    }
    case Editor::Enum: {
        auto *combo = new QComboBox(parent);
        const QVariantList values = index.data(InspectorModel::EnumValuesRole).toList();
        const QStringList labels = index.data(InspectorModel::EnumLabelsRole).toStringList();
        for (int i = 0; i < values.size() && i < labels.size(); ++i)
            combo->addItem(labels.at(i), values.at(i));
        editor = combo;
        break;
    }
    case Editor::Date: {
        auto *edit = new QDateEdit(parent);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        editor = edit;
        break;
    }
    case Editor::DateTime: {
        auto *edit = new QDateTimeEdit(parent);
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        edit->setCalendarPopup(true);
        editor = edit;
        break;
    }
    case Editor::Time: {
        auto *edit = new QTimeEdit(parent);
        edit->setDisplayFormat(QStringLiteral("HH:mm:ss"));
        editor = edit;
        break;
    }
    case Editor::Duration: {
        auto *line = new QLineEdit(parent);
        // Only the characters of an ISO 8601 duration; the model checks the whole.
        static const QRegularExpression chars(QStringLiteral("[PYMWDTHS0-9.]*"));
        line->setValidator(new QRegularExpressionValidator(chars, line));
        line->setPlaceholderText(tr("e.g. PT15M, P1DT12H"));
        line->setToolTip(tr("An ISO 8601 duration: P, then years (Y), months (M), weeks (W), days (D); "
                            "T, then hours (H), minutes (M), seconds (S). PT1H30M is 1 hour 30 minutes."));
        editor = line;
        break;
    }
    case Editor::Json: {
        auto *line = new QLineEdit(parent);
        line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        line->setPlaceholderText(tr("JSON, e.g. {\"x\": 1}"));
        editor = line;
        break;
    }
    case Editor::Text:
        editor = new QLineEdit(parent);
        break;
    case Editor::None:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    editor->setObjectName(QStringLiteral("InspectorEditor"));
    return editor;
}

void InspectorDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        spin->setValue(value.toDouble());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(value.toInt());
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        check->setChecked(value.toBool());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    else if (auto *edit = qobject_cast<QDateTimeEdit *>(editor); edit && editorOf(index) == Editor::DateTime)
        edit->setDateTime(value.toDateTime().toUTC());
    else if (auto *edit = qobject_cast<QDateEdit *>(editor))
        edit->setDate(value.toDate());
    else if (auto *edit = qobject_cast<QTimeEdit *>(editor))
        edit->setTime(value.toTime());
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(value.toString());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void InspectorDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    QVariant value;
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        value = editorOf(index) == Editor::Integer ? QVariant(qlonglong(spin->value())) : QVariant(spin->value());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        value = spin->value();
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        value = check->isChecked();
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        value = combo->currentData();
    } else if (auto *edit = qobject_cast<QDateTimeEdit *>(editor); edit && editorOf(index) == Editor::DateTime) {
        value = edit->dateTime();
    } else if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        value = edit->date();
    } else if (auto *edit = qobject_cast<QTimeEdit *>(editor)) {
        value = edit->time();
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        value = line->text();
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    // A refused value stays out of the document; the model shows why on the row.
    model->setData(index, value, Qt::EditRole);
}

void InspectorDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != InspectorModel::ValueColumn)
        return;
    const auto kind = InspectorModel::RowKind(index.data(InspectorModel::RowKindRole).toInt());
    if (kind == InspectorModel::RowKind::Section)
        return;
    // A relationship reads "CO2 sensor (multisensor-carbon-dioxide)": the name first, the
    // id given up before it ("CO2 s…xide)" said neither).
    if (kind == InspectorModel::RowKind::Relationship)
        option->textElideMode = Qt::ElideRight;
    if (const QString error = index.data(InspectorModel::ErrorRole).toString(); !error.isEmpty()) {
        // The reason stands beside the value, so a refused edit is seen without hovering.
        option->text = option->text.isEmpty() ? error : tr("%1 — %2").arg(option->text, error);
        option->palette.setColor(QPalette::Text, QColor(0xc0, 0x1c, 0x28));
        option->palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xd0, 0xd0));
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
        option->features |= QStyleOptionViewItem::HasDecoration;
    } else if (kind != InspectorModel::RowKind::Telemetry && kind != InspectorModel::RowKind::Computed
               && kind != InspectorModel::RowKind::Component && kind != InspectorModel::RowKind::Relationship
               && !index.data(InspectorModel::EditableRole).toBool()) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    }
}

} // namespace twin::ui
