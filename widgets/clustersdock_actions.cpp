// SPDX-License-Identifier: MIT
// ClustersDock: selection, confirm/split and the verdict offer.
#include "clustersdock.h"

#include "clustermodel.h"
#include "matching/clusteractions.h"
#include "matching/clusterjob.h"
#include "store/builtins.h"
#include "store/projectstore.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeView>

namespace Crossread {

const StatementCluster* ClustersDock::currentCluster() const
{
    return m_model->clusterAt(m_view->currentIndex());
}

QString ClustersDock::diffHtml() const
{
    return m_diff->toHtml();
}

void ClustersDock::rematch()
{
    if (m_store && m_store->isOpen())
        m_job->run(*m_store);
}

void ClustersDock::selectCluster(int clusterId)
{
    const QModelIndex index = m_model->indexOfCluster(clusterId);
    if (!index.isValid()) {
        m_view->selectionModel()->clear();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ClustersDock::onClustersReady(const QList<StatementCluster>& clusters)
{
    m_progress->setVisible(false);
    const StatementCluster* current = currentCluster();
    const int keep = current ? current->id : 0;
    m_keyboardNavigation = false; // keeping the selection must not reveal it again
    m_model->setClusters(m_store && m_store->isOpen() ? ClusterActions::applySplits(*m_store, clusters) : clusters);
    if (keep != 0)
        selectCluster(keep);
    updateButtons();
}

void ClustersDock::onCurrentChanged()
{
    const StatementCluster* cluster = currentCluster();
    m_diff->setHtml(cluster ? clusterDiffHtml(*cluster) : QString());
    updateButtons();
    if (m_keyboardNavigation)
        revealCurrent();
}

void ClustersDock::revealCurrent()
{
    const StatementCluster* cluster = currentCluster();
    if (!cluster)
        return;
    QList<PassageLocation> passages;
    for (const ClusterMember& m : cluster->members)
        passages.append({m.document, m.start, m.end});
    Q_EMIT revealRequested(passages);
}

bool ClustersDock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
        m_keyboardNavigation = watched == m_view;
        break;
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::FocusIn:
        m_keyboardNavigation = false;
        break;
    case QEvent::Resize:
        if (watched == m_view->viewport())
            QMetaObject::invokeMethod(this, &ClustersDock::fitColumns, Qt::QueuedConnection);
        break;
    default:
        break;
    }
    return QDockWidget::eventFilter(watched, event);
}

void ClustersDock::updateButtons()
{
    const StatementCluster* cluster = currentCluster();
    const bool writable = m_store && m_store->isOpen() && !m_store->isReadOnly();
    m_confirm->setEnabled(writable && cluster && !ClusterActions::isConfirmed(*m_store, *cluster));
    bool memberSelected = false;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        memberSelected = memberSelected || m_model->memberAt(i) != nullptr;
    m_split->setEnabled(writable && cluster && memberSelected);
    m_rematch->setEnabled(m_store && m_store->isOpen());
}

void ClustersDock::confirmCurrent()
{
    if (const StatementCluster* cluster = currentCluster()) {
        const StatementCluster copy = *cluster; // the model may change under the store's signals
        ClusterActions::confirm(*m_store, copy);
        updateButtons();
    }
}

void ClustersDock::splitSelected()
{
    const StatementCluster* cluster = currentCluster();
    if (!cluster)
        return;
    const StatementCluster copy = *cluster;
    QList<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows()) {
        if (m_model->memberAt(i) && m_model->clusterAt(i)->id == copy.id)
            rows.append(i.row());
    }
    if (ClusterActions::split(*m_store, copy, rows))
        m_model->setClusters(ClusterActions::applySplits(*m_store, m_job->clusters()));
}

void ClustersDock::onAnnotationChanged(AnnotationId id)
{
    const QList<AnnotationId> targets = ClusterActions::membersLackingVerdict(*m_store, id);
    if (targets.isEmpty())
        return;
    const std::optional<Annotation> source = m_store->annotation(id);
    m_offerSource = id;
    m_offerTargets = targets;
    m_offer->setText(tr("Give the verdict “%1” to %n other rendering(s) of this statement?", nullptr, int(targets.size()))
                         .arg(source ? Builtins::ratingLabel(source->verdict) : QString()));
    m_offer->setVisible(true);
    m_offerApply->setVisible(true);
}

} // namespace Crossread
