// SPDX-License-Identifier: MIT
#include "clustersdock.h"

#include "clustermodel.h"
#include "matching/clusteractions.h"
#include "matching/clusterjob.h"
#include "store/projectstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Crossread {

namespace {

/// Shows the model's plain-text tooltips wrapped: a statement of a few hundred characters made a
/// one-line tooltip wider than the screen, cut at both ends.
class ClusterToolTipDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override
    {
        const QString tip = index.data(Qt::ToolTipRole).toString();
        if (event->type() != QEvent::ToolTip || tip.isEmpty())
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        // Rich text makes QToolTip wrap; pre-wrap keeps the model's line breaks.
        QToolTip::showText(event->globalPos(),
                           QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(tip.toHtmlEscaped()), view,
                           view->visualRect(index));
        return true;
    }
};

} // namespace

QString clusterDiffHtml(const StatementCluster& cluster)
{
    QString html;
    for (qsizetype i = 0; i < cluster.members.size(); ++i) {
        const ClusterMember& m = cluster.members[i];
        const QString source = m.outlet.isEmpty() ? (m.title.isEmpty() ? ClustersDock::tr("Document %1").arg(m.document) : m.title)
                                                  : m.outlet;
        const QString date = m.published.isValid() ? m.published.toString(Qt::ISODate) : ClustersDock::tr("undated");
        html += QStringLiteral("<p><b>%1</b> <small>(%2)</small>").arg(source.toHtmlEscaped(), date.toHtmlEscaped());
        if (i == 0)
            html += QStringLiteral(" <small>%1</small>").arg(ClustersDock::tr("earliest rendering").toHtmlEscaped());
        html += QStringLiteral("<br>");
        if (i == 0 || m.diff.isEmpty()) {
            html += m.text.simplified().toHtmlEscaped();
        } else {
            for (const WordDiffOp& op : m.diff) {
                const QString words = op.text.toHtmlEscaped();
                switch (op.kind) {
                case WordDiffOp::Kind::Same: html += words; break;
                case WordDiffOp::Kind::Added:
                    html += QStringLiteral("<span style=\"background-color:#c8f0c8;color:#0a5c0a\">%1</span>").arg(words);
                    break;
                case WordDiffOp::Kind::Removed:
                    html += QStringLiteral("<span style=\"background-color:#f6caca;color:#8a1010\"><s>%1</s></span>").arg(words);
                    break;
                }
                html += QLatin1Char(' ');
            }
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

ClustersDock::ClustersDock(ProjectStore* store, QWidget* parent)
    : QDockWidget(tr("Statement Clusters"), parent)
    , m_store(store)
    , m_model(new ClusterModel(store, this))
    , m_job(new ClusterJob(this))
    , m_view(new QTreeView)
    , m_diff(new QTextBrowser)
    , m_progress(new QProgressBar)
    , m_confirm(new QPushButton(tr("&Confirm")))
    , m_split(new QPushButton(tr("S&plit Off Selected")))
    , m_rematch(new QPushButton(tr("&Match Again")))
    , m_offer(new QLabel)
    , m_offerApply(new QPushButton(tr("&Give Verdict")))
{
    setObjectName(QStringLiteral("ClustersDock"));
    m_view->setObjectName(QStringLiteral("clusterView"));
    m_view->setAccessibleName(tr("Statement clusters"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    // The statement takes the room; fitColumns() gives the short columns what they need, capped.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setItemDelegate(new ClusterToolTipDelegate(m_view));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(ClusterModel::StatementColumn, QHeaderView::Stretch);
    m_view->header()->setMinimumSectionSize(24);
    m_diff->setObjectName(QStringLiteral("clusterDiff"));
    m_diff->setAccessibleName(tr("Differences from the earliest rendering"));
    m_diff->setOpenLinks(false);
    m_progress->setAccessibleName(tr("Matching progress"));
    m_progress->setVisible(false);
    m_confirm->setToolTip(tr("Link the renderings as the same statement (annotating them where needed)"));
    m_split->setToolTip(tr("Take the selected renderings out of this cluster"));
    m_offer->setVisible(false);
    m_offer->setWordWrap(true);
    m_offerApply->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_split);
    buttons->addStretch();
    buttons->addWidget(m_rematch);
    auto* offer = new QHBoxLayout;
    offer->addWidget(m_offer, 1);
    offer->addWidget(m_offerApply);
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_diff, 2);
    layout->addLayout(offer);
    layout->addLayout(buttons);
    setWidget(box);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ClustersDock::fitColumns, Qt::QueuedConnection);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &ClustersDock::fitColumns, Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ClustersDock::fitColumns, Qt::QueuedConnection);
    connect(m_view, &QTreeView::expanded, this, &ClustersDock::fitColumns, Qt::QueuedConnection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ClustersDock::onCurrentChanged);
    connect(m_view, &QAbstractItemView::clicked, this, &ClustersDock::revealCurrent);
    connect(m_view, &QAbstractItemView::activated, this, &ClustersDock::revealCurrent); // Return
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClustersDock::updateButtons);
    connect(m_confirm, &QPushButton::clicked, this, &ClustersDock::confirmCurrent);
    connect(m_split, &QPushButton::clicked, this, &ClustersDock::splitSelected);
    connect(m_rematch, &QPushButton::clicked, this, &ClustersDock::rematch);
    connect(m_offerApply, &QPushButton::clicked, this, [this] {
        ClusterActions::offerVerdict(*m_store, m_offerSource, m_offerTargets);
        m_offer->setVisible(false);
        m_offerApply->setVisible(false);
    });
    connect(m_job, &ClusterJob::progress, this, [this](int done, int total) {
        m_progress->setVisible(true);
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_job, &ClusterJob::finished, this, &ClustersDock::onClustersReady);
    connect(m_job, &ClusterJob::cancelled, this, [this] { m_progress->setVisible(false); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ClustersDock::updateButtons);
    if (m_store) {
        connect(m_store, &ProjectStore::projectOpened, this, [this] {
            m_job->reset();
            rematch();
        });
        connect(m_store, &ProjectStore::projectClosed, this, [this] { m_job->reset(); });
        // Incremental after each import: documents added in one batch are matched together.
        connect(m_store, &ProjectStore::documentAdded, this, [this](DocumentId id) {
            m_pending.append(id);
            if (m_pending.size() == 1) {
                QTimer::singleShot(0, this, [this] {
                    m_job->addDocuments(*m_store, m_pending);
                    m_pending.clear();
                });
            }
        });
        connect(m_store, &ProjectStore::annotationChanged, this,
                [this](AnnotationId id, DocumentId) { onAnnotationChanged(id); });
        if (m_store->isOpen())
            rematch();
    }
    updateButtons();
}

ClustersDock::~ClustersDock() = default;

void ClustersDock::fitColumns()
{
    const int width = m_view->viewport()->width();
    if (width <= 0)
        return;
    // The statement keeps at least 60 % of the width. The short columns follow in this order,
    // each sized to its contents where it fits whole; the outlets may be elided, and a column
    // with no room at all is hidden until the panel is wider (the statement's tooltip has its
    // facts). Caps alone left "3 r…", "4 …31" and "The …view" in a dock of default width.
    QHeaderView* header = m_view->header();
    const int least = m_view->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMM"));
    int room = width * 2 / 5;
    for (const int column : {int(ClusterModel::RenderingsColumn), int(ClusterModel::DatesColumn), int(ClusterModel::OutletsColumn)}) {
        // QTreeView hides sizeHintForColumn(); QAbstractItemView's is public and the same function.
        const int wanted = std::max(header->sectionSizeHint(column),
                                    static_cast<const QAbstractItemView*>(m_view)->sizeHintForColumn(column));
        const bool elidable = column == ClusterModel::OutletsColumn;
        const int given = wanted <= room ? wanted : (elidable && room >= least ? room : 0);
        m_view->setColumnHidden(column, given == 0);
        if (given > 0) {
            header->resizeSection(column, given);
            room -= given;
        }
    }
}

} // namespace Crossread
