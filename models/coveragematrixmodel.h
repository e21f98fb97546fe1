// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/coveragematrix.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace Crossread {

class ProjectStore;

/// The coverage matrix (core/analysis/coveragematrix.h) as a table: outlets as columns, claim
/// records then speakers as rows. A cell shows whether the outlet carries the row and how
/// (prominence · framing); its background is the verdict colour; an omission shows a dash and
/// a tooltip saying so. Roles from coverageroles.h give the anchors and the passage to open.
///
/// The matrix is rebuilt from the store when claims, annotations or documents change (coalesced
/// into one rebuild per event-loop turn, since building scans every document's cues) and the
/// difference is applied precisely: rows and columns that went away are removed, new ones
/// inserted, changed cells reported with dataChanged. Call refresh() to rebuild at once.
class CoverageMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageMatrixModel)

public:
    explicit CoverageMatrixModel(ProjectStore* store, QObject* parent = nullptr);
    ~CoverageMatrixModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const CoverageMatrix& matrix() const { return m_matrix; }
    /// Rebuilds from the store now and applies the difference.
    void refresh();
    /// When not live (the view is hidden), changes only mark the matrix stale instead of
    /// rebuilding it; going live again catches up once. Live by default.
    void setLive(bool live);
    bool isLive() const { return m_live; }
    /// The matrix as CSV (CoverageMatrix::toCsv).
    QString toCsv() const { return m_matrix.toCsv(); }

private:
    void scheduleRefresh();
    void apply(const CoverageMatrix& fresh);
    QString cellText(const CoverageCell& cell) const;
    QString cellToolTip(const CoverageRow& row, int column) const;

    ProjectStore* m_store;
    CoverageMatrix m_matrix;
    QStringList m_scale; // the rating scale, for the verdict colours
    QTimer m_timer;
    bool m_live = true;
    bool m_stale = false;
};

} // namespace Crossread
