// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/payloadlayout.h"

#include <QPlainTextEdit>

namespace twin::ui {

/// A payload pretty-printed, the values that changed from the previous payload
/// highlighted; a click on a value picks that field (fieldPicked()).
class PayloadView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit PayloadView(QWidget *parent = nullptr);

    /// Shows \a payload, compared with \a previous (empty: nothing is marked).
    void setPayload(const QByteArray &payload, const QByteArray &previous);
    const QList<PayloadLine> &lines() const { return m_lines; }
    /// The picked field's JSON pointer; empty: the whole payload (or nothing picked).
    QString field() const { return m_field; }
    bool hasField() const { return m_picked; }
    /// Picks the field at \a pointer; false when no line shows it.
    bool pickField(const QString &pointer);

signals:
    void fieldPicked(const QString &pointer);
    /// "Bind to…" was asked for the picked field (context menu, double-click).
    void bindRequested(const QString &pointer);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void pickLine(int line);
    void updateHighlights();

    QList<PayloadLine> m_lines;
    QString m_field;
    bool m_picked = false;
};

} // namespace twin::ui
