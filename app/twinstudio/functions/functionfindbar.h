// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QsciScintilla;

namespace twin::ui {

/**
 * Find and replace in the function's code editor: Ctrl+F opens it on the text to find,
 * Ctrl+H on the replacement; Enter finds the next match (Shift+Enter the previous),
 * wrapping around; Replace replaces the selected match and finds the next; Replace All
 * replaces every match as one edit of the editor (one Ctrl+Z). Escape closes it.
 */
class FunctionFindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FunctionFindBar(QsciScintilla *editor, QWidget *parent = nullptr);

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QCheckBox *caseSensitive() const { return m_case; }

    /// Shows the bar with the focus on the text to find (the selection, when there is one).
    void openFind();
    void openReplace();
    /// Selects the next (or previous) match of the text to find; false when there is none.
    bool findNext(bool backwards = false);
    /// Replaces the selected match, then finds the next one.
    bool replace();
    /// Replaces every match; returns how many.
    int replaceAll();

private:
    void say(const QString &text);

    QsciScintilla *const m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_case;
    QLabel *m_status;
};

} // namespace twin::ui
