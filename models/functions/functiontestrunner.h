// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/functiondefinition.h"
#include "functions/functiontestcase.h"

#include <QJsonArray>
#include <QStringList>

namespace twin {

class Project;

/// The outcome of one test case.
struct FunctionTestResult
{
    QString function;
    QString testCase;
    bool passed = false;
    QStringList differences; ///< what did not come out as expected, one line each
    QStringList trace;       ///< the invocations' trace lines (FunctionTracer's text form)

    QJsonObject toJson() const;
};

/**
 * Runs the test cases of functions (FunctionDefinition::tests) against a project's
 * topology: each case on fresh values (its "start" values only, no history file), its
 * messages through FunctionReplay as `twinctl function run` feeds them, the function
 * enabled whatever its state, then compares what it set and raised with "expect".
 * Nothing is written anywhere. Used by `twinctl function test` and the editor.
 */
class FunctionTestRunner
{
public:
    explicit FunctionTestRunner(const Project &project);

    /// Every case of \a function; a case that does not parse is a failed result saying why.
    QList<FunctionTestResult> run(const FunctionDefinition &function) const;
    FunctionTestResult run(const FunctionDefinition &function, const FunctionTestCase &testCase) const;

private:
    const Project &m_project;
};

} // namespace twin
