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

// DTDL v2 builds its semantic types in with a narrower set of units per type than the v3
// extension: one row per semantic type, its units after it.
const char *const kSemanticTypesV2[] = {
    "Acceleration centimetrePerSecondSquared gForce metrePerSecondSquared",
    "Angle degreeOfArc minuteOfArc radian secondOfArc turn",
    "AngularAcceleration radianPerSecondSquared",
    "AngularVelocity degreePerSecond radianPerSecond revolutionPerMinute revolutionPerSecond",
    "Area acre hectare squareCentimetre squareFoot squareInch squareKilometre squareMetre "
    "squareMillimetre",
    "Capacitance farad microfarad millifarad nanofarad picofarad",
    "Current ampere microampere milliampere",
    "DataRate bitPerSecond bytePerSecond exbibitPerSecond exbibytePerSecond gibibitPerSecond "
    "gibibytePerSecond kibibitPerSecond kibibytePerSecond mebibitPerSecond mebibytePerSecond "
    "tebibitPerSecond tebibytePerSecond yobibitPerSecond yobibytePerSecond zebibitPerSecond "
    "zebibytePerSecond",
    "DataSize bit byte exbibit exbibyte gibibit gibibyte kibibit kibibyte mebibit mebibyte tebibit "
    "tebibyte yobibit yobibyte zebibit zebibyte",
    "Density gramPerCubicMetre kilogramPerCubicMetre",
    "Distance astronomicalUnit centimetre foot inch kilometre metre micrometre mile millimetre "
    "nanometre nauticalMile",
    "ElectricCharge coulomb",
    "Energy electronvolt gigajoule joule kilojoule kilowattHour megaelectronvolt megajoule",
    "Force newton ounce pound ton",
    "Frequency gigahertz hertz kilohertz megahertz",
    "Humidity gramPerCubicMetre kilogramPerCubicMetre",
    "Illuminance footcandle lux",
    "Inductance henry microhenry millihenry",
    "Latitude degreeOfArc minuteOfArc radian secondOfArc turn",
    "Length astronomicalUnit centimetre foot inch kilometre metre micrometre mile millimetre "
    "nanometre nauticalMile",
    "Longitude degreeOfArc minuteOfArc radian secondOfArc turn",
    "Luminance candelaPerSquareMetre",
    "Luminosity gigawatt horsepower kilowatt kilowattHourPerYear megawatt microwatt milliwatt watt",
    "LuminousFlux lumen",
    "LuminousIntensity candela",
    "MagneticFlux maxwell weber",
    "MagneticInduction tesla",
    "Mass gram kilogram microgram milligram slug tonne",
    "MassFlowRate gramPerHour gramPerSecond kilogramPerHour kilogramPerSecond",
    "Power gigawatt horsepower kilowatt kilowattHourPerYear megawatt microwatt milliwatt watt",
    "Pressure bar inchesOfMercury inchesOfWater kilopascal millibar millimetresOfMercury pascal "
    "poundPerSquareInch",
    "RelativeHumidity percent unity",
    "Resistance kiloohm megaohm milliohm ohm",
    "SoundPressure bel decibel",
    "Temperature degreeCelsius degreeFahrenheit kelvin",
    "Thrust newton ounce pound ton",
    "TimeSpan day hour microsecond millisecond minute nanosecond second year",
    "Torque newtonMetre",
    "Velocity centimetrePerSecond kilometrePerHour kilometrePerSecond knot metrePerHour "
    "metrePerSecond milePerHour milePerSecond",
    "Voltage kilovolt megavolt microvolt millivolt volt",
    "Volume cubicCentimetre cubicFoot cubicInch cubicMetre fluidOunce gallon litre millilitre",
    "VolumeFlowRate litrePerHour litrePerSecond millilitrePerHour millilitrePerSecond",
};

// The core language's own words (classes, properties, instances), which the language
// reserves: they may not be used as co-types or as undeclared properties. v2 reserves
// the words of its built-in semantic types, units and unit prefixes as well.
const char *const kReservedCommon =
    "Array asynchronous boolean Boolean Command CommandPayload commandType CommandType comment "
    "ComplexSchema Component Content contents date Date dateTime DateTime description displayName "
    "double Double duration Duration elementSchema Entity Enum enumValue EnumValue enumValues "
    "exponent extends Field fields float Float integer Integer Interface languageMajorVersion "
    "lineString long Long Map mapKey MapKey mapValue MapValue maxMultiplicity minMultiplicity "
    "multiLineString multiPoint multiPolygon name NamedEntity NumericSchema Object point polygon "
    "PrimitiveSchema properties Property Relationship request response schema Schema SchemaField "
    "schemas SemanticType SemanticUnit string String symbol synchronous target Telemetry "
    "TemporalSchema time Time Unit UnitAttribute valueSchema writable";
const char *const kReservedV3Only =
    "AdjunctType Alias aliasFor CommandRequest CommandResponse DtdlExtension LatentType metamodel "
    "model NamedLatentType";
const char *const kReservedV2Only =
    "AccelerationUnit AngleUnit AngularAccelerationUnit AngularVelocityUnit AreaUnit atto baseUnit "
    "BinaryPrefix BinaryUnit bottomUnit CapacitanceUnit centi ChargeUnit CurrentUnit DataRateUnit "
    "DataSizeUnit deci DecimalPrefix DecimalUnit deka DensityUnit EnergyUnit exa exbi femto "
    "ForceUnit FrequencyUnit gibi giga hecto IlluminanceUnit InductanceUnit kibi kilo LengthUnit "
    "LuminanceUnit LuminousFluxUnit LuminousIntensityUnit MagneticFluxUnit MagneticInductionUnit "
    "MassFlowRateUnit MassUnit mebi mega micro milli nano pebi peta pico PowerUnit prefix "
    "PressureUnit QuantitativeType RatioUnit ResistanceUnit SoundPressureUnit tebi "
    "TemperatureUnit tera TimeUnit topUnit TorqueUnit unit Unitless VelocityUnit VoltageUnit "
    "VolumeFlowRateUnit VolumeUnit yobi yocto yotta zebi zepto zetta";

struct Tables
{
    QHash<QString, QString> semanticToUnitType;
    QHash<QString, QSet<QString>> unitsOfType;
    QSet<QString> units;
    QHash<QString, QSet<QString>> unitsOfSemanticTypeV2;
    QSet<QString> unitsV2;
    QSet<QString> reservedV2;
    QSet<QString> reservedV3;

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
        for (const char *line : kSemanticTypesV2) {
            const QStringList words = QString::fromLatin1(line).split(u' ', Qt::SkipEmptyParts);
            QSet<QString> &set = unitsOfSemanticTypeV2[words.first()];
            reservedV2.insert(words.first());
            for (qsizetype i = 1; i < words.size(); ++i) {
                set.insert(words.at(i));
                unitsV2.insert(words.at(i));
                reservedV2.insert(words.at(i));
            }
        }
        const auto words = [](const char *text) {
            const QStringList list = QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
            return QSet<QString>(list.cbegin(), list.cend());
        };
        reservedV2 += words(kReservedCommon);
        reservedV2 += words(kReservedV2Only);
        reservedV3 = words(kReservedCommon);
        reservedV3 += words(kReservedV3Only);
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

bool DtdlVocabulary::isSemanticType(const QString &term, int version)
{
    if (version == 2)
        return tables().unitsOfSemanticTypeV2.contains(term);
    return tables().semanticToUnitType.contains(term);
}

bool DtdlVocabulary::isUnitOf(const QString &unit, const QString &semanticType, int version)
{
    const Tables &t = tables();
    if (version == 2)
        return t.unitsOfSemanticTypeV2.value(semanticType).contains(unit);
    const auto it = t.semanticToUnitType.constFind(semanticType);
    return it != t.semanticToUnitType.cend() && t.unitsOfType.value(*it).contains(unit);
}

bool DtdlVocabulary::isUnit(const QString &unit, int version)
{
    return version == 2 ? tables().unitsV2.contains(unit) : tables().units.contains(unit);
}

bool DtdlVocabulary::isReservedTerm(const QString &term, int version)
{
    return version == 2 ? tables().reservedV2.contains(term) : tables().reservedV3.contains(term);
}

QString DtdlVocabulary::unitTypeOf(const QString &semanticType)
{
    return tables().semanticToUnitType.value(semanticType);
}

} // namespace twin
