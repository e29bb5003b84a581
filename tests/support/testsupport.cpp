// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace twintest {

void useCLocale()
{
    qputenv("LC_ALL", "C.UTF-8");
    qunsetenv("LANGUAGE");
}

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(TWIN_SOURCE_DIR)).filePath(relative);
}

QString sharedPath(const QString &relative)
{
    const QString path = QDir(QStringLiteral(TWIN_SHARED_DIR)).filePath(relative);
    return QFileInfo::exists(path) ? path : QString();
}

QString binaryPath(const QString &name)
{
    return QDir(QStringLiteral(TWIN_BIN_DIR)).filePath(name);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFileBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

ProcessResult runTool(const QString &name, const QStringList &arguments, int timeoutMs,
                      const QByteArray &input, const QProcessEnvironment &environment)
{
    ProcessResult result;
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(binaryPath(name), arguments);
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace twintest
