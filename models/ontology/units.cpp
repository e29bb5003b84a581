// SPDX-License-Identifier: GPL-3.0-or-later
#include "units.h"

#include <QHash>

namespace twin {

QString Units::symbol(const QString &unit)
{
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("degreeCelsius"), QStringLiteral("°C")},
        {QStringLiteral("degreeFahrenheit"), QStringLiteral("°F")},
        {QStringLiteral("kelvin"), QStringLiteral("K")},
        {QStringLiteral("percent"), QStringLiteral("%")},
        {QStringLiteral("partsPerMillion"), QStringLiteral("ppm")},
        {QStringLiteral("partsPerBillion"), QStringLiteral("ppb")},
        {QStringLiteral("metre"), QStringLiteral("m")},
        {QStringLiteral("centimetre"), QStringLiteral("cm")},
        {QStringLiteral("millimetre"), QStringLiteral("mm")},
        {QStringLiteral("kilometre"), QStringLiteral("km")},
        {QStringLiteral("squareMetre"), QStringLiteral("m²")},
        {QStringLiteral("cubicMetre"), QStringLiteral("m³")},
        {QStringLiteral("litre"), QStringLiteral("L")},
        {QStringLiteral("watt"), QStringLiteral("W")},
        {QStringLiteral("kilowatt"), QStringLiteral("kW")},
        {QStringLiteral("megawatt"), QStringLiteral("MW")},
        {QStringLiteral("wattHour"), QStringLiteral("Wh")},
        {QStringLiteral("kilowattHour"), QStringLiteral("kWh")},
        {QStringLiteral("megawattHour"), QStringLiteral("MWh")},
        {QStringLiteral("volt"), QStringLiteral("V")},
        {QStringLiteral("ampere"), QStringLiteral("A")},
        {QStringLiteral("hertz"), QStringLiteral("Hz")},
        {QStringLiteral("lux"), QStringLiteral("lx")},
        {QStringLiteral("pascal"), QStringLiteral("Pa")},
        {QStringLiteral("kilopascal"), QStringLiteral("kPa")},
        {QStringLiteral("millibar"), QStringLiteral("mbar")},
        {QStringLiteral("second"), QStringLiteral("s")},
        {QStringLiteral("millisecond"), QStringLiteral("ms")},
        {QStringLiteral("minute"), QStringLiteral("min")},
        {QStringLiteral("hour"), QStringLiteral("h")},
        {QStringLiteral("kilogram"), QStringLiteral("kg")},
        {QStringLiteral("gram"), QStringLiteral("g")},
        {QStringLiteral("metrePerSecond"), QStringLiteral("m/s")},
        {QStringLiteral("decibel"), QStringLiteral("dB")},
        {QStringLiteral("unity"), QString()},
    };
    return symbols.value(unit, unit);
}

} // namespace twin
