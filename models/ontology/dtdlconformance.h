// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace twin {

/**
 * Runs the official DTDL specification case files (Azure/opendigitaltwins-dtdl,
 * DTDL/v2/spec and DTDL/v3/spec) against DtdlParser.
 *
 * A case is identified as "FileName.json#index" (index of the case in the file's array).
 * A valid case passes when the model parses without errors and is complete; an invalid
 * case passes when it is rejected with errors (one of them with rule id expect.rule when
 * the case gives one), or, when it lists expect.unresolvedIdentifiers, when exactly those
 * DTMIs are reported unresolved.
 */
class DtdlConformance
{
public:
    struct Failure
    {
        QString caseId;
        QString reason;
    };

    struct Summary
    {
        int passed = 0;
        int failed = 0;
        QList<Failure> failures;
        QString error; ///< set when the folder cannot be read
    };

    /// Runs every *.json case file directly in \a dir.
    static Summary run(const QString &dir);
    /// Reads a known-failures file: one "CaseId reason..." per line, '#' comments.
    static QHash<QString, QString> readKnownFailures(const QString &path, QString *error = nullptr);
};

} // namespace twin
