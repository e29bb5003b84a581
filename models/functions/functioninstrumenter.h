// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace twin {

/**
 * Instruments a function's source for the debugger (resources/functions/instrument.js): a
 * probe before each statement reports its line, the names in scope and an evaluator of
 * expressions there. The source is parsed by acorn (Debian's node-acorn, run inside a
 * QJSEngine). Lines do not move, so errors and traces name the user's own lines. Live runs
 * never use the instrumented text.
 */
class FunctionInstrumenter
{
public:
    /// Where acorn is read from.
    static QString acornPath();

    /// The instrumented source and the lines that have a statement; false with why.
    /// Thread-safe (one parser engine per thread).
    static bool instrument(const QString &source, QString *instrumented, QList<int> *statementLines,
                           QString *error);
};

} // namespace twin
