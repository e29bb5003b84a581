// SPDX-License-Identifier: GPL-3.0-or-later
#include "dtdlelement.h"

namespace twin {

QString DtdlElement::localized(const QMap<QString, QString> &strings, const QString &language)
{
    if (!language.isEmpty()) {
        const auto it = strings.constFind(language);
        if (it != strings.cend())
            return *it;
    }
    // Text written without a language is stored as English.
    const auto en = strings.constFind(QStringLiteral("en"));
    if (en != strings.cend())
        return *en;
    return strings.isEmpty() ? QString() : strings.first();
}

QString dtdlKindName(DtdlKind kind)
{
    switch (kind) {
    case DtdlKind::Interface: return QStringLiteral("Interface");
    case DtdlKind::Telemetry: return QStringLiteral("Telemetry");
    case DtdlKind::Property: return QStringLiteral("Property");
    case DtdlKind::Command: return QStringLiteral("Command");
    case DtdlKind::CommandPayload: return QStringLiteral("CommandPayload");
    case DtdlKind::CommandRequest: return QStringLiteral("CommandRequest");
    case DtdlKind::CommandResponse: return QStringLiteral("CommandResponse");
    case DtdlKind::Relationship: return QStringLiteral("Relationship");
    case DtdlKind::Component: return QStringLiteral("Component");
    case DtdlKind::Array: return QStringLiteral("Array");
    case DtdlKind::Enum: return QStringLiteral("Enum");
    case DtdlKind::EnumValue: return QStringLiteral("EnumValue");
    case DtdlKind::Map: return QStringLiteral("Map");
    case DtdlKind::MapKey: return QStringLiteral("MapKey");
    case DtdlKind::MapValue: return QStringLiteral("MapValue");
    case DtdlKind::Object: return QStringLiteral("Object");
    case DtdlKind::Field: return QStringLiteral("Field");
    }
    return QString();
}

} // namespace twin
