// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace twintest {

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

/// Runs a built tool (e.g. "twinctl") with \a arguments and waits up to \a timeoutMs.
ProcessResult runTool(const QString &name, const QStringList &arguments, int timeoutMs = 120000,
                      const QByteArray &input = QByteArray());

} // namespace twintest

/// Skips the current test when ../shared (or the part named) is not there.
#define TWIN_REQUIRE_SHARED(relative)                                                              \
    do {                                                                                           \
        if (twintest::sharedPath(QStringLiteral(relative)).isEmpty())                              \
            GTEST_SKIP() << "shared data folder '" relative "' is absent beside the checkout";    \
    } while (false)
