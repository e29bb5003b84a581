// SPDX-License-Identifier: GPL-3.0-or-later
#include "staticplugins.h"

#include <QCoreApplication>
#include <QtPlugin>

#include <gtest/gtest.h>

Q_IMPORT_PLUGIN(BadApiFormat)

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    twin::importStaticPlugins();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
