// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/functiondefinition.h"

#include <QObject>

namespace twin {

class Project;

/**
 * The document-side API for user-defined functions: reads the definitions stored in
 * Project::functions() and edits them through undo commands on the project's stack.
 *
 * A source is checked for syntax errors when it is saved (addFunction, updateFunction):
 * an invalid source is refused with "NAME.js:LINE:COLUMN: message".
 */
class FunctionEditor : public QObject
{
    Q_OBJECT

public:
    explicit FunctionEditor(Project *project, QObject *parent = nullptr);

    Project *project() const { return m_project; }

    /// The definitions; entries that do not parse are skipped (and logged).
    QList<FunctionDefinition> functions() const;
    int indexOf(const QString &name) const;
    bool function(const QString &name, FunctionDefinition *definition) const;

    bool addFunction(const FunctionDefinition &definition, QString *error = nullptr);
    bool removeFunction(const QString &name, QString *error = nullptr);
    /// Replaces the function called \a name (which \a definition may rename).
    bool updateFunction(const QString &name, const FunctionDefinition &definition,
                        QString *error = nullptr);
    /// Changes the source only; successive calls for one function merge into one undo step.
    bool setSource(const QString &name, const QString &source, QString *error = nullptr);
    /// Enables or disables; \a reason tells why the runtime disabled it (empty: the user did).
    bool setEnabled(const QString &name, bool enabled, const QString &reason = QString(),
                    QString *error = nullptr);

private:
    bool validate(const FunctionDefinition &definition, const QString &replacing, QString *error) const;

    Project *const m_project;
};

} // namespace twin
