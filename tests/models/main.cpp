// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // Numbers and texts as the tests expect them, whatever the machine's language.
    twintest::useCLocale();
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
