// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationmodel.h"

#include "telemetry/alertstore.h"

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

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

NotificationModel::NotificationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

NotificationModel::~NotificationModel() = default;

QString NotificationModel::severityOf(const FunctionNotification &notification)
{
    // Alert rules and functions that follow them put a severity in a JSON payload.
    const QJsonObject payload = QJsonDocument::fromJson(notification.payload.toUtf8()).object();
    const QString severity = payload.value(QStringLiteral("severity")).toString().toLower();
    if (severity == QLatin1StringView("critical") || severity == QLatin1StringView("error"))
        return QStringLiteral("critical");
    if (severity == QLatin1StringView("warning"))
        return severity;
    return QStringLiteral("info");
}

QString NotificationModel::currentUser()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    return QStringLiteral("unknown");
}

void NotificationModel::setLimit(int limit)
{
    m_limit = std::max(1, limit);
    trim();
}

bool NotificationModel::setLog(std::shared_ptr<AlertStore> log, QString *error, const QList<AlertRecord> *loaded)
{
    m_log = std::move(log);
    if (!m_log)
        return true;
    if (m_log->location() != m_unstoredLocation) {
        m_unstored.clear(); // ids of another history
        m_unstoredLocation = m_log->location();
    }
    // Alerts raised before there was a log (an unsaved project) go into it, oldest first.
    bool appended = false;
    for (auto a = m_rows.rbegin(); a != m_rows.rend(); ++a) {
        if (a->id != 0)
            continue;
        if (!m_log->append(&*a, error))
            return false;
        appended = true;
    }
    // Then what was acknowledged or cleared while it was away (a deferred caller wrote
    // them before it read \a loaded).
    if (!m_deferred && !storeUnstored(error))
        return false;
    QList<AlertRecord> stored;
    if (loaded && !appended)
        stored = *loaded;
    else if (!m_log->load(m_limit, &stored, error))
        return false;
    overlayUnstored(&stored);
    beginResetModel();
    m_rows = std::move(stored);
    endResetModel();
    return true;
}

void NotificationModel::showStored(const QList<AlertRecord> &stored)
{
    QList<AlertRecord> rows = stored;
    overlayUnstored(&rows);
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    trim();
}

void NotificationModel::overlayUnstored(QList<AlertRecord> *rows) const
{
    for (const AlertRecord &change : m_unstored) {
        for (AlertRecord &row : *rows) {
            if (row.id == change.id)
                row = change;
        }
    }
}

bool NotificationModel::storeUnstored(QString *error)
{
    while (m_log && !m_unstored.isEmpty()) {
        if (!m_log->update(m_unstored.constFirst(), error))
            return false;
        m_unstored.removeFirst();
    }
    return true;
}

void NotificationModel::markStored(const QList<AlertRecord> &written)
{
    m_unstored.removeIf([&](const AlertRecord &a) { return written.contains(a); });
}

bool NotificationModel::store(int row, QString *error)
{
    AlertRecord &a = m_rows[row];
    if (a.id == 0)
        return !m_log || m_log->append(&a, error);
    // A change of a stored alert waits in m_unstored until the log takes it (the latest
    // change of an alert holds the earlier ones: update() merges).
    m_unstored.removeIf([&](const AlertRecord &w) { return w.id == a.id; });
    m_unstored.append(a);
    if (m_deferred) {
        emit unstoredChanged();
        return true;
    }
    return storeUnstored(error);
}

int NotificationModel::raisedBy(const QString &twinId, const QString &rule) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const AlertRecord &a = m_rows.at(row);
        if (a.state != AlertRecord::State::Cleared && a.twinId == twinId && a.rule == rule)
            return row;
    }
    return -1;
}

void NotificationModel::addNotifications(const QList<FunctionNotification> &notifications)
{
    if (notifications.isEmpty())
        return;
    QList<AlertRecord> added;
    for (const FunctionNotification &n : notifications) {
        const QJsonObject payload = QJsonDocument::fromJson(n.payload.toUtf8()).object();
        const QString rule = payload.value(QStringLiteral("rule")).toString();
        if (payload.value(QStringLiteral("alert")).toString() == QLatin1StringView("cleared") && !rule.isEmpty()) {
            // What a rule raised, it clears: among the new ones first, then the listed ones.
            auto pending = std::find_if(added.rbegin(), added.rend(), [&](const AlertRecord &a) {
                return a.state != AlertRecord::State::Cleared && a.twinId == n.twinId && a.rule == rule;
            });
            if (pending != added.rend()) {
                pending->state = AlertRecord::State::Cleared;
                pending->clearedMs = n.timeMs;
                continue;
            }
            const int row = raisedBy(n.twinId, rule);
            if (row >= 0) {
                m_rows[row].state = AlertRecord::State::Cleared;
                m_rows[row].clearedMs = n.timeMs;
                QString error;
                if (!store(row, &error))
                    emit errorOccurred(error);
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
                continue;
            }
        }
        AlertRecord a;
        a.raisedMs = n.timeMs;
        a.twinId = n.twinId;
        a.type = n.type;
        a.payload = n.payload;
        a.function = n.function;
        a.severity = severityOf(n);
        a.rule = rule;
        added.append(a);
    }
    if (added.isEmpty())
        return;
    // Only the newest limit() of a large batch are shown (and stored).
    const qsizetype count = std::min<qsizetype>(added.size(), m_limit);
    beginInsertRows(QModelIndex(), 0, int(count) - 1);
    QList<AlertRecord> rows;
    rows.reserve(count + m_rows.size());
    for (qsizetype i = added.size() - 1; i >= added.size() - count; --i)
        rows.append(added.at(i));
    rows.append(m_rows);
    m_rows = std::move(rows);
    endInsertRows();
    for (int row = int(count) - 1; row >= 0; --row) {
        QString error;
        if (!store(row, &error)) {
            emit errorOccurred(error);
            break;
        }
    }
    trim();
}

FunctionNotification NotificationModel::notification(int row) const
{
    const AlertRecord &a = m_rows.at(row);
    return FunctionNotification{a.twinId, a.type, a.payload, a.function, a.raisedMs};
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

bool NotificationModel::acknowledge(int row, const QString &comment, const QString &user, qint64 timeMs,
                                    QString *error)
{
    AlertRecord &a = m_rows[row];
    if (a.state == AlertRecord::State::Cleared) {
        *error = tr("The alert on %1 is cleared already").arg(a.twinId);
        return false;
    }
    a.state = AlertRecord::State::Acknowledged;
    a.acknowledgedBy = user;
    a.acknowledgedMs = timeMs;
    a.comment = comment;
    // Not stored now (the history is away): it stays, and waits to be written.
    const bool stored = store(row, error);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return stored;
}

bool NotificationModel::clearAlert(int row, qint64 timeMs, QString *error)
{
    AlertRecord &a = m_rows[row];
    if (a.state == AlertRecord::State::Cleared)
        return true;
    a.state = AlertRecord::State::Cleared;
    a.clearedMs = timeMs;
    const bool stored = store(row, error);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return stored;
}

NotificationModel::Counts NotificationModel::openCounts() const
{
    Counts counts;
    for (const AlertRecord &a : m_rows) {
        if (a.state == AlertRecord::State::Cleared)
            continue;
        if (a.severity == QLatin1StringView("critical"))
            ++counts.critical;
        else if (a.severity == QLatin1StringView("warning"))
            ++counts.warning;
        else
            ++counts.info;
    }
    return counts;
}

int NotificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NotificationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationModel::display(const AlertRecord &a, int column) const
{
    switch (column) {
    case TimeColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.raisedMs).time(), QStringLiteral("HH:mm:ss.zzz"));
    case TwinColumn:
        return a.twinId;
    case TypeColumn:
        return a.type;
    case PayloadColumn:
        return oneLine(a.payload);
    case SeverityColumn:
        return a.severity == QLatin1StringView("critical") ? tr("Critical")
               : a.severity == QLatin1StringView("warning") ? tr("Warning")
                                                            : tr("Info");
    case StateColumn:
        switch (a.state) {
        case AlertRecord::State::Open:
            return tr("Open");
        case AlertRecord::State::Acknowledged:
            return tr("Acknowledged");
        case AlertRecord::State::Cleared:
            return tr("Cleared");
        }
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant NotificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AlertRecord &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(a, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.raisedMs), QLocale::LongFormat);
        if (index.column() == PayloadColumn)
            return a.function.isEmpty() ? a.payload : tr("%1\n(from function %2)").arg(a.payload, a.function);
        if (index.column() == StateColumn && a.acknowledgedMs > 0) {
            const QString ack = tr("Acknowledged by %1 at %2").arg(a.acknowledgedBy, timeText(a.acknowledgedMs));
            return a.comment.isEmpty() ? ack : ack + u'\n' + a.comment;
        }
        return QVariant();
    case TimeRole:
        return a.raisedMs;
    case TwinIdRole:
        return a.twinId;
    case TypeRole:
        return a.type;
    case PayloadRole:
        return a.payload;
    case FunctionRole:
        return a.function;
    case SeverityRole:
        return a.severity;
    case StateRole:
        return AlertRecord::stateName(a.state);
    case AcknowledgedByRole:
        return a.acknowledgedBy;
    case AcknowledgedTimeRole:
        return a.acknowledgedMs;
    case CommentRole:
        return a.comment;
    case ClearedTimeRole:
        return a.clearedMs;
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
    case SeverityColumn:
        return tr("Severity");
    case StateColumn:
        return tr("State");
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
    names.insert(SeverityRole, "severity");
    names.insert(StateRole, "state");
    names.insert(AcknowledgedByRole, "acknowledgedBy");
    names.insert(AcknowledgedTimeRole, "acknowledgedTime");
    names.insert(CommentRole, "comment");
    names.insert(ClearedTimeRole, "clearedTime");
    return names;
}

} // namespace twin
