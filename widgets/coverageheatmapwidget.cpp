// SPDX-License-Identifier: MIT
#include "coverageheatmapwidget.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace Crossread {

CoverageHeatMapWidget::CoverageHeatMapWidget(QAbstractItemModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("coverageHeatMap"));
    setAccessibleName(tr("Coverage heat map"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    const auto relayout = [this] {
        updateGeometry();
        update();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, relayout);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, relayout);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved,
                        &QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved})
        connect(m_model, signal, this, relayout);
    connect(m_model, &QAbstractItemModel::dataChanged, this, qOverload<>(&QWidget::update));
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, qOverload<>(&QWidget::update));
}

HeatMapLayout CoverageHeatMapWidget::currentLayout() const
{
    return CoverageHeatMap::layout(*m_model, rect().adjusted(8, 8, -8, -8), font());
}

QSize CoverageHeatMapWidget::sizeHint() const
{
    const HeatMapLayout l = CoverageHeatMap::layout(*m_model, QRect(8, 8, 0, 0), font());
    return {std::max(200, l.grid.left() + l.grid.width() + 16), std::max(120, l.grid.top() + l.grid.height() + 16)};
}

QPoint CoverageHeatMapWidget::cellCenter(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_model->rowCount() || column >= m_model->columnCount())
        return {};
    return currentLayout().cellRect(row, column).center();
}

void CoverageHeatMapWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setPen(palette().color(QPalette::Text));
    if (m_model->rowCount() == 0 || m_model->columnCount() == 0) {
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No claim records yet. Select annotations in several columns and choose Same Claim."));
        return;
    }
    CoverageHeatMap::paint(p, *m_model, currentLayout());
}

void CoverageHeatMapWidget::mousePressEvent(QMouseEvent* event)
{
    const auto [row, column] = currentLayout().cellAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && row >= 0)
        Q_EMIT cellActivated(m_model->index(row, column));
    else
        QWidget::mousePressEvent(event);
}

bool CoverageHeatMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [row, column] = currentLayout().cellAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), m_model->index(row, column).data(Qt::ToolTipRole).toString(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Crossread
