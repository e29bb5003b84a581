// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/topicfilter.h"

#include <gtest/gtest.h>

using twin::TopicFilter;

TEST(TopicFilter, Matching)
{
    EXPECT_TRUE(TopicFilter::matches("twins/+/telemetry", "twins/t1/telemetry"));
    EXPECT_FALSE(TopicFilter::matches("twins/+/telemetry", "twins/a/b/telemetry"));
    EXPECT_FALSE(TopicFilter::matches("twins/+/telemetry", "twins/t1/telemetry/x"));
    EXPECT_TRUE(TopicFilter::matches("site/#", "site/a/b/c"));
    EXPECT_TRUE(TopicFilter::matches("site/#", "site"));
    EXPECT_TRUE(TopicFilter::matches("#", "anything/at/all"));
    EXPECT_FALSE(TopicFilter::matches("#", "$SYS/broker/load"));
    EXPECT_TRUE(TopicFilter::matches("a/+/c/#", "a/b/c/d/e"));
    EXPECT_FALSE(TopicFilter::matches("a/+/c/#", "a/b/x/d"));
    EXPECT_TRUE(TopicFilter::matches("exact/topic", "exact/topic"));
    EXPECT_FALSE(TopicFilter::matches("exact/topic", "exact/topics"));
    EXPECT_TRUE(TopicFilter::matches("a/+", "a/"));
    EXPECT_FALSE(TopicFilter::matches("a/b", "a"));
}

TEST(TopicFilter, Validity)
{
    EXPECT_TRUE(TopicFilter::isValid("a/+/b/#"));
    EXPECT_FALSE(TopicFilter::isValid("a/#/b"));
    EXPECT_FALSE(TopicFilter::isValid("a/b+"));
    EXPECT_FALSE(TopicFilter::isValid(""));
}
