// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace twin {

/// MQTT topic filters: "+" matches one level, "#" (last) the rest, as in MQTT 3.1.1 §4.7.
class TopicFilter
{
public:
    static bool isValid(std::string_view filter);
    static bool matches(std::string_view filter, std::string_view topic);
};

} // namespace twin
