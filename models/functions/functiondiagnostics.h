// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace twin {

/// One problem in a function's source, at a place in it (lines and columns from 1).
struct FunctionDiagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    int line = 0;
    int column = 1;
    int length = 1;  ///< characters to underline
    QString message;

    bool operator==(const FunctionDiagnostic &) const = default;
};

/**
 * What the editor shows as the user types: syntax errors from the engine at their line
 * and column, then calls of API functions and methods that do not exist (a name that
 * looks like the API's, getX/setX/sendX or `.Pascal(`, but that FunctionApiDescription
 * does not know and the source does not declare). Pure and thread-safe: the editor runs
 * it off the GUI thread.
 */
class FunctionDiagnostics
{
public:
    static QList<FunctionDiagnostic> check(const QString &source, const QString &functionName);
};

} // namespace twin
