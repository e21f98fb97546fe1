// SPDX-License-Identifier: MIT
#pragma once

#include "matching/statementcluster.h"

#include <QDockWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace Crossread {

class CoverageHeatMapWidget;
class CoverageMatrixModel;
class ProjectStore;

/// The coverage matrix: which outlets carry each claim record (and quote each speaker), how
/// prominently and how framed, in the verdict's colour; omissions are hatched cells with a dash.
/// A table and a compact heat map of the same model; clicking a cell (or pressing Enter on it)
/// asks the main window to open that passage, clicking a row header opens every rendering of the
/// row side by side. "Export CSV…" writes the matrix as crossread-cli matrix --csv does.
class CoverageDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageDock)

public:
    explicit CoverageDock(ProjectStore* store, QWidget* parent = nullptr);
    ~CoverageDock() override;

    CoverageMatrixModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    CoverageHeatMapWidget* heatMap() const { return m_heatMap; }
    /// Writes the CSV to `path`; false with a translated message in `error` when it cannot.
    bool exportCsv(const QString& path, QString* error) const;

Q_SIGNALS:
    /// Open and select these passages in the comparison area.
    void revealRequested(const QList<Crossread::PassageLocation>& passages);

private:
    void openCell(const QModelIndex& index);
    void openRow(int row);
    void exportDialog();
    void updateSummary();

    ProjectStore* m_store;
    CoverageMatrixModel* m_model;
    QTabWidget* m_tabs;
    QTableView* m_table;
    CoverageHeatMapWidget* m_heatMap;
    QLabel* m_summary;
    QPushButton* m_export;
};

} // namespace Crossread
