// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationmodel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace twin {

namespace {

/// Payloads are usually JSON text; one line of it in the table, all of it in the tooltip.
QString oneLine(const QString &text)
{
    QString line = text.simplified();
    constexpr int MaxLength = 200;
    if (line.size() > MaxLength)
        line = line.left(MaxLength - 1) + QChar(0x2026);
    return line;
}

} // namespace

QString NotificationModel::severityOf(const FunctionNotification &notification)
{
    // Alert rules and functions that follow them put a severity in a JSON payload.
    const QJsonObject payload = QJsonDocument::fromJson(notification.payload.toUtf8()).object();
    const QString severity = payload.value(QStringLiteral("severity")).toString().toLower();
    if (severity == QLatin1StringView("critical") || severity == QLatin1StringView("warning"))
        return severity;
    return QStringLiteral("info");
}

NotificationModel::NotificationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NotificationModel::setLimit(int limit)
{
    m_limit = std::max(1, limit);
    trim();
}

void NotificationModel::addNotifications(const QList<FunctionNotification> &notifications)
{
    if (notifications.isEmpty())
        return;
    // Only the newest limit() of a large batch are shown.
    const qsizetype count = std::min<qsizetype>(notifications.size(), m_limit);
    beginInsertRows(QModelIndex(), 0, int(count) - 1);
    QList<FunctionNotification> rows;
    rows.reserve(count + m_rows.size());
    for (qsizetype i = notifications.size() - 1; i >= notifications.size() - count; --i)
        rows.append(notifications.at(i));
    rows.append(m_rows);
    m_rows = std::move(rows);
    endInsertRows();
    trim();
}

void NotificationModel::trim()
{
    if (m_rows.size() <= m_limit)
        return;
    beginRemoveRows(QModelIndex(), m_limit, int(m_rows.size()) - 1);
    m_rows.resize(m_limit);
    endRemoveRows();
}

void NotificationModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int NotificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NotificationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const FunctionNotification &n = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(n.timeMs).time(), QStringLiteral("HH:mm:ss.zzz"));
        case TwinColumn:
            return n.twinId;
        case TypeColumn:
            return n.type;
        case PayloadColumn:
            return oneLine(n.payload);
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(n.timeMs), QLocale::LongFormat);
        if (index.column() == PayloadColumn)
            return n.function.isEmpty() ? n.payload : tr("%1\n(from function %2)").arg(n.payload, n.function);
        return QVariant();
    case TimeRole:
        return n.timeMs;
    case TwinIdRole:
        return n.twinId;
    case TypeRole:
        return n.type;
    case PayloadRole:
        return n.payload;
    case FunctionRole:
        return n.function;
    case SeverityRole:
        return severityOf(n);
    case StateRole:
        return QStringLiteral("open");
    default:
        return QVariant();
    }
}

QVariant NotificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TwinColumn:
        return tr("Twin");
    case TypeColumn:
        return tr("Type");
    case PayloadColumn:
        return tr("Payload");
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> NotificationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TimeRole, "time");
    names.insert(TwinIdRole, "twinId");
    names.insert(TypeRole, "type");
    names.insert(PayloadRole, "payload");
    names.insert(FunctionRole, "function");
    return names;
}

} // namespace twin
