// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/twin.h"

#include <QByteArray>
#include <QPointF>

#include <charconv>
#include <cstring>
#include <string_view>

namespace twin {

/// Reads the two geometry shapes that nearly every twin has — a position, an outline,
/// or both, exactly as Geometry::toJson() and QJsonDocument write them — without a JSON
/// document in between; about a third of a twin's reading time otherwise. Anything else
/// (a floor plan, other spacing) returns false and takes the general path.
class GeometryScanner
{
public:
    explicit GeometryScanner(const QByteArray &text) : m_p(text.constData()), m_end(m_p + text.size()) {}

    bool scan(Geometry *out)
    {
        Geometry g;
        if (!literal("{"))
            return false;
        bool first = true;
        if (literal("\"outline\":[")) {
            if (!literal("]")) {
                do {
                    QPointF p;
                    if (!point(&p))
                        return false;
                    g.outline.append(p);
                } while (literal(","));
                if (!literal("]"))
                    return false;
            }
            first = false;
        }
        if (literal(first ? "\"position\":" : ",\"position\":")) {
            QPointF p;
            if (!point(&p))
                return false;
            g.position = p;
        }
        if (!literal("}") || m_p != m_end)
            return false;
        *out = std::move(g);
        return true;
    }

private:
    bool literal(std::string_view text)
    {
        if (size_t(m_end - m_p) < text.size() || std::memcmp(m_p, text.data(), text.size()) != 0)
            return false;
        m_p += text.size();
        return true;
    }

    bool number(double *value)
    {
        // JSON numbers only: from_chars would also take "inf" and "nan".
        if (m_p == m_end || !(*m_p == '-' || (*m_p >= '0' && *m_p <= '9')))
            return false;
        const auto [ptr, ec] = std::from_chars(m_p, m_end, *value);
        if (ec != std::errc())
            return false;
        m_p = ptr;
        return true;
    }

    bool point(QPointF *p)
    {
        double x = 0;
        double y = 0;
        if (!literal("[") || !number(&x) || !literal(",") || !number(&y) || !literal("]"))
            return false;
        *p = QPointF(x, y);
        return true;
    }

    const char *m_p;
    const char *m_end;
};

} // namespace twin
