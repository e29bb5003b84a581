// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardtilewidget.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDrag>
#include <QLocale>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace twin::ui {

namespace {

const QColor kTileBackground(0xff, 0xff, 0xff);
const QColor kText(0x20, 0x24, 0x28);
const QColor kMuted(0x6b, 0x72, 0x7a);
const QColor kTrack(0xe3, 0xe7, 0xeb);
constexpr int BandHeight = 6;
constexpr qint64 HourMs = 3600 * 1000;

QFont scaled(const QFont &base, double factor, bool bold = false)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

} // namespace

DashboardTileWidget::DashboardTileWidget(int index, const DashboardTile &tile, const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_index(index)
    , m_tile(tile)
    , m_title(title)
{
    setObjectName(QStringLiteral("DashboardTile%1").arg(index));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(false);
    setMinimumSize(120, 80);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setToolTip(tr("Drag to move; right-click to configure, resize or remove"));
    createActions();
}

void DashboardTileWidget::createActions()
{
    auto *configure = new QAction(tr("Configure…"), this);
    configure->setObjectName(QStringLiteral("ConfigureTile"));
    connect(configure, &QAction::triggered, this, [this] { emit configureRequested(m_index); });
    addAction(configure);
    addPlaceAction(QStringLiteral("MoveTileLeft"), tr("Move Left"), QPoint(-1, 0), QSize(0, 0));
    addPlaceAction(QStringLiteral("MoveTileRight"), tr("Move Right"), QPoint(1, 0), QSize(0, 0));
    addPlaceAction(QStringLiteral("MoveTileUp"), tr("Move Up"), QPoint(0, -1), QSize(0, 0));
    addPlaceAction(QStringLiteral("MoveTileDown"), tr("Move Down"), QPoint(0, 1), QSize(0, 0));
    addPlaceAction(QStringLiteral("WiderTile"), tr("Wider"), QPoint(), QSize(1, 0));
    addPlaceAction(QStringLiteral("NarrowerTile"), tr("Narrower"), QPoint(), QSize(-1, 0));
    addPlaceAction(QStringLiteral("TallerTile"), tr("Taller"), QPoint(), QSize(0, 1));
    addPlaceAction(QStringLiteral("ShorterTile"), tr("Shorter"), QPoint(), QSize(0, -1));
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    addAction(separator);
    auto *remove = new QAction(tr("Remove Tile"), this);
    remove->setObjectName(QStringLiteral("RemoveTile"));
    connect(remove, &QAction::triggered, this, [this] { emit removeRequested(m_index); });
    addAction(remove);
}

void DashboardTileWidget::addPlaceAction(const QString &name, const QString &text, QPoint cellDelta, QSize spanDelta)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    const QPoint cell = QPoint(m_tile.column, m_tile.row) + cellDelta;
    const QSize span(m_tile.columnSpan + spanDelta.width(), m_tile.rowSpan + spanDelta.height());
    action->setEnabled(cell.x() >= 0 && cell.y() >= 0 && span.width() >= 1 && span.height() >= 1);
    connect(action, &QAction::triggered, this, [this, cell, span] { emit placeRequested(m_index, cell, span); });
    addAction(action);
}

void DashboardTileWidget::setContent(const Content &content)
{
    m_content = content;
    update();
}

QColor DashboardTileWidget::levelColour(DashboardTile::Level level)
{
    switch (level) {
    case DashboardTile::Level::Normal:
        return QColor(0x2e, 0x9e, 0x5b);
    case DashboardTile::Level::Warning:
        return QColor(0xf0, 0xa2, 0x02);
    case DashboardTile::Level::Alarm:
        return QColor(0xd6, 0x27, 0x28);
    case DashboardTile::Level::None:
        break;
    }
    return QColor(0xb0, 0xb6, 0xbc);
}

QString DashboardTileWidget::mimeType()
{
    return QStringLiteral("application/x-twinstudio-dashboard-tile");
}

QString DashboardTileWidget::numberText(const DashboardValues::Value &value) const
{
    if (!value.valid)
        return QStringLiteral("–");
    QString text = value.text.isEmpty() ? QLocale().toString(value.number, 'f', std::abs(value.number) >= 100 ? 0 : 1)
                                        : value.text;
    if (!value.unit.isEmpty())
        text += u' ' + value.unit;
    return text;
}

QString DashboardTileWidget::valueText() const
{
    return numberText(m_content.value);
}

QString DashboardTileWidget::ageText() const
{
    const DashboardValues::Value &v = m_content.value;
    if (!v.valid || v.timestampMs <= 0 || m_content.nowMs <= 0)
        return tr("no data");
    const qint64 seconds = std::max<qint64>(0, (m_content.nowMs - v.timestampMs) / 1000);
    QString age = seconds < 60     ? tr("%n s ago", nullptr, int(seconds))
                  : seconds < 3600 ? tr("%n min ago", nullptr, int(seconds / 60))
                                   : tr("%n h ago", nullptr, int(seconds / 3600));
    if (m_tile.aggregate != DashboardTile::Aggregate::Latest)
        age = tr("%1 of %n sensors, %2", nullptr, v.count).arg(DashboardTile::aggregateName(m_tile.aggregate), age);
    return age;
}

void DashboardTileWidget::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect r = rect().adjusted(1, 1, -1, -1);
    p.fillRect(r, kTileBackground);
    // The band along the top says how the value stands against the thresholds.
    p.fillRect(QRect(r.left(), r.top(), r.width(), BandHeight), levelColour(m_content.level));
    const QRect inner = r.adjusted(10, BandHeight + 6, -10, -8);
    p.setPen(kMuted);
    p.setFont(scaled(font(), 0.95, true));
    const QFontMetrics fm(p.font());
    p.drawText(QRect(inner.left(), inner.top(), inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(m_title, Qt::ElideRight, inner.width()));
    const QRect area = inner.adjusted(0, fm.height() + 4, 0, 0);
    switch (m_tile.kind) {
    case DashboardTile::Kind::Value:
        paintValue(p, area);
        break;
    case DashboardTile::Kind::Gauge:
        paintGauge(p, area);
        break;
    case DashboardTile::Kind::Sparkline:
        paintSparkline(p, area);
        break;
    case DashboardTile::Kind::Rooms:
        paintRooms(p, area);
        break;
    case DashboardTile::Kind::Alerts:
        paintAlerts(p, area);
        break;
    }
}

void DashboardTileWidget::paintValue(QPainter &p, const QRect &area) const
{
    p.setFont(scaled(font(), 2.4, true));
    const QFontMetrics fm(p.font());
    const QColor colour = m_content.level == DashboardTile::Level::Normal || !m_content.value.valid
                              ? kText
                              : levelColour(m_content.level);
    p.setPen(colour);
    const QRect valueRect(area.left(), area.top(), area.width(), area.height() - 20);
    p.drawText(valueRect, Qt::AlignCenter, fm.elidedText(valueText(), Qt::ElideRight, area.width()));
    p.setPen(kMuted);
    p.setFont(scaled(font(), 0.85));
    p.drawText(QRect(area.left(), area.bottom() - 18, area.width(), 18), Qt::AlignRight | Qt::AlignVCenter,
               ageText());
}

void DashboardTileWidget::paintGauge(QPainter &p, const QRect &area) const
{
    const int side = std::min(area.width(), (area.height() - 20) * 2);
    const QRectF arc(area.center().x() - side / 2.0, area.top() + 6, side, side);
    const double span = m_tile.maximum - m_tile.minimum;
    const auto angle = [&](double v) { return 180.0 - 180.0 * std::clamp((v - m_tile.minimum) / span, 0.0, 1.0); };
    const double width = std::max(6.0, side / 10.0);
    const QRectF ring = arc.adjusted(width / 2, width / 2, -width / 2, -width / 2);
    p.setPen(QPen(kTrack, width, Qt::SolidLine, Qt::FlatCap));
    p.drawArc(ring, 0, 180 * 16);
    // Threshold marks on the scale.
    for (const auto &[threshold, level] : {std::pair{m_tile.warning, DashboardTile::Level::Warning},
                                           std::pair{m_tile.alarm, DashboardTile::Level::Alarm}}) {
        if (!threshold)
            continue;
        p.setPen(QPen(levelColour(level), width / 3, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(arc.adjusted(-width / 4, -width / 4, width / 4, width / 4), int(angle(*threshold) * 16) - 16, 32);
    }
    if (m_content.value.valid && m_content.value.text.isEmpty()) {
        p.setPen(QPen(levelColour(m_content.level), width, Qt::SolidLine, Qt::FlatCap));
        const double a = angle(m_content.value.number);
        p.drawArc(ring, int(a * 16), int((180.0 - a) * 16));
    }
    p.setPen(kText);
    p.setFont(scaled(font(), 1.6, true));
    p.drawText(QRectF(arc.left(), arc.center().y() - 30, arc.width(), 30), Qt::AlignHCenter | Qt::AlignBottom,
               valueText());
    p.setPen(kMuted);
    p.setFont(scaled(font(), 0.85));
    p.drawText(QRect(area.left(), area.bottom() - 18, area.width(), 18), Qt::AlignRight | Qt::AlignVCenter,
               ageText());
}

void DashboardTileWidget::paintSparkline(QPainter &p, const QRect &area) const
{
    const QList<QPointF> &points = m_content.sparkline;
    p.setFont(scaled(font(), 1.4, true));
    p.setPen(kText);
    const QFontMetrics fm(p.font());
    p.drawText(QRect(area.left(), area.top(), area.width(), fm.height()), Qt::AlignRight | Qt::AlignVCenter,
               valueText());
    const QRectF plot = QRectF(area).adjusted(0, fm.height() + 4, 0, 0);
    p.fillRect(plot, QColor(0xf6, 0xf8, 0xfa));
    if (points.isEmpty())
        return;
    const qint64 end = std::max<qint64>(m_content.nowMs, qint64(points.last().x()));
    const qint64 start = end - HourMs;
    const auto [low, high] = sparkRange(points);
    QPainterPath path;
    for (int i = 0; i < points.size(); ++i) {
        const QPointF pt(plot.left() + plot.width() * double(points.at(i).x() - start) / HourMs,
                         plot.bottom() - plot.height() * (points.at(i).y() - low) / (high - low));
        if (i == 0)
            path.moveTo(pt);
        else
            path.lineTo(pt);
    }
    const QColor line(0x1f, 0x77, 0xb4);
    p.setPen(QPen(line, 1.5));
    p.drawPath(path);
    if (points.size() == 1) {
        // One reading in the hour: no line to draw, so its dot.
        p.setBrush(line);
        p.drawEllipse(path.currentPosition(), 3.0, 3.0);
        p.setBrush(Qt::NoBrush);
    }
    p.setPen(kMuted);
    p.setFont(scaled(font(), 0.8));
    p.drawText(plot, Qt::AlignLeft | Qt::AlignTop, QLocale().toString(high, 'f', 1));
    p.drawText(plot, Qt::AlignLeft | Qt::AlignBottom, QLocale().toString(low, 'f', 1));
}

std::pair<double, double> DashboardTileWidget::sparkRange(const QList<QPointF> &points)
{
    if (points.isEmpty())
        return {0.0, 1.0};
    double low = points.first().y(), high = low;
    for (const QPointF &pt : points) {
        low = std::min(low, pt.y());
        high = std::max(high, pt.y());
    }
    // The labels have one decimal: a narrower range would write the same number twice.
    if (high - low < 0.2) {
        const double middle = (low + high) / 2.0;
        low = middle - 0.1;
        high = middle + 0.1;
    }
    return {low, high};
}

void DashboardTileWidget::paintRooms(QPainter &p, const QRect &area) const
{
    p.setFont(font());
    const QFontMetrics fm(p.font());
    const int line = fm.height() + 6;
    int y = area.top();
    if (m_content.rooms.isEmpty()) {
        p.setPen(kMuted);
        p.drawText(area, Qt::AlignCenter, tr("no data"));
        return;
    }
    for (const DashboardValues::RankedRoom &room : m_content.rooms) {
        if (y + line > area.bottom() + 1)
            break;
        const QColor colour = levelColour(m_tile.level(room.value.number));
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QRectF(area.left(), y + line / 2.0 - 4, 8, 8));
        p.setPen(kText);
        const QString value = numberText(room.value);
        const int valueWidth = fm.horizontalAdvance(value) + 4;
        p.drawText(QRect(area.left() + 14, y, area.width() - 14 - valueWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(room.name, Qt::ElideRight, area.width() - 14 - valueWidth));
        p.drawText(QRect(area.left(), y, area.width(), line), Qt::AlignRight | Qt::AlignVCenter, value);
        y += line;
    }
}

QFont DashboardTileWidget::fittingFont(const QFont &base, const QStringList &texts, int width)
{
    const auto widest = [&texts](const QFont &f) {
        const QFontMetrics fm(f);
        int result = 0;
        for (const QString &t : texts)
            result = std::max(result, fm.horizontalAdvance(t));
        return result;
    };
    QFont f = base;
    const int needed = widest(base);
    if (needed <= width || needed <= 0)
        return f;
    f.setPointSizeF(base.pointSizeF() * std::max(0.65, double(width) / needed));
    // Font sizes come in steps: go down until it fits or reaches the floor.
    while (widest(f) > width && f.pointSizeF() > base.pointSizeF() * 0.65 + 0.1)
        f.setPointSizeF(std::max(base.pointSizeF() * 0.65, f.pointSizeF() - 0.25));
    return f;
}

void DashboardTileWidget::paintAlerts(QPainter &p, const QRect &area) const
{
    const QString names[] = {tr("Critical"), tr("Warning"), tr("Info")};
    const QFont nameFont = fittingFont(scaled(font(), 0.9), {names[0], names[1], names[2]}, area.width() / 3 - 4);
    const DashboardTile::Level levels[] = {DashboardTile::Level::Alarm, DashboardTile::Level::Warning,
                                           DashboardTile::Level::None};
    const int columnWidth = area.width() / 3;
    for (int i = 0; i < 3; ++i) {
        const QRect cell(area.left() + i * columnWidth, area.top(), columnWidth, area.height());
        const int count = m_content.openAlerts.at(size_t(i));
        p.setPen(count > 0 ? levelColour(levels[i]) : kMuted);
        p.setFont(scaled(font(), 2.2, true));
        p.drawText(cell.adjusted(0, 0, 0, -22), Qt::AlignCenter, QLocale().toString(count));
        p.setPen(kMuted);
        p.setFont(nameFont);
        p.drawText(QRect(cell.left(), cell.bottom() - 20, cell.width(), 20), Qt::AlignCenter,
                   QFontMetrics(nameFont).elidedText(names[i], Qt::ElideRight, cell.width() - 2));
    }
}

void DashboardTileWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressPos = event->position().toPoint();
    QFrame::mousePressEvent(event);
}

void DashboardTileWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton)
        || (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    auto *data = new QMimeData;
    data->setData(mimeType(), QByteArray::number(m_index));
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    drag->setPixmap(grab().scaledToWidth(std::min(width(), 160), Qt::SmoothTransformation));
    drag->exec(Qt::MoveAction);
}

void DashboardTileWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit configureRequested(m_index);
}

} // namespace twin::ui
