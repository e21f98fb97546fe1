// SPDX-License-Identifier: MIT
#include "coveragedock.h"

#include "claimmodel.h"
#include "coverageheatmapwidget.h"
#include "coveragematrixmodel.h"
#include "coverageroles.h"
#include "store/projectstore.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Crossread {

CoverageDock::CoverageDock(ProjectStore* store, QWidget* parent)
    : QDockWidget(tr("Coverage Matrix"), parent)
    , m_store(store)
    , m_model(new CoverageMatrixModel(store, this))
    , m_tabs(new QTabWidget)
    , m_table(new QTableView)
    , m_heatMap(new CoverageHeatMapWidget(m_model))
    , m_summary(new QLabel)
    , m_export(new QPushButton(tr("&Export CSV…")))
{
    setObjectName(QStringLiteral("CoverageDock"));
    m_table->setObjectName(QStringLiteral("coverageTable"));
    m_table->setAccessibleName(tr("Coverage matrix"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setMaximumWidth(320);
    m_table->verticalHeader()->setSectionsClickable(true);
    m_table->setToolTip(tr("Click a cell to open that outlet's rendering; empty cells are omissions"));

    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("heatMapScroll"));
    scroll->setAccessibleName(tr("Coverage heat map"));
    scroll->setWidget(m_heatMap);
    scroll->setWidgetResizable(true);
    m_tabs->addTab(m_table, tr("Table"));
    m_tabs->addTab(scroll, tr("Heat Map"));
    // The claim records themselves, each with the renderings that anchor it.
    auto* claims = new QTreeView;
    claims->setObjectName(QStringLiteral("claimTree"));
    claims->setAccessibleName(tr("Claim records"));
    claims->setModel(new ClaimModel(store, this));
    claims->setEditTriggers(QAbstractItemView::NoEditTriggers);
    claims->setUniformRowHeights(true);
    claims->header()->setSectionResizeMode(ClaimModel::TitleColumn, QHeaderView::Stretch);
    claims->header()->setStretchLastSection(false);
    m_tabs->addTab(claims, tr("Claims"));
    connect(claims, &QTreeView::activated, this, [this, claims](const QModelIndex& index) {
        if (index.parent().isValid()) {
            openCell(index); // an anchor: its passage
            return;
        }
        QList<PassageLocation> passages; // a claim: every rendering side by side
        for (int r = 0; r < claims->model()->rowCount(index.siblingAtColumn(0)); ++r)
            passages.append(claims->model()->index(r, 0, index.siblingAtColumn(0)).data(PassageRole).value<PassageLocation>());
        if (!passages.isEmpty())
            Q_EMIT revealRequested(passages);
    });

    m_export->setObjectName(QStringLiteral("coverageExport"));
    m_export->setToolTip(tr("Save the matrix with prominence and framing as a CSV file"));
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_export);
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    setWidget(box);
    setFocusProxy(m_table);

    // A click and Enter both open the passage; the focus stays in the table so that the arrow
    // keys and Enter walk through the outlets' renderings.
    connect(m_table, &QTableView::clicked, this, &CoverageDock::openCell);
    connect(m_table, &QTableView::activated, this, &CoverageDock::openCell);
    connect(m_table->verticalHeader(), &QHeaderView::sectionClicked, this, &CoverageDock::openRow);
    connect(m_heatMap, &CoverageHeatMapWidget::cellActivated, this, &CoverageDock::openCell);
    connect(m_export, &QPushButton::clicked, this, &CoverageDock::exportDialog);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CoverageDock::updateSummary);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved,
                        &QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved})
        connect(m_model, signal, this, &CoverageDock::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CoverageDock::updateSummary);
    // Hidden behind another tab, the matrix waits instead of rebuilding on every edit.
    m_model->setLive(false);
    connect(this, &QDockWidget::visibilityChanged, m_model, &CoverageMatrixModel::setLive);
    updateSummary();
}

CoverageDock::~CoverageDock() = default;

void CoverageDock::openCell(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const QVariant passage = index.data(PassageRole);
    if (!passage.isValid())
        return; // an omission: nothing to open
    Q_EMIT revealRequested({passage.value<PassageLocation>()});
}

void CoverageDock::openRow(int row)
{
    QList<PassageLocation> passages;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QVariant passage = m_model->index(row, c).data(PassageRole);
        if (passage.isValid())
            passages.append(passage.value<PassageLocation>());
    }
    if (!passages.isEmpty())
        Q_EMIT revealRequested(passages);
}

void CoverageDock::updateSummary()
{
    int omissions = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        for (int c = 0; c < m_model->columnCount(); ++c) {
            omissions += m_model->index(r, c).data(CarriedRole).toBool() ? 0 : 1;
        }
    }
    m_summary->setText(m_model->rowCount() == 0
                           ? tr("No claim records yet.")
                           : tr("%n row(s) × %1 outlet(s); %2 omission(s)", nullptr, m_model->rowCount())
                                 .arg(m_model->columnCount())
                                 .arg(omissions));
    m_export->setEnabled(m_model->rowCount() > 0);
}

bool CoverageDock::exportCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("“%1” cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    file.write(m_model->toCsv().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("“%1” cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void CoverageDock::exportDialog()
{
    m_model->refresh(); // what is exported is what the project holds now
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Coverage Matrix"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace Crossread
