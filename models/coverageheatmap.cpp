// SPDX-License-Identifier: MIT
#include "coverageheatmap.h"

#include "coverageroles.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace Crossread {

namespace {

constexpr int Cell = 18;
constexpr int Gap = 3;
constexpr int MaxLabel = 180;
constexpr int MaxHeader = 110;

QColor fillFor(const QModelIndex& index)
{
    QColor c = index.data(VerdictColorRole).value<QColor>();
    if (!c.isValid())
        c = QColor(0x5b, 0x7d, 0xb1); // carried, no verdict yet: a neutral blue
    // Headline 100 %, lead 80 %, body 60 %, last third 40 %: prominence reads as strength.
    const int rank = std::clamp(index.data(ProminenceRankRole).toInt(), 0, 3);
    c.setAlphaF(1.0 - 0.2 * rank);
    return c;
}

} // namespace

std::pair<int, int> HeatMapLayout::cellAt(const QPoint& pos) const
{
    if (!grid.contains(pos) || cellWidth <= 0 || cellHeight <= 0)
        return {-1, -1};
    const int column = (pos.x() - grid.left()) / cellWidth;
    const int row = (pos.y() - grid.top()) / cellHeight;
    if (row >= rows || column >= columns)
        return {-1, -1};
    return {row, column};
}

QRect HeatMapLayout::cellRect(int row, int column) const
{
    return {grid.left() + column * cellWidth, grid.top() + row * cellHeight, cellWidth - Gap, cellHeight - Gap};
}

HeatMapLayout CoverageHeatMap::layout(const QAbstractItemModel& model, const QRect& target, const QFont& font)
{
    const QFontMetrics fm(font);
    HeatMapLayout l;
    l.rows = model.rowCount();
    l.columns = model.columnCount();
    int labelWidth = 0;
    for (int r = 0; r < l.rows; ++r)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(model.headerData(r, Qt::Vertical).toString()));
    int headerHeight = 0;
    for (int c = 0; c < l.columns; ++c)
        headerHeight = std::max(headerHeight, fm.horizontalAdvance(model.headerData(c, Qt::Horizontal).toString()));
    labelWidth = std::min(labelWidth, MaxLabel) + 8;
    headerHeight = std::min(headerHeight, MaxHeader) + 8;
    l.cellWidth = Cell + Gap;
    l.cellHeight = Cell + Gap;
    l.grid = QRect(target.left() + labelWidth, target.top() + headerHeight, l.columns * l.cellWidth,
                   l.rows * l.cellHeight);
    return l;
}

void CoverageHeatMap::paint(QPainter& p, const QAbstractItemModel& model, const HeatMapLayout& l)
{
    const QFontMetrics fm(p.font());
    const QColor text = p.pen().color();
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    // Row labels, right-aligned against the grid.
    for (int r = 0; r < l.rows; ++r) {
        const QRect cell = l.cellRect(r, 0);
        const QString label = fm.elidedText(model.headerData(r, Qt::Vertical).toString(), Qt::ElideRight, MaxLabel);
        p.setPen(text);
        p.drawText(QRect(0, cell.top(), l.grid.left() - 6, cell.height()), Qt::AlignRight | Qt::AlignVCenter, label);
    }
    // Column labels, turned upright so that many outlets fit side by side.
    for (int c = 0; c < l.columns; ++c) {
        const QRect cell = l.cellRect(0, c);
        const QString label = fm.elidedText(model.headerData(c, Qt::Horizontal).toString(), Qt::ElideRight, MaxHeader);
        p.save();
        p.translate(cell.center().x() + fm.ascent() / 2, l.grid.top() - 6);
        p.rotate(-90);
        p.setPen(text);
        p.drawText(0, 0, label);
        p.restore();
    }
    for (int r = 0; r < l.rows; ++r) {
        for (int c = 0; c < l.columns; ++c) {
            const QModelIndex index = model.index(r, c);
            const QRect cell = l.cellRect(r, c);
            if (index.data(CarriedRole).toBool()) {
                p.fillRect(cell, fillFor(index));
            } else {
                // An omission: hatched, so it reads as "missing" and not as "white verdict".
                QColor hatch = text;
                hatch.setAlpha(70);
                p.fillRect(cell, QBrush(hatch, Qt::BDiagPattern));
                p.setPen(QPen(hatch, 1));
                p.drawRect(cell.adjusted(0, 0, -1, -1));
            }
        }
    }
    p.restore();
}

QImage CoverageHeatMap::render(const QAbstractItemModel& model, const QFont& font, qreal devicePixelRatio)
{
    const HeatMapLayout l = layout(model, QRect(0, 0, 0, 0), font);
    const QSize size(l.grid.right() + 12, l.grid.bottom() + 12);
    QImage image((QSizeF(size) * devicePixelRatio).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setFont(font);
    p.setPen(Qt::black);
    paint(p, model, l);
    p.end();
    return image;
}

} // namespace Crossread
