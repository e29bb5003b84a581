// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace twin {
class Project;
}

namespace twin::ui {

/**
 * File > Shared History: where the project's history is read and recorded (the project's
 * setting, HistoryLocationSetting): empty for the file beside the project, a file, or
 * a `postgresql://user@host:port/db` URL that recorders fill. Accepting pushes one undo
 * command; a URL with a password is refused with why.
 */
class HistoryLocationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HistoryLocationDialog(Project *project, QWidget *parent = nullptr);

    void accept() override;

private:
    Project *const m_project;
    QLineEdit *const m_location;
    QLabel *const m_error;
};

} // namespace twin::ui
