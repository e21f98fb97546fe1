// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QRect>

class QAbstractItemModel;
class QPainter;

namespace Crossread {

/// Geometry of a heat map drawn by CoverageHeatMap::paint(), so that a widget can hit-test it.
struct HeatMapLayout
{
    QRect grid; // where the cells are
    int cellWidth = 0;
    int cellHeight = 0;
    int rows = 0;
    int columns = 0;

    /// The cell under `pos`, as (row, column), or (-1, -1).
    std::pair<int, int> cellAt(const QPoint& pos) const;
    QRect cellRect(int row, int column) const;
};

/// A compact picture of the coverage matrix: one small square per (row, outlet), filled in the
/// verdict colour and more strongly the more prominent the placement (headline darkest); an
/// omission is an empty, hatched square. Painted with QPainter only (QtGui), so the same code
/// draws the dock's view and the image for the report.
class CoverageHeatMap final
{
    Q_DECLARE_TR_FUNCTIONS(CoverageHeatMap)

public:
    /// Lays the heat map of `model` (roles of coverageroles.h) out in `target`.
    static HeatMapLayout layout(const QAbstractItemModel& model, const QRect& target, const QFont& font);
    static void paint(QPainter& painter, const QAbstractItemModel& model, const HeatMapLayout& layout);
    /// The heat map as an image, sized to its content (for the HTML report).
    static QImage render(const QAbstractItemModel& model, const QFont& font, qreal devicePixelRatio = 1.0);
};

} // namespace Crossread
