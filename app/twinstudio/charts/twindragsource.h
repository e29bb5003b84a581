// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPoint>
#include <QStringList>

class QAbstractItemView;
class QMimeData;

namespace twin::ui {

/**
 * Lets the user drag the selected twins out of an item view (the topology tree and list)
 * onto a view that takes twins, such as a chart. The drag carries the twin ids; the
 * view's own mouse handling (selection) is left as it is until the drag starts.
 */
class TwinDragSource : public QObject
{
    Q_OBJECT

public:
    /// The MIME type of a drag of twins: their ids, one a line (UTF-8).
    static QString mimeType();
    /// The drag data for \a ids, as the views produce it.
    static QMimeData *mimeData(const QStringList &ids);
    /// The twin ids a drag carries; empty when it carries none.
    static QStringList twinIds(const QMimeData *data);

    /// Starts drags from \a view, whose rows give a twin's id in \a idRole.
    TwinDragSource(QAbstractItemView *view, int idRole);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList selectedIds() const;

    QAbstractItemView *const m_view;
    const int m_idRole;
    QPoint m_pressPos;
    bool m_armed = false;
};

} // namespace twin::ui
