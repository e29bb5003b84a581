// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinicons.h"

#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace twin {

QColor categoryColour(Category category)
{
    switch (category) {
    case Category::Space: return QColor(0x8c, 0x6d, 0x31);
    case Category::Device: return QColor(0x1f, 0x77, 0xb4);
    case Category::Sensor: return QColor(0x2c, 0xa0, 0x2c);
    case Category::Person: return QColor(0xd6, 0x27, 0x28);
    case Category::Other: break;
    }
    return QColor(0x7f, 0x7f, 0x7f);
}

namespace {

QChar letterFor(Category category, const QString &dataType)
{
    if (category == Category::Sensor && !dataType.isEmpty()) {
        static const QHash<QString, QChar> letters{
            {QStringLiteral("Temperature"), u'T'}, {QStringLiteral("Humidity"), u'H'},
            {QStringLiteral("CarbonDioxide"), u'C'}, {QStringLiteral("Motion"), u'M'},
            {QStringLiteral("Occupancy"), u'O'},   {QStringLiteral("Illuminance"), u'L'},
            {QStringLiteral("Power"), u'P'},       {QStringLiteral("Energy"), u'E'}};
        return letters.value(dataType, dataType.at(0).toUpper());
    }
    switch (category) {
    case Category::Space: return QChar(); // a square says it
    case Category::Device: return u'D';
    case Category::Sensor: return u'S';
    case Category::Person: return u'P';
    case Category::Other: break;
    }
    return u'·';
}

QPixmap badge(Category category, QChar letter, int size)
{
    const QColor colour = categoryColour(category);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    const QRectF box(0.5, 0.5, size - 1.0, size - 1.0);
    if (category == Category::Space)
        p.drawRoundedRect(box.adjusted(size * 0.08, size * 0.08, -size * 0.08, -size * 0.08), size * 0.15, size * 0.15);
    else
        p.drawEllipse(box);
    if (letter.isNull())
        return pixmap;
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(int(size * 0.62));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, QString(letter));
    return pixmap;
}

} // namespace

QIcon twinIcon(Category category, const QString &dataType)
{
    // Headless users of the models (twinctl, the core tests) have no pixmaps.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QIcon();
    static QHash<QString, QIcon> cache;
    const QString key = categoryName(category) + u'/' + dataType;
    const auto it = cache.constFind(key);
    if (it != cache.cend())
        return *it;
    QIcon icon;
    const QChar letter = letterFor(category, dataType);
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(badge(category, letter, size));
    cache.insert(key, icon);
    return icon;
}

} // namespace twin
