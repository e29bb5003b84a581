// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twin {

/**
 * The fixed terms of the DTDL language: primitive and geospatial schemas, and the
 * semantic types with their units (built into v2; the QuantitativeTypes extension in v3).
 */
class DtdlVocabulary
{
public:
    static bool isPrimitiveSchema(const QString &term, int version);
    static bool isNumericSchema(const QString &term);
    static bool isGeospatialSchema(const QString &term);
    static bool isSemanticType(const QString &term);
    /// True when \a unit is a unit of the unit type that \a semanticType is measured in.
    static bool isUnitOf(const QString &unit, const QString &semanticType);
    static bool isUnit(const QString &unit);
    /// The unit type ("TemperatureUnit") of a semantic type, empty when unknown.
    static QString unitTypeOf(const QString &semanticType);
};

} // namespace twin
