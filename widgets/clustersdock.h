// SPDX-License-Identifier: MIT
#pragma once

#include "matching/statementcluster.h"

#include <QDockWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace Crossread {

class ClusterJob;
class ClusterModel;
class ProjectStore;

/// The Clusters panel: statements rendered by several outlets, each with speaker, outlets,
/// dates and renderings, and a word diff of every rendering against the earliest (added words
/// green, removed ones red and struck out). Selecting a cluster emits revealRequested() with
/// every member's passage so that the main window can scroll each open column to it.
///
/// Matching runs off the UI thread (ClusterJob) when the project opens, and again for each
/// imported document only. Confirm and Split act on the current cluster; when a confirmed
/// member gets a verdict, the panel offers it to the other members.
class ClustersDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClustersDock)

public:
    explicit ClustersDock(ProjectStore* store, QWidget* parent = nullptr);
    ~ClustersDock() override;

    ClusterModel* model() const { return m_model; }
    ClusterJob* job() const { return m_job; }
    /// The cluster of the current row, or nullptr.
    const StatementCluster* currentCluster() const;
    /// The diff pane's HTML (for tests and copying).
    QString diffHtml() const;

public Q_SLOTS:
    /// Clusters every document again (also done when the project opens).
    void rematch();
    /// Selects the cluster with this id (0 clears the selection).
    void selectCluster(int clusterId);
    void confirmCurrent();
    /// Splits the selected member rows off the current cluster.
    void splitSelected();

Q_SIGNALS:
    /// Scroll every open column to its passage; one entry per member.
    void revealRequested(const QList<Crossread::PassageLocation>& passages);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onCurrentChanged();
    void revealCurrent();
    void onClustersReady(const QList<Crossread::StatementCluster>& clusters);
    void onAnnotationChanged(AnnotationId id);
    void updateButtons();
    /// Sizes the short columns to their contents within caps; the statement keeps the rest.
    void fitColumns();

    ProjectStore* m_store;
    ClusterModel* m_model;
    ClusterJob* m_job;
    QTreeView* m_view;
    QTextBrowser* m_diff;
    // Which user action moves the current cluster. A click reveals through clicked() (also on
    // the cluster that already is current); arrow keys reveal through currentChanged(). A
    // current index set by focusing the view or by re-clustering reveals nothing, so columns
    // do not jump without the user asking. Flags set from events, not reset by timers: a test
    // (or a fast user) may click before the event loop turns.
    bool m_keyboardNavigation = false;
    QProgressBar* m_progress;
    QPushButton* m_confirm;
    QPushButton* m_split;
    QPushButton* m_rematch;
    QLabel* m_offer;
    QPushButton* m_offerApply;
    AnnotationId m_offerSource = 0;
    QList<AnnotationId> m_offerTargets;
    QList<DocumentId> m_pending; // imported since the last run, matched together on the next turn
};

/// HTML of a cluster's renderings with each member's word diff against the earliest.
QString clusterDiffHtml(const StatementCluster& cluster);

} // namespace Crossread
