// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace twin {

/// One line of a pretty-printed payload.
struct PayloadLine
{
    QString text;
    QString pointer;      ///< JSON pointer of the value on this line ("" for the whole payload)
    bool scalar = false;  ///< the line holds a number, boolean, string or null
    bool changed = false; ///< its value differs from the previous payload's (or is new)
};

/**
 * Lays out a payload for the topic browser: JSON pretty-printed (two spaces per level),
 * each line with the JSON pointer of its value, and the values that changed from the
 * previous payload marked. A payload that is not JSON is one line of text.
 */
class PayloadLayout
{
public:
    /// The lines of \a payload; with an empty \a previous nothing counts as changed.
    static QList<PayloadLine> layout(const QByteArray &payload, const QByteArray &previous = QByteArray());
    /// Parses \a payload, bare scalars included; false when it is not JSON.
    static bool parse(const QByteArray &payload, QJsonValue *value);
    /// The value at \a pointer (RFC 6901) in \a payload; undefined when there is none.
    static QJsonValue valueAt(const QByteArray &payload, const QString &pointer);
};

} // namespace twin
