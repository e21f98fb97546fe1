// SPDX-License-Identifier: MIT
#pragma once

#include "coverageheatmap.h"

#include <QModelIndex>
#include <QWidget>

class QAbstractItemModel;

namespace Crossread {

/// The coverage matrix as a compact heat map (CoverageHeatMap), clickable: a click on a square
/// emits cellActivated() with the model index under it.
class CoverageHeatMapWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageHeatMapWidget)

public:
    explicit CoverageHeatMapWidget(QAbstractItemModel* model, QWidget* parent = nullptr);

    /// Centre of a cell in widget coordinates (for tests); a null point when outside the model.
    QPoint cellCenter(int row, int column) const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void cellActivated(const QModelIndex& index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    HeatMapLayout currentLayout() const;

    QAbstractItemModel* m_model;
};

} // namespace Crossread
