// SPDX-License-Identifier: GPL-3.0-or-later
#include "payloadlayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iterator>

namespace twin {

namespace {

QString escapeToken(QString token)
{
    return token.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
}

QString scalarText(const QJsonValue &v)
{
    // A one-element array prints a scalar exactly as JSON writes it.
    const QByteArray json = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

void emitValue(const QJsonValue &value, const QJsonValue &previous, bool compare, const QString &pointer,
               const QString &prefix, const QString &suffix, int depth, QList<PayloadLine> *lines)
{
    const QString indent(depth * 2, u' ');
    if (value.isObject() || value.isArray()) {
        const bool object = value.isObject();
        lines->append({indent + prefix + (object ? QStringLiteral("{") : QStringLiteral("[")), pointer, false,
                       compare && (previous.isObject() != object || previous.isArray() == object)});
        if (object) {
            const QJsonObject o = value.toObject();
            const QJsonObject p = previous.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const bool last = std::next(it) == o.end();
                emitValue(it.value(), p.value(it.key()), compare, pointer + u'/' + escapeToken(it.key()),
                          QStringLiteral("\"%1\": ").arg(it.key()), last ? QString() : QStringLiteral(","), depth + 1,
                          lines);
            }
        } else {
            const QJsonArray a = value.toArray();
            const QJsonArray p = previous.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                emitValue(a.at(i), i < p.size() ? p.at(i) : QJsonValue(QJsonValue::Undefined), compare,
                          pointer + u'/' + QString::number(i), QString(),
                          i + 1 == a.size() ? QString() : QStringLiteral(","), depth + 1, lines);
            }
        }
        lines->append({indent + (object ? QStringLiteral("}") : QStringLiteral("]")) + suffix, pointer, false, false});
        return;
    }
    lines->append({indent + prefix + scalarText(value) + suffix, pointer, true, compare && value != previous});
}

} // namespace

bool PayloadLayout::parse(const QByteArray &payload, QJsonValue *value)
{
    QJsonParseError error;
    // Wrapped in an array, bare scalars ("21.5", "true") parse too.
    const QJsonDocument doc = QJsonDocument::fromJson('[' + payload + ']', &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return false;
    *value = doc.array().at(0);
    return true;
}

QList<PayloadLine> PayloadLayout::layout(const QByteArray &payload, const QByteArray &previous)
{
    QList<PayloadLine> lines;
    QJsonValue value;
    if (!parse(payload, &value)) {
        lines.append({QString::fromUtf8(payload), QString(), false, !previous.isEmpty() && payload != previous});
        return lines;
    }
    QJsonValue before(QJsonValue::Undefined);
    const bool compare = !previous.isEmpty();
    if (compare && !parse(previous, &before))
        before = QJsonValue(QJsonValue::Undefined);
    emitValue(value, before, compare, QString(), QString(), QString(), 0, &lines);
    return lines;
}

QJsonValue PayloadLayout::valueAt(const QByteArray &payload, const QString &pointer)
{
    QJsonValue value;
    if (!parse(payload, &value))
        return QJsonValue(QJsonValue::Undefined);
    if (pointer.isEmpty())
        return value;
    const QStringList tokens = pointer.mid(1).split(u'/');
    for (QString token : tokens) {
        token.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (value.isObject()) {
            value = value.toObject().value(token);
        } else if (value.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            if (!ok || index < 0 || index >= value.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            value = value.toArray().at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
        if (value.isUndefined())
            return value;
    }
    return value;
}

} // namespace twin
