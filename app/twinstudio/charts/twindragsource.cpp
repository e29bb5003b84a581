// SPDX-License-Identifier: GPL-3.0-or-later
#include "twindragsource.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDrag>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QMouseEvent>

namespace twin::ui {

QString TwinDragSource::mimeType()
{
    return QStringLiteral("application/x-twinstudio-twin-ids");
}

QMimeData *TwinDragSource::mimeData(const QStringList &ids)
{
    auto *data = new QMimeData;
    data->setData(mimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    data->setText(ids.join(QLatin1Char('\n')));
    return data;
}

QStringList TwinDragSource::twinIds(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    return QString::fromUtf8(data->data(mimeType())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

TwinDragSource::TwinDragSource(QAbstractItemView *view, int idRole)
    : QObject(view)
    , m_view(view)
    , m_idRole(idRole)
{
    view->viewport()->installEventFilter(this);
}

QStringList TwinDragSource::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(m_idRole).toString());
    ids.removeAll(QString());
    return ids;
}

bool TwinDragSource::eventFilter(QObject *watched, QEvent *event)
{
    Q_UNUSED(watched);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex index = m_view->indexAt(mouse->position().toPoint());
        // Only a press on a row that is already selected may become a drag: a press
        // elsewhere selects, and dragging from there extends the selection as before.
        m_armed = mouse->button() == Qt::LeftButton && index.isValid()
            && m_view->selectionModel()->isRowSelected(index.row(), index.parent());
        m_pressPos = mouse->position().toPoint();
        break;
    }
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (!m_armed || !(mouse->buttons() & Qt::LeftButton)
            || (mouse->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            break;
        m_armed = false;
        const QStringList ids = selectedIds();
        if (ids.isEmpty())
            break;
        auto *drag = new QDrag(m_view);
        drag->setMimeData(mimeData(ids));
        drag->exec(Qt::CopyAction);
        return true;
    }
    case QEvent::MouseButtonRelease:
        m_armed = false;
        break;
    default:
        break;
    }
    return false;
}

} // namespace twin::ui
