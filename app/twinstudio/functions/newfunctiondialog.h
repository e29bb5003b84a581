// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/functiondefinition.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace twin {
class FunctionEditor;
class Project;
}

namespace twin::ui {

/**
 * New Function: a name, the type of sensor whose readings run it (a matcher on
 * `$.dataType`; or every sensor) and the space it is assigned to (the selected twin's
 * space by default). The function starts from a short working source that stores each
 * reading on the sensor's space, for the user to rewrite. OK refuses an empty or taken
 * name, saying why.
 */
class NewFunctionDialog : public QDialog
{
    Q_OBJECT

public:
    NewFunctionDialog(Project *project, const FunctionEditor *functions, const QString &selectedTwin,
                      QWidget *parent = nullptr);

    void accept() override;
    /// The function as the dialog has it now.
    FunctionDefinition definition() const;
    /// The source a new function starts from, for readings of \a dataType (empty: any).
    static QString starterSource(const QString &name, const QString &dataType);

private:
    Project *const m_project;
    const FunctionEditor *const m_functions;
    QLineEdit *const m_name;
    QComboBox *const m_dataType;
    QComboBox *const m_assigned;
    QLabel *const m_error;
};

} // namespace twin::ui
