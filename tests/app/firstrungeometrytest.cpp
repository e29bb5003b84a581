// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrungeometry.h"

#include <gtest/gtest.h>

using namespace twin;

TEST(FirstRunGeometry, TakesEightyPercentOfTheScreenCentred)
{
    const QRect full(0, 0, 1920, 1080);
    const QRect g = ui::firstRunGeometry(full);
    EXPECT_EQ(g.size(), QSize(1536, 864));
    EXPECT_EQ(g.center(), full.center());
    EXPECT_TRUE(full.contains(g));
}

TEST(FirstRunGeometry, FollowsAScreenThatDoesNotStartAtTheOrigin)
{
    // A second screen right of the first, with a panel on top.
    const QRect available(1920, 32, 2560, 1408);
    const QRect g = ui::firstRunGeometry(available, 0.5);
    EXPECT_EQ(g.size(), QSize(1280, 704));
    EXPECT_TRUE(available.contains(g));
    EXPECT_EQ(g.center(), available.center());
}

TEST(FirstRunGeometry, AWindowThatCannotBeThatSmallIsCentredOnTheScreen)
{
    // A laptop screen: 80 % is narrower than the window can be.
    const QRect laptop(0, 0, 1366, 740);
    const QRect g = ui::firstRunGeometry(laptop, 0.8, QSize(1249, 565));
    EXPECT_EQ(g.size(), QSize(1249, 592));
    EXPECT_TRUE(laptop.contains(g));
    EXPECT_EQ(g.center(), laptop.center());
    // Wider than the screen: the screen, not beyond it.
    const QRect wide = ui::firstRunGeometry(laptop, 0.8, QSize(1600, 500));
    EXPECT_EQ(wide.width(), laptop.width());
    EXPECT_TRUE(laptop.contains(wide));
}
