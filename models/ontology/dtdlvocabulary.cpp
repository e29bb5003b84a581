// SPDX-License-Identifier: GPL-3.0-or-later
#include "dtdlvocabulary.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace twin {

namespace {

// Unit types and their units, as itemized by the DTDL QuantitativeTypes extension
// (the same names DTDL v2 builds in).
const char *const kUnitTypes[] = {
    "AccelerationUnit centimetrePerSecondSquared gForce metrePerSecondSquared",
    "AngleUnit degreeOfArc minuteOfArc radian secondOfArc turn",
    "AngularAccelerationUnit radianPerSecondSquared",
    "AngularVelocityUnit degreePerSecond radianPerSecond revolutionPerMinute revolutionPerSecond",
    "ApparentEnergyUnit gigavoltAmpereHour kilovoltAmpereHour megavoltAmpereHour voltAmpereHour",
    "ApparentPowerUnit gigavoltAmpere kilovoltAmpere megavoltAmpere millivoltAmpere voltAmpere",
    "AreaUnit acre hectare squareCentimetre squareFoot squareInch squareKilometre squareMetre "
    "squareMillimetre",
    "CapacitanceUnit farad microfarad millifarad nanofarad picofarad",
    "Unitless partsPerBillion partsPerMillion partsPerQuadrillion partsPerTrillion percent unity",
    "CurrentUnit ampere kiloampere microampere milliampere",
    "DataRateUnit bitPerSecond bytePerSecond exbibitPerSecond exbibytePerSecond gibibitPerSecond "
    "gibibytePerSecond kibibitPerSecond kibibytePerSecond mebibitPerSecond mebibytePerSecond "
    "tebibitPerSecond tebibytePerSecond yobibitPerSecond yobibytePerSecond zebibitPerSecond "
    "zebibytePerSecond",
    "DataSizeUnit bit byte exbibit exbibyte gibibit gibibyte kibibit kibibyte mebibit mebibyte "
    "tebibit tebibyte yobibit yobibyte zebibit zebibyte",
    "DensityUnit gramPerCubicMetre kilogramPerCubicMetre microgramPerCubicMetre "
    "milligramPerCubicMetre",
    "LengthUnit astronomicalUnit centimetre foot inch kilometre metre micrometre mile millimetre "
    "nanometre nauticalMile",
    "ChargeUnit ampereHour coulomb milliampereHour",
    "EnergyUnit britishThermalUnit electronvolt gigajoule gigawattHour joule kiloBritishThermalUnit "
    "kilojoule kilowattHour megaelectronvolt megajoule megawattHour milliwattHour terawattHour "
    "wattHour",
    "PowerUnit britishThermalUnitPerHour gigajoulePerHour gigawatt horsepower joulePerHour "
    "joulePerSecond kiloBritishThermalUnitPerHour kilojoulePerHour kilojoulePerSecond kilowatt "
    "kilowattHourPerYear megajoulePerHour megawatt microwatt milliwatt tonOfRefrigeration watt",
    "ForceUnit newton ounce pound ton",
    "FrequencyUnit gigahertz hertz kilohertz megahertz millihertz",
    "IlluminanceUnit footcandle lux",
    "InductanceUnit henry microhenry millihenry",
    "IonizingRadiationDoseUnit gray microgray microsievert milligray millisievert sievert",
    "IrradianceUnit wattPerSquareMetre",
    "LuminanceUnit candelaPerSquareMetre",
    "LuminousFluxUnit lumen",
    "LuminousIntensityUnit candela",
    "MagneticFluxUnit maxwell weber",
    "MagneticInductionUnit gauss tesla",
    "MassUnit gram kilogram massPound microgram milligram slug tonne",
    "MassFlowRateUnit gramPerHour gramPerSecond kilogramPerHour kilogramPerSecond massPoundPerHour",
    "PressureUnit bar decapascal hectopascal inchesOfMercury inchesOfWater kilopascal millibar "
    "millimetresOfMercury pascal poundPerSquareInch",
    "RadioactivityUnit becquerel gigabecquerel kilobecquerel megabecquerel",
    "ReactiveEnergyUnit gigavoltAmpereReactiveHour kilovoltAmpereReactiveHour "
    "megavoltAmpereReactiveHour voltAmpereReactiveHour",
    "ReactivePowerUnit gigavoltAmpereReactive kilovoltAmpereReactive megavoltAmpereReactive "
    "millivoltAmpereReactive voltAmpereReactive",
    "ResistanceUnit kiloohm megaohm milliohm ohm",
    "SoundPressureUnit bel decibel",
    "TemperatureUnit degreeCelsius degreeFahrenheit kelvin",
    "TimeUnit day hour microsecond millisecond minute nanosecond second year",
    "TorqueUnit newtonMetre",
    "VelocityUnit centimetrePerSecond kilometrePerHour kilometrePerSecond knot metrePerHour "
    "metrePerSecond milePerHour milePerSecond",
    "VoltageUnit kilovolt megavolt microvolt millivolt volt",
    "VolumeUnit cubicCentimetre cubicFoot cubicInch cubicMetre fluidOunce gallon litre millilitre",
    "VolumeFlowRateUnit cubicFootPerMinute cubicMetrePerHour cubicMetrePerMinute "
    "cubicMetrePerSecond gallonPerHour gallonPerMinute litrePerHour litrePerMinute litrePerSecond "
    "millilitrePerHour millilitrePerMinute millilitrePerSecond",
};

// Semantic type → the unit type its unit must belong to.
const char *const kSemanticTypes[] = {
    "Acceleration AccelerationUnit", "Angle AngleUnit", "AngularAcceleration AngularAccelerationUnit",
    "AngularVelocity AngularVelocityUnit", "ApparentEnergy ApparentEnergyUnit",
    "ApparentPower ApparentPowerUnit", "Area AreaUnit", "Capacitance CapacitanceUnit",
    "Concentration Unitless", "Current CurrentUnit", "DataRate DataRateUnit",
    "DataSize DataSizeUnit", "Density DensityUnit", "Distance LengthUnit",
    "ElectricCharge ChargeUnit", "Energy EnergyUnit", "EnergyRate PowerUnit", "Force ForceUnit",
    "Frequency FrequencyUnit", "Humidity DensityUnit", "Illuminance IlluminanceUnit",
    "Inductance InductanceUnit", "IonizingRadiationDose IonizingRadiationDoseUnit",
    "Irradiance IrradianceUnit", "Latitude AngleUnit", "Length LengthUnit", "Longitude AngleUnit",
    "Luminance LuminanceUnit", "Luminosity PowerUnit", "LuminousFlux LuminousFluxUnit",
    "LuminousIntensity LuminousIntensityUnit", "MagneticFlux MagneticFluxUnit",
    "MagneticInduction MagneticInductionUnit", "Mass MassUnit", "MassFlowRate MassFlowRateUnit",
    "Power PowerUnit", "Pressure PressureUnit", "Radioactivity RadioactivityUnit",
    "ReactiveEnergy ReactiveEnergyUnit", "ReactivePower ReactivePowerUnit",
    "RelativeDensity Unitless", "RelativeHumidity Unitless", "Resistance ResistanceUnit",
    "SoundPressure SoundPressureUnit", "Temperature TemperatureUnit", "Thrust ForceUnit",
    "TimeSpan TimeUnit", "Torque TorqueUnit", "Velocity VelocityUnit", "Voltage VoltageUnit",
    "Volume VolumeUnit", "VolumeFlowRate VolumeFlowRateUnit",
};

struct Tables
{
    QHash<QString, QString> semanticToUnitType;
    QHash<QString, QSet<QString>> unitsOfType;
    QSet<QString> units;

    Tables()
    {
        for (const char *line : kUnitTypes) {
            const QStringList words = QString::fromLatin1(line).split(u' ', Qt::SkipEmptyParts);
            QSet<QString> &set = unitsOfType[words.first()];
            for (qsizetype i = 1; i < words.size(); ++i) {
                set.insert(words.at(i));
                units.insert(words.at(i));
            }
        }
        for (const char *line : kSemanticTypes) {
            const QStringList words = QString::fromLatin1(line).split(u' ');
            semanticToUnitType.insert(words.at(0), words.at(1));
        }
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

} // namespace

bool DtdlVocabulary::isPrimitiveSchema(const QString &term, int version)
{
    static const QSet<QString> v2{u"boolean"_qs, u"date"_qs, u"dateTime"_qs, u"double"_qs,
                                  u"duration"_qs, u"float"_qs, u"integer"_qs, u"long"_qs,
                                  u"string"_qs, u"time"_qs};
    static const QSet<QString> v3only{u"byte"_qs, u"bytes"_qs, u"decimal"_qs, u"short"_qs,
                                      u"uuid"_qs, u"unsignedByte"_qs, u"unsignedInteger"_qs,
                                      u"unsignedLong"_qs, u"unsignedShort"_qs};
    return v2.contains(term) || (version >= 3 && v3only.contains(term));
}

bool DtdlVocabulary::isNumericSchema(const QString &term)
{
    static const QSet<QString> numeric{u"double"_qs, u"float"_qs, u"integer"_qs, u"long"_qs,
                                       u"byte"_qs, u"decimal"_qs, u"short"_qs,
                                       u"unsignedByte"_qs, u"unsignedInteger"_qs,
                                       u"unsignedLong"_qs, u"unsignedShort"_qs};
    return numeric.contains(term);
}

bool DtdlVocabulary::isGeospatialSchema(const QString &term)
{
    static const QSet<QString> geo{u"point"_qs, u"lineString"_qs, u"polygon"_qs,
                                   u"multiPoint"_qs, u"multiLineString"_qs, u"multiPolygon"_qs};
    return geo.contains(term);
}

bool DtdlVocabulary::isSemanticType(const QString &term)
{
    return tables().semanticToUnitType.contains(term);
}

bool DtdlVocabulary::isUnitOf(const QString &unit, const QString &semanticType)
{
    const Tables &t = tables();
    const auto it = t.semanticToUnitType.constFind(semanticType);
    return it != t.semanticToUnitType.cend() && t.unitsOfType.value(*it).contains(unit);
}

bool DtdlVocabulary::isUnit(const QString &unit)
{
    return tables().units.contains(unit);
}

QString DtdlVocabulary::unitTypeOf(const QString &semanticType)
{
    return tables().semanticToUnitType.value(semanticType);
}

} // namespace twin
