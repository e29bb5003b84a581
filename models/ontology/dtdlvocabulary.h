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
    /// Semantic types: DTDL v2's built-in ones, or (3) those of the v3 QuantitativeTypes extension.
    static bool isSemanticType(const QString &term, int version = 3);
    /// True when \a unit is a unit of \a semanticType: in v3 a unit of the unit type it is
    /// measured in, in v2 a unit of its row in the v2 table.
    static bool isUnitOf(const QString &unit, const QString &semanticType, int version = 3);
    static bool isUnit(const QString &unit, int version = 3);
    /// A term of the language's "Reserved strings" table of DTDL \a version (2 or 3).
    static bool isReservedTerm(const QString &term, int version);
    /// The unit type ("TemperatureUnit") of a semantic type, empty when unknown.
    static QString unitTypeOf(const QString &semanticType);
};

} // namespace twin
