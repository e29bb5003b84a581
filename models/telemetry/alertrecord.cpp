// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrecord.h"

namespace twin {

QString AlertRecord::stateName(State state)
{
    switch (state) {
    case State::Open:
        return QStringLiteral("open");
    case State::Acknowledged:
        return QStringLiteral("acknowledged");
    case State::Cleared:
        return QStringLiteral("cleared");
    }
    return QString();
}

AlertRecord::State AlertRecord::stateFromName(const QString &name)
{
    if (name == QLatin1StringView("acknowledged"))
        return State::Acknowledged;
    if (name == QLatin1StringView("cleared"))
        return State::Cleared;
    return State::Open;
}

} // namespace twin
