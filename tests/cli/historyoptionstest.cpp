// SPDX-License-Identifier: GPL-3.0-or-later
// twinctl history query / history alerts: the counts they take are checked before any
// history is opened.
#include "support/testsupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

twintest::ProcessResult history(const QStringList &args)
{
    return twintest::runTool(QStringLiteral("twinctl"), QStringList{QStringLiteral("history")} + args);
}

} // namespace

TEST(HistoryOptions, AlertsLimitMustBeAPositiveCount)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("absent.history"));
    for (const QString &limit : {QStringLiteral("0"), QStringLiteral("-4"), QStringLiteral("5x")}) {
        const twintest::ProcessResult r = history({QStringLiteral("alerts"), QStringLiteral("--history"), file,
                                                   QStringLiteral("--limit"), limit});
        ASSERT_TRUE(r.finished);
        EXPECT_EQ(r.exitCode, 2) << qPrintable(limit);
        EXPECT_TRUE(r.err.contains("--limit must be a positive count")) << r.err.constData();
    }
}

TEST(HistoryOptions, QueryLimitMustBeAPositiveCount)
{
    QTemporaryDir dir;
    const twintest::ProcessResult r
        = history({QStringLiteral("query"), QStringLiteral("--history"), dir.filePath(QStringLiteral("absent.history")),
                   QStringLiteral("--twin"), QStringLiteral("room"), QStringLiteral("--limit"), QStringLiteral("0")});
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--limit must be a positive count")) << r.err.constData();
}
