// SPDX-License-Identifier: MIT
// MainWindow: claim records, the coverage matrix, the timeline and revisions (issue 9).
#include "mainwindow.h"

#include "analysis/claimbuilder.h"
#include "analysis/revisionimport.h"
#include "annotationsdock.h"
#include "claimpanel.h"
#include "clustersdock.h"
#include "comparisonarea.h"
#include "coveragedock.h"
#include "documentcolumn.h"
#include "documentview.h"
#include "inspectordock.h"
#include "revisionbar.h"
#include "roles.h"
#include "revisioncomparedialog.h"
#include "store/projectstore.h"
#include "timelinedock.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QSet>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Crossread {

namespace {

/// The menu that holds `action` (menus are built elsewhere; this finds them without new members).
QMenu* menuOf(QAction* action)
{
    for (QObject* o : action->associatedObjects()) {
        if (auto* menu = qobject_cast<QMenu*>(o))
            return menu;
    }
    return nullptr;
}

/// The action after `action` in its menu, or nullptr at the end.
QAction* after(QMenu* menu, QAction* action)
{
    const QList<QAction*> actions = menu->actions();
    const qsizetype i = actions.indexOf(action);
    return i >= 0 && i + 1 < actions.size() ? actions.at(i + 1) : nullptr;
}

} // namespace

void MainWindow::createClaimDocks()
{
    m_coverageDock = new CoverageDock(m_store, this);
    m_timelineDock = new TimelineDock(m_store, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_coverageDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    // Beside the annotations table: the matrix and the timeline are consulted, not kept open.
    tabifyDockWidget(m_annotationsDock, m_coverageDock);
    tabifyDockWidget(m_coverageDock, m_timelineDock);
    m_annotationsDock->raise();
    connect(m_coverageDock, &CoverageDock::revealRequested, this, &MainWindow::revealPassages);
    connect(m_timelineDock, &TimelineDock::revealRequested, this, &MainWindow::revealPassages);
    connect(m_timelineDock, &TimelineDock::documentActivated, this, [this](DocumentId id) { m_area->addDocument(id); });

    // The claim record sits above the inspector's fields: the shared verdict is what matters first.
    m_claimPanel = new ClaimPanel(m_store);
    QWidget* inspector = m_inspectorDock->widget();
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_claimPanel);
    layout->addWidget(inspector, 1);
    m_inspectorDock->setWidget(box);

    // Several rows of the annotations table can be made one claim as well.
    if (auto* table = m_annotationsDock->findChild<QTableView*>(QStringLiteral("annotationsTable")))
        table->setSelectionMode(QAbstractItemView::ExtendedSelection);

    connect(m_area, &ComparisonArea::columnsChanged, this, &MainWindow::updateRevisionBars);
    connect(m_area, &ComparisonArea::currentViewChanged, this, &MainWindow::updateClaimActions);
    connect(m_area, &ComparisonArea::annotationClicked, this, &MainWindow::updateClaimActions);
}

void MainWindow::createClaimActions()
{
    auto add = [this](const QString& name, const QString& text, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setStatusTip(text.chopped(text.endsWith(QChar(0x2026)) ? 1 : 0).remove(QLatin1Char('&')));
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(name, a);
        addAction(a);
        return a;
    };
    QAction* same = add(QStringLiteral("sameClaim"), tr("Sa&me Claim"), QKeySequence(tr("Ctrl+Shift+M")),
                        &MainWindow::sameClaim);
    same->setToolTip(tr("Make the annotations selected in the columns one claim record (Ctrl+Shift+M)"));
    QAction* fromCluster = add(QStringLiteral("claimFromCluster"), tr("Claim from &Cluster"), {},
                               &MainWindow::claimFromCluster);
    fromCluster->setToolTip(tr("Confirm the current statement cluster and make it a claim record"));
    add(QStringLiteral("importRevision"), tr("Import as &Revision of Current Document…"), {}, &MainWindow::importRevision);
    add(QStringLiteral("compareRevisions"), tr("Compare &Revisions…"), {}, [this] {
        const DocumentView* view = currentView();
        const QList<DocumentId> chain = view ? m_store->revisionChain(view->documentId()) : QList<DocumentId>();
        const qsizetype at = view ? chain.indexOf(view->documentId()) : -1;
        if (chain.size() < 2 || at < 0)
            statusBar()->showMessage(tr("The current document has no other revision."), 5000);
        else
            compareRevisions(chain.at(std::max<qsizetype>(0, at - 1)), chain.at(std::max<qsizetype>(1, at)));
    });

    if (m_annotateMenu) {
        QAction* before = m_actions.value(QStringLiteral("adjustRange"));
        m_annotateMenu->insertActions(before, {same, fromCluster});
        m_annotateMenu->insertSeparator(before);
    }
    if (QMenu* file = menuOf(m_actions.value(QStringLiteral("import")))) {
        QAction* anchor = after(file, m_actions.value(QStringLiteral("import")));
        file->insertActions(anchor, {m_actions.value(QStringLiteral("importRevision")),
                                     m_actions.value(QStringLiteral("compareRevisions"))});
    }
    if (QMenu* view = menuOf(m_clustersDock->toggleViewAction()))
        view->insertActions(after(view, m_clustersDock->toggleViewAction()),
                            {m_coverageDock->toggleViewAction(), m_timelineDock->toggleViewAction()});
    // The Clusters panel's tree offers "Claim from Cluster" on its context menu.
    if (auto* tree = m_clustersDock->findChild<QTreeView*>(QStringLiteral("clusterView"))) {
        tree->setContextMenuPolicy(Qt::ActionsContextMenu);
        tree->addAction(fromCluster);
    }
    for (auto signal : {&ProjectStore::projectOpened, &ProjectStore::projectClosed})
        connect(m_store, signal, this, &MainWindow::updateClaimActions);
    for (auto signal : {&ProjectStore::revisionAdded, &ProjectStore::revisionRemoved})
        connect(m_store, signal, this, &MainWindow::updateClaimActions);
    updateClaimActions();
}

void MainWindow::updateClaimActions()
{
    if (!m_actions.contains(QStringLiteral("sameClaim")))
        return; // a signal during construction, before the actions exist
    const bool writable = m_store->isOpen() && !m_store->isReadOnly();
    const DocumentView* view = currentView();
    const bool hasView = view && view->documentId() != 0;
    m_actions.value(QStringLiteral("sameClaim"))->setEnabled(writable);
    m_actions.value(QStringLiteral("claimFromCluster"))->setEnabled(writable);
    m_actions.value(QStringLiteral("importRevision"))->setEnabled(writable && hasView);
    m_actions.value(QStringLiteral("compareRevisions"))
        ->setEnabled(hasView && m_store->isOpen() && m_store->revisionChain(view->documentId()).size() > 1);
}

void MainWindow::inspect(AnnotationId id)
{
    m_inspectorDock->setAnnotation(id);
    if (m_claimPanel)
        m_claimPanel->setAnnotation(id);
}

QList<AnnotationId> MainWindow::claimSelection() const
{
    QList<AnnotationId> ids;
    // From the annotations table when the user is working there: its selected rows.
    const auto* table = m_annotationsDock->findChild<QTableView*>(QStringLiteral("annotationsTable"));
    if (table && table->hasFocus()) {
        for (const QModelIndex& row : table->selectionModel()->selectedRows()) {
            const AnnotationId id = row.data(AnnotationIdRole).toLongLong();
            if (id != 0 && !ids.contains(id))
                ids.append(id);
        }
        if (!ids.isEmpty())
            return ids;
    }
    // Else one selected annotation per column: "these renderings in these outlets are one claim".
    for (int i = 0; i < m_area->columnCount(); ++i) {
        const AnnotationId id = m_area->column(i)->view()->selectedAnnotation();
        if (id != 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void MainWindow::sameClaim()
{
    const QList<AnnotationId> ids = claimSelection();
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select an annotation in each column that renders the claim (click it or press "
                                    "F8), then choose Same Claim."),
                                 8000);
        return;
    }
    QList<ClaimId> claims; // the claims some of them anchor already, in selection order
    QList<AnnotationId> loose;
    for (AnnotationId id : ids) {
        const ClaimId c = m_store->claimOfAnnotation(id);
        if (c == 0)
            loose.append(id);
        else if (!claims.contains(c))
            claims.append(c);
    }
    if (claims.isEmpty()) {
        if (const ClaimId id = m_store->createClaim(ids))
            statusBar()->showMessage(tr("Claim record created with %n anchor(s).", nullptr, int(ids.size())), 5000);
        else
            statusBar()->showMessage(m_store->lastError().message, 8000);
        return;
    }
    if (claims.size() == 1 && loose.isEmpty()) {
        statusBar()->showMessage(tr("These annotations already form one claim record."), 5000);
        return;
    }
    // Join everything into the first claim: loose annotations and the anchors of other claims,
    // whose emptied records go. One undo step.
    const ClaimId target = claims.first();
    m_store->undoStack()->beginMacro(tr("Same claim"));
    for (AnnotationId id : ids) {
        if (m_store->claimOfAnnotation(id) != target)
            m_store->addClaimAnchor(target, id);
    }
    for (qsizetype i = 1; i < claims.size(); ++i) {
        const std::optional<ClaimRecord> rest = m_store->claim(claims.at(i));
        if (rest && rest->anchors.isEmpty())
            m_store->removeClaim(claims.at(i));
    }
    m_store->undoStack()->endMacro();
    statusBar()->showMessage(tr("The claim record now has %n anchor(s).", nullptr,
                                int(m_store->claim(target) ? m_store->claim(target)->anchors.size() : 0)),
                             5000);
}

void MainWindow::claimFromCluster()
{
    const StatementCluster* cluster = m_clustersDock->currentCluster();
    if (!cluster) {
        statusBar()->showMessage(tr("Select a statement cluster in the Clusters panel first."), 6000);
        return;
    }
    const StatementCluster copy = *cluster; // the cluster model changes under the store's signals
    if (ClaimBuilder::fromCluster(*m_store, copy) != 0)
        statusBar()->showMessage(tr("Claim record made from the cluster (%n rendering(s)).", nullptr,
                                    int(copy.members.size())),
                                 5000);
    else
        statusBar()->showMessage(m_store->lastError().message, 8000);
}

void MainWindow::updateRevisionBars()
{
    for (int i = 0; i < m_area->columnCount(); ++i) {
        DocumentColumn* column = m_area->column(i);
        const bool fresh = !column->findChild<RevisionBar*>(QString(), Qt::FindDirectChildrenOnly);
        RevisionBar* bar = RevisionBar::attach(m_store, column);
        if (fresh) {
            connect(bar, &RevisionBar::compareRequested, this, &MainWindow::compareRevisions);
            connect(bar, &RevisionBar::revisionShown, this, [this] {
                updateCueLayers();
                updateClaimActions();
            });
        }
        bar->refresh();
    }
    updateClaimActions();
}

void MainWindow::compareRevisions(DocumentId older, DocumentId newer)
{
    auto* dialog = new RevisionCompareDialog(m_store, older, newer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevisionCompareDialog::annotationActivated, this, [this](AnnotationId id) { showAnnotation(id, true); });
    if (m_interactive)
        dialog->show();
    m_lastRevisionDialog = dialog;
}

RevisionCompareDialog* MainWindow::lastRevisionDialog() const
{
    return m_lastRevisionDialog.data();
}

void MainWindow::importRevision()
{
    DocumentColumn* column = m_area->currentColumn();
    const DocumentId of = column ? column->documentId() : 0;
    if (of == 0) {
        statusBar()->showMessage(tr("Open the document the new version replaces first."), 6000);
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Import as Revision"), QString(),
                                                      tr("Articles (*.html *.htm *.txt *.md *.pdf);;All files (*)"));
    if (!path.isEmpty())
        importRevisionFile(of, path);
}

DocumentId MainWindow::importRevisionFile(DocumentId of, const QString& path)
{
    RevisionAudit audit;
    QString error;
    const DocumentId id = RevisionImport::importFile(*m_store, of, path, &audit, &error);
    if (id == 0) {
        report(tr("Cannot import the revision"), error, true);
        return 0;
    }
    // Show the new revision where the old one was, then what became of its annotations.
    if (DocumentView* view = m_area->viewFor(of))
        qobject_cast<DocumentColumn*>(view->parentWidget())->setDocument(id);
    updateRevisionBars();
    updateCueLayers();
    statusBar()->showMessage(tr("Revision imported: %1 annotation(s) in place or moved, %2 reworded, %3 not attached.")
                                 .arg(audit.count(ReanchorStatus::Exact) + audit.count(ReanchorStatus::Moved))
                                 .arg(audit.count(ReanchorStatus::Reworded))
                                 .arg(audit.count(ReanchorStatus::Ambiguous) + audit.count(ReanchorStatus::Orphaned)),
                             10000);
    compareRevisions(audit.previous != 0 ? audit.previous : of, id);
    return id;
}

} // namespace Crossread
