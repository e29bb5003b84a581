// SPDX-License-Identifier: GPL-3.0-or-later
// Starts a private PostgreSQL server, prints its port and folder, and ends the way the
// argument says without stopping it: "abort", "kill" (SIGKILL), "interrupt" (SIGINT, as
// Ctrl+C), "throw" (an exception
// nobody catches) or "exit" (std::exit, no destructors of local objects). What
// postgresservertest.cpp uses to see that the server stops anyway.
#include "support/postgresserver.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    twintest::PostgresServer server;
    QString error;
    if (argc < 2 || !server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    std::printf("%d\n", server.port());
    std::fflush(stdout);
    const char *how = argv[1];
    if (std::strcmp(how, "kill") == 0)
        std::raise(SIGKILL);
    if (std::strcmp(how, "interrupt") == 0)
        std::raise(SIGINT);
    if (std::strcmp(how, "throw") == 0)
        throw std::runtime_error("nobody catches this");
    if (std::strcmp(how, "exit") == 0)
        std::exit(1);
    std::abort();
}
