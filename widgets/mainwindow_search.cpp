// SPDX-License-Identifier: MIT
// MainWindow's full-text search: the Search panel, Edit ▸ Search Project (Ctrl+Shift+F), and
// what activating a hit does (issue #7).
#include "mainwindow.h"

#include "clustersdock.h"
#include "comparisonarea.h"
#include "documentsdock.h"
#include "matching/statementcluster.h"
#include "searchdock.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace Crossread {

void MainWindow::createSearch()
{
    m_searchDock = new SearchDock(m_store, this);
    m_searchDock->setSpellService(m_spelling);
    addDockWidget(Qt::LeftDockWidgetArea, m_searchDock);
    // Tabbed behind the documents list like the other occasional panels; Ctrl+Shift+F raises it.
    tabifyDockWidget(m_clustersDock, m_searchDock);
    if (m_documentsDock)
        m_documentsDock->raise();

    auto* action = new QAction(tr("Search &Project…"), this);
    action->setObjectName(QStringLiteral("searchProject"));
    action->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    action->setStatusTip(tr("Search the text, titles and notes of every document"));
    connect(action, &QAction::triggered, m_searchDock, &SearchDock::focusSearch);
    addAction(action); // window-wide, also when the menu bar is hidden
    m_actions.insert(action->objectName(), action);
    // Beside Edit ▸ Find and among the View menu's panels, wherever those menus are built.
    if (QAction* find = m_actions.value(QStringLiteral("find"))) {
        for (QObject* o : find->associatedObjects()) {
            if (auto* menu = qobject_cast<QMenu*>(o)) {
                const QList<QAction*> items = menu->actions();
                const qsizetype at = items.indexOf(find);
                menu->insertAction(at + 1 < items.size() ? items.at(at + 1) : nullptr, action);
            }
        }
    }
    for (QObject* o : m_clustersDock->toggleViewAction()->associatedObjects()) {
        if (auto* menu = qobject_cast<QMenu*>(o))
            menu->addAction(m_searchDock->toggleViewAction());
    }

    // The hit is selected in its column; the keyboard stays in the panel for the next hit.
    connect(m_searchDock, &SearchDock::passageRequested, this, [this](DocumentId document, qint64 start, qint64 end) {
        revealPassages({{document, start, end}});
    });
    connect(m_searchDock, &SearchDock::annotationRequested, this, [this](AnnotationId id) { showAnnotation(id, true); });
    connect(m_searchDock, &SearchDock::documentRequested, this, [this](DocumentId id) {
        if (!m_area->viewFor(id) && !m_area->addDocument(id))
            statusBar()->showMessage(tr("At most %1 documents can be compared; close a column first.")
                                         .arg(ComparisonArea::MaxColumns), 5000);
    });
}

} // namespace Crossread
