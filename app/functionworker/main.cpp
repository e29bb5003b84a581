// SPDX-License-Identifier: GPL-3.0-or-later
// The function worker process: serves FunctionWorkerProcess over the socket on its
// standard input (see FunctionWorkerServer). Started by the application, never by hand.
#include "functions/functionwatchdog.h"
#include "functions/functionworkerprotocol.h"
#include "functions/functionworkerserver.h"

#include <QCoreApplication>

#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

void breach(twin::FunctionWatchdog::Reason reason)
{
    // An interrupted invocation that does not stop: only ending the process stops it.
    _exit(reason == twin::FunctionWatchdog::Reason::Memory ? twin::FunctionWorkerProtocol::ExitMemoryLimit
                                                            : twin::FunctionWorkerProtocol::ExitTimeLimit);
}

} // namespace

int main(int argc, char *argv[])
{
    struct stat st{};
    if (fstat(0, &st) != 0 || !S_ISSOCK(st.st_mode)) {
        static const char message[] = "twin_function_worker is started by twinctl and twinstudio\n";
        (void)!write(2, message, sizeof message - 1);
        return 2;
    }
    // The shared progress page (FunctionWorkerProtocol::ProgressFd).
    constexpr int progressFd = twin::FunctionWorkerProtocol::ProgressFd;
    void *progress = fstat(progressFd, &st) == 0 && S_ISREG(st.st_mode)
            && st.st_size >= twin::FunctionWorkerProtocol::ProgressBytes
        ? mmap(nullptr, size_t(twin::FunctionWorkerProtocol::ProgressBytes), PROT_READ | PROT_WRITE, MAP_SHARED,
               progressFd, 0)
        : MAP_FAILED;
    if (progress == MAP_FAILED) {
        static const char message[] = "twin_function_worker: no progress page\n";
        (void)!write(2, message, sizeof message - 1);
        return 2;
    }
    // Nothing inherited but the socket, the page and stderr; stdout goes to stderr so that
    // nothing printed can be taken for a frame.
    close_range(progressFd + 1, ~0U, 0);
    dup2(2, 1);
    QCoreApplication app(argc, argv);
    twin::FunctionWatchdog::shared()->setHardLimit(50, &breach);
    twin::FunctionWorkerServer server(0, static_cast<std::atomic<quint64> *>(progress));
    return server.run();
}
