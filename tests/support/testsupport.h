// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace twintest {

/// Runs this process, and the tools it starts, in the C locale (English texts, "21.5"),
/// whatever the machine's language: call at the start of main(), before the Qt application.
void useCLocale();

/// Path inside the repository, e.g. sourcePath("resources/ontologies/core").
QString sourcePath(const QString &relative);
/// Path inside ../shared; empty when that folder is absent (callers GTEST_SKIP then).
QString sharedPath(const QString &relative);
/// Path of a built executable in build/bin.
QString binaryPath(const QString &name);
/// The bytes of \a path; empty when it cannot be read.
QByteArray fileBytes(const QString &path);
/// Writes \a bytes to \a path (replacing it); false when it cannot be written.
bool writeFileBytes(const QString &path, const QByteArray &bytes);

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

/// Runs a built tool (e.g. "twinctl") with \a arguments and waits up to \a timeoutMs; in
/// \a environment when one is given, else in this process's.
ProcessResult runTool(const QString &name, const QStringList &arguments, int timeoutMs = 120000,
                      const QByteArray &input = QByteArray(),
                      const QProcessEnvironment &environment = QProcessEnvironment());

} // namespace twintest

/// Skips the current test when ../shared (or the part named) is not there.
#define TWIN_REQUIRE_SHARED(relative)                                                              \
    do {                                                                                           \
        if (twintest::sharedPath(QStringLiteral(relative)).isEmpty())                              \
            GTEST_SKIP() << "shared data folder '" relative "' is absent beside the checkout";    \
    } while (false)
