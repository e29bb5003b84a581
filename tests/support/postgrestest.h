// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/postgresserver.h"

#include <gtest/gtest.h>

#include <memory>

namespace twintest {

/**
 * A test suite on a private PostgreSQL server (PostgresServer), started once per suite;
 * each test gets a database of its own at url(). Tests skip, saying why, where the
 * server binaries are not installed.
 */
class PostgresTest : public ::testing::Test
{
public:
    static void SetUpTestSuite()
    {
        if (PostgresServer::binDir().isEmpty())
            return;
        s_server = std::make_unique<PostgresServer>();
        if (!s_server->start(&s_startError))
            s_server.reset();
    }
    static void TearDownTestSuite() { s_server.reset(); }

protected:
    void SetUp() override
    {
        if (PostgresServer::binDir().isEmpty())
            GTEST_SKIP() << "PostgreSQL's server binaries (initdb, pg_ctl) are not installed";
        ASSERT_TRUE(s_server) << "could not start PostgreSQL: " << s_startError.toStdString();
        const QString name = QStringLiteral("history_%1").arg(++s_databases);
        QString error;
        ASSERT_TRUE(s_server->createDatabase(name, &error)) << error.toStdString();
        url = s_server->url(name);
    }

    inline static std::unique_ptr<PostgresServer> s_server;
    inline static QString s_startError;
    inline static int s_databases = 0;
    QString url;
};

} // namespace twintest
