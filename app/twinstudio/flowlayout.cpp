// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace twin::ui {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    qDeleteAll(m_items);
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

void FlowLayout::insertWidget(int index, QWidget *widget)
{
    addChildWidget(widget);
    m_items.insert(index >= 0 && index <= m_items.size() ? index : m_items.size(), new QWidgetItem(widget));
    invalidate();
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else goes on lines of its own. As high as
    // the lines at the width it has now: a splitter or box above that asks the minimum
    // (not the height for a width) must not squeeze the wrapped lines into each other.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    size += QSize(m.left() + m.right(), m.top() + m.bottom());
    if (m_width > 0)
        size.setHeight(std::max(size.height(), heightForWidth(std::max(m_width, size.width()))));
    return size;
}

QSize FlowLayout::sizeHint() const
{
    // All on one line.
    int width = 0, height = 0, visible = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
        ++visible;
    }
    const QMargins m = contentsMargins();
    return {width + std::max(0, visible - 1) * spacing() + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
    if (rect.width() != m_width) {
        // Another width, maybe another number of lines: the minimum height changes. Told
        // on the next turn, not from inside the layout pass that set this geometry.
        m_width = rect.width();
        QMetaObject::invokeMethod(this, [this] {
            invalidate();
            if (QWidget *widget = parentWidget())
                widget->updateGeometry();
        }, Qt::QueuedConnection);
    }
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacing() >= 0 ? spacing() : 6;
    int y = area.y();
    qsizetype first = 0;
    while (first < m_items.size()) {
        // Fill a line: at least one item, then as many as fit at their size hints.
        int used = 0, lineHeight = 0, expanding = 0;
        qsizetype end = first;
        for (; end < m_items.size(); ++end) {
            const QLayoutItem *item = m_items.at(end);
            if (item->isEmpty())
                continue;
            const int width = std::min(item->sizeHint().width(), area.width());
            const int needed = used > 0 ? used + gap + width : width;
            if (used > 0 && needed > area.width())
                break;
            used = needed;
            lineHeight = std::max(lineHeight, item->sizeHint().height());
            if (item->expandingDirections() & Qt::Horizontal)
                ++expanding;
        }
        if (apply) {
            const int spare = std::max(0, area.width() - used);
            int x = area.x();
            int given = 0;
            for (qsizetype i = first; i < end; ++i) {
                QLayoutItem *item = m_items.at(i);
                if (item->isEmpty())
                    continue;
                int width = std::min(item->sizeHint().width(), area.width());
                if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                    const int extra = spare / expanding + (given++ < spare % expanding ? 1 : 0);
                    width += extra;
                }
                width = std::max(width, std::min(item->minimumSize().width(), area.width()));
                const int height = std::min(lineHeight, std::max(item->sizeHint().height(), item->minimumSize().height()));
                item->setGeometry(QRect(x, y + (lineHeight - height) / 2, width, height));
                x += width + gap;
            }
        }
        y += lineHeight + gap;
        first = end;
    }
    return std::max(0, y - gap - area.y()) + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace twin::ui
