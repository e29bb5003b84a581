// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/progressreporter.h"

#include <QList>

#include <algorithm>

#include <gtest/gtest.h>

using twin::ProgressReporter;

TEST(ProgressReporter, ThrottlesAndEndsAtTheTotal)
{
    QList<qint64> seen;
    ProgressReporter reporter([&](qint64 done, qint64 total) {
        EXPECT_EQ(total, 100000);
        seen.append(done);
        return true;
    }, 100000);
    for (qint64 i = 1; i <= 100000; ++i)
        ASSERT_TRUE(reporter.update(i));
    EXPECT_TRUE(reporter.finish());
    EXPECT_LE(seen.size(), 260);
    EXPECT_GE(seen.size(), 200);
    EXPECT_EQ(seen.last(), 100000);
    EXPECT_TRUE(std::is_sorted(seen.cbegin(), seen.cend()));
}

TEST(ProgressReporter, CancellationSticks)
{
    int calls = 0;
    ProgressReporter reporter([&](qint64, qint64) { return ++calls < 2; }, 10);
    EXPECT_TRUE(reporter.update(1));
    EXPECT_FALSE(reporter.update(2));
    EXPECT_TRUE(reporter.cancelled());
    EXPECT_FALSE(reporter.update(3));
    EXPECT_FALSE(reporter.finish());
    EXPECT_EQ(calls, 2);
}

TEST(ProgressReporter, EmptyCallbackNeverCancels)
{
    ProgressReporter reporter({}, 0);
    EXPECT_TRUE(reporter.update(1'000'000));
    EXPECT_TRUE(reporter.finish());
}
