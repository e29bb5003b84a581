// SPDX-License-Identifier: GPL-3.0-or-later
#include "peakmemory.h"

#include "testsupport.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryFile>

#include <csignal>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace twintest {

MeasuredRun runToolMeasuringMemory(const QString &name, const QStringList &arguments, int timeoutSeconds)
{
    MeasuredRun result;
    QTemporaryFile errFile;
    if (!errFile.open())
        return result;
    std::vector<QByteArray> args{QFile::encodeName(binaryPath(name))};
    for (const QString &a : arguments)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    const pid_t pid = fork();
    if (pid < 0)
        return result;
    if (pid == 0) {
        const int devNull = open("/dev/null", O_RDWR);
        dup2(devNull, STDIN_FILENO);
        dup2(devNull, STDOUT_FILENO);
        dup2(errFile.handle(), STDERR_FILENO);
        alarm(unsigned(timeoutSeconds)); // survives exec: a hung tool ends by SIGALRM
        execv(argv.front(), argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return result;
    result.peakRssKiB = usage.ru_maxrss;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    errFile.seek(0);
    result.err = QString::fromLocal8Bit(errFile.readAll());
    return result;
}

bool memoryFiguresAreMeaningful()
{
#if defined(__SANITIZE_ADDRESS__)
    return false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return false;
#else
    return true;
#endif
#else
    return true;
#endif
}

} // namespace twintest
