// SPDX-License-Identifier: GPL-3.0-or-later
#include "category.h"

#include <QCoreApplication>

namespace twin {

QString categoryName(Category category)
{
    switch (category) {
    case Category::Space: return QStringLiteral("Space");
    case Category::Device: return QStringLiteral("Device");
    case Category::Sensor: return QStringLiteral("Sensor");
    case Category::Person: return QStringLiteral("Person");
    case Category::Other: break;
    }
    return QStringLiteral("Other");
}

QString categoryDisplayName(Category category)
{
    switch (category) {
    case Category::Space: return QCoreApplication::translate("twin::Category", "Space");
    case Category::Device: return QCoreApplication::translate("twin::Category", "Device");
    case Category::Sensor: return QCoreApplication::translate("twin::Category", "Sensor");
    case Category::Person: return QCoreApplication::translate("twin::Category", "Person");
    case Category::Other: break;
    }
    return QCoreApplication::translate("twin::Category", "Other");
}

Category categoryFromName(const QString &name)
{
    for (Category c : {Category::Space, Category::Device, Category::Sensor, Category::Person}) {
        if (name.compare(categoryName(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return Category::Other;
}

} // namespace twin
