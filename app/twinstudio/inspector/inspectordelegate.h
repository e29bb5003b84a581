// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace twin::ui {

/**
 * Edits the values of an InspectorModel with the editor its schema wants (the model's
 * EditorRole): spin boxes with the unit as suffix for numbers, a line edit for text, a
 * check box for booleans, a combo box for enums, date and time editors, an ISO 8601
 * duration field and JSON text for objects, maps and arrays. Read-only values are drawn
 * greyed; a value with an error in red with a warning icon (the message is the tooltip).
 */
class InspectorDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace twin::ui
