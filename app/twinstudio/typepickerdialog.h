// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QTreeWidget;

namespace twin {
class ModelRegistry;
}

namespace twin::ui {

/**
 * Picks one interface out of many (a real ontology offers a room hundreds of device
 * types): a search box over the readable name, the display name and the model id, and a
 * list sorted by name with each model's id beside it, so two types of the same name from
 * different ontologies can be told apart. Enter or a double-click takes the current row.
 */
class TypePickerDialog : public QDialog
{
    Q_OBJECT

public:
    TypePickerDialog(const ModelRegistry &models, const QStringList &interfaces, const QString &title,
                     QWidget *parent = nullptr);

    /// The model id of the chosen row; empty when none is.
    QString selectedModel() const;
    /// Shows only the rows whose name or id contains \a text (case-insensitive) and makes
    /// the first of them current.
    void setFilter(const QString &text);
    /// How many rows the filter shows.
    int visibleCount() const;

private:
    QLineEdit *const m_filter;
    QTreeWidget *const m_list;
    QDialogButtonBox *const m_buttons;
};

} // namespace twin::ui
