// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace twin::ui {

/**
 * Lays its items out left to right and starts a new line where the next one does not fit,
 * so a row of controls stays usable in a narrow window instead of forcing the window wide.
 * On each line the room left over goes to the items that expand horizontally (a payload
 * field); the others keep their size hint.
 */
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    /// Puts \a widget before item \a index (at the end when out of range).
    void insertWidget(int index, QWidget *widget);
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Places the items in \a rect (when \a apply) and returns the height they take.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_width = 0; ///< of the last geometry: the minimum height is that width's lines
};

} // namespace twin::ui
