// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicfilter.h"

namespace twin {

bool TopicFilter::isValid(std::string_view filter)
{
    if (filter.empty())
        return false;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = filter.find('/', start);
        const std::string_view level = filter.substr(start, end == std::string_view::npos ? end : end - start);
        if (level.find_first_of("+#") != std::string_view::npos) {
            if (level.size() != 1)
                return false;
            if (level == "#" && end != std::string_view::npos)
                return false;
        }
        if (end == std::string_view::npos)
            return true;
        start = end + 1;
    }
}

bool TopicFilter::matches(std::string_view filter, std::string_view topic)
{
    // Topics starting with '$' are not matched by filters starting with a wildcard.
    if (!topic.empty() && topic.front() == '$' && !filter.empty() && (filter.front() == '+' || filter.front() == '#'))
        return false;
    std::size_t f = 0, t = 0;
    while (true) {
        const std::size_t fe = filter.find('/', f);
        const std::string_view fl = filter.substr(f, fe == std::string_view::npos ? fe : fe - f);
        if (fl == "#")
            return true;
        if (t > topic.size())
            // The topic ran out of levels; "a/#" also matches "a".
            return false;
        const std::size_t te = topic.find('/', t);
        const std::string_view tl = topic.substr(t, te == std::string_view::npos ? te : te - t);
        if (fl != "+" && fl != tl)
            return false;
        if (fe == std::string_view::npos)
            return te == std::string_view::npos;
        if (te == std::string_view::npos) {
            // Filter has more levels; only a trailing "#" can still match.
            return filter.substr(fe + 1) == "#";
        }
        f = fe + 1;
        t = te + 1;
    }
}

} // namespace twin
