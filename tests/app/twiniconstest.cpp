// SPDX-License-Identifier: GPL-3.0-or-later
// Icons by category and data type in the palette and the tree (they need a GUI
// application, so they are checked here rather than with the core library's models).
#include "document/project.h"
#include "itemmodels/palettemodel.h"
#include "itemmodels/twinicons.h"

#include <QIcon>
#include <QImage>
#include <QSet>

#include <gtest/gtest.h>

using namespace twin;

TEST(TwinIcons, PaletteAndTreeShowIconsByCategoryAndDataType)
{
    Project p;
    PaletteModel palette(&p);
    QSet<qint64> sensorIcons;
    for (int g = 0; g < palette.rowCount(); ++g) {
        const QModelIndex group = palette.index(g, 0);
        EXPECT_FALSE(group.data(Qt::DecorationRole).value<QIcon>().isNull());
        for (int r = 0; r < palette.rowCount(group); ++r) {
            const QIcon icon = palette.index(r, 0, group).data(Qt::DecorationRole).value<QIcon>();
            ASSERT_FALSE(icon.isNull());
            if (Category(group.data(PaletteModel::CategoryRole).toInt()) == Category::Sensor)
                sensorIcons.insert(icon.cacheKey());
        }
    }
    // Temperature, humidity, CO2, motion, ... sensors look different from one another.
    EXPECT_GE(sensorIcons.size(), 8);
    const QImage device = twinIcon(Category::Device).pixmap(32).toImage();
    const QImage person = twinIcon(Category::Person).pixmap(32).toImage();
    EXPECT_NE(device.pixelColor(16, 4), person.pixelColor(16, 4));
    EXPECT_EQ(twinIcon(Category::Device).cacheKey(), twinIcon(Category::Device).cacheKey());
}
