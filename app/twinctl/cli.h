// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace twinctl {

/// Exit statuses of every subcommand (a contract: scripts rely on them).
enum Exit : int {
    ExitOk = 0,
    ExitInvalidInput = 1, ///< the input (file, model, payload) is invalid; details on stderr
    ExitUsage = 2,        ///< the command line is wrong
};

void printOut(const QString &text);
void printErr(const QString &text);
/// Prints every diagnostic on stderr, one per line, in "file:line:col: error: ..." form.
void printDiagnostics(const twin::Diagnostics &diagnostics);
/// Prints \a object compactly as one line on stdout.
void printJsonLine(const QJsonObject &object);

/// Parses \a args with \a parser (which gets --help added); on --help prints the help and
/// sets *exitCode to ExitOk; on error prints it and sets ExitUsage. Returns whether to go on.
bool parseArguments(QCommandLineParser &parser, const QString &command, const QString &description,
                    const QStringList &args, int *exitCode);

/// Adds \a options to \a parser and parses \a args as parseArguments() does: the exit
/// status to return when the command ends there (--help, a usage error), none to go on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                                    const QString &command, const QString &description, const QStringList &args);

/// The value of \a option as a positive whole number in \a value, \a fallback when the
/// option is not given; false when it is given but is not one.
bool positiveOption(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback, int *value);

/// Prints "twinctl CMD: message" and a hint to --help; returns ExitUsage.
int usageError(const QString &command, const QString &message);

} // namespace twinctl
