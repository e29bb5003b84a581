// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/jsonlineindex.h"

#include <gtest/gtest.h>

using twin::JsonLineIndex;

TEST(JsonLineIndex, FindsTheStartLineOfEachElement)
{
    const QByteArray json = "{\n"
                            "  \"a\": {\"list\": [\n"
                            "    {\"x\": \"multi\\nline \\\" ] } text\"},\n"
                            "    42,\n"
                            "\n"
                            "    [1, 2], \"s\", true\n"
                            "  ]},\n"
                            "  \"b~/c\": [null,\n{}]\n"
                            "}";
    const JsonLineIndex index(json, {QStringLiteral("/a/list"), QStringLiteral("/b~0~1c"), QStringLiteral("/missing")});
    EXPECT_EQ(index.lines(QStringLiteral("/a/list")), QList<int>({3, 4, 6, 6, 6}));
    EXPECT_EQ(index.lines(QStringLiteral("/b~0~1c")), QList<int>({8, 9}));
    EXPECT_TRUE(index.lines(QStringLiteral("/missing")).isEmpty());
    EXPECT_EQ(index.line(QStringLiteral("/a/list"), 1), 4);
    EXPECT_EQ(index.line(QStringLiteral("/a/list"), 9), 0);
}

TEST(JsonLineIndex, IgnoresArraysNestedElsewhere)
{
    const QByteArray json = "{\"x\": [[\n1], {\"list\": [2]}], \"list\": [\n3]}";
    const JsonLineIndex index(json, {QStringLiteral("/list")});
    EXPECT_EQ(index.lines(QStringLiteral("/list")), QList<int>({3}));
}

TEST(JsonLineIndex, LineAtOffset)
{
    EXPECT_EQ(JsonLineIndex::lineAt("a\nb\nc", 0), 1);
    EXPECT_EQ(JsonLineIndex::lineAt("a\nb\nc", 2), 2);
    EXPECT_EQ(JsonLineIndex::lineAt("a\nb\nc", 99), 3);
}
