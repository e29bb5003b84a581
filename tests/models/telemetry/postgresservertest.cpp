// SPDX-License-Identifier: GPL-3.0-or-later
// The tests' private PostgreSQL server stops however the test process ends: a cluster
// left running for hours by a crashed test binary holds a port, memory and a folder.
#include "support/postgresserver.h"
#include "support/testsupport.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QProcess>
#include <QTcpSocket>
#include <QThread>

#include <gtest/gtest.h>

namespace {

bool somethingListensOn(int port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    return socket.waitForConnected(1000);
}

class PostgresServerEndTest : public ::testing::TestWithParam<const char *>
{
};

TEST_P(PostgresServerEndTest, TheServerStopsWhenTheProcessThatStartedItEnds)
{
    if (twintest::PostgresServer::binDir().isEmpty())
        GTEST_SKIP() << "PostgreSQL's server binaries (initdb, pg_ctl) are not installed";
    QProcess orphan;
    orphan.start(twintest::binaryPath(QStringLiteral("twin_postgres_orphan")),
        { QString::fromLatin1(GetParam()) });
    ASSERT_TRUE(orphan.waitForFinished(120000)) << "the program did not end";
    const int port = orphan.readAllStandardOutput().trimmed().toInt();
    ASSERT_GT(port, 0) << "no server started: " << orphan.readAllStandardError().toStdString();
    EXPECT_TRUE(orphan.exitStatus() == QProcess::CrashExit || orphan.exitCode() != 0);

    const QDeadlineTimer deadline(30000);
    while (somethingListensOn(port) && !deadline.hasExpired())
        QThread::msleep(200);
    EXPECT_FALSE(somethingListensOn(port)) << "PostgreSQL still listens on port " << port;
}

INSTANTIATE_TEST_SUITE_P(EveryWayOfEnding, PostgresServerEndTest,
    ::testing::Values("abort", "kill", "interrupt", "throw", "exit"));

TEST(PostgresServerTest, ASecondStartLeavesOneServerRunning)
{
    if (twintest::PostgresServer::binDir().isEmpty())
        GTEST_SKIP() << "PostgreSQL's server binaries (initdb, pg_ctl) are not installed";
    twintest::PostgresServer server;
    QString error;
    ASSERT_TRUE(server.start(&error)) << error.toStdString();
    const int first = server.port();
    ASSERT_TRUE(server.start(&error)) << error.toStdString();
    EXPECT_TRUE(somethingListensOn(server.port()));
    if (server.port() != first) {
        EXPECT_FALSE(somethingListensOn(first)) << "the first server still runs";
    }
    ASSERT_TRUE(server.stop(&error)) << error.toStdString();
    EXPECT_FALSE(somethingListensOn(server.port()));
}

} // namespace
