// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"
#include "theme.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

// QPointer<RevisionCompareDialog> below: g++ in C++20 mode instantiates its comparison operators
// with the class, which need the complete type in every file that includes this header.
#include "revisioncomparedialog.h"

class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;

namespace Crossread {

class AnnotationsDock;
class ClaimPanel;
class CoverageDock;
class RevisionCompareDialog;
class TimelineDock;
class ClustersDock;
class SearchDock;
class ComparisonArea;
class CueLayer;
class DocumentView;
class DocumentsDock;
class InspectorDock;
class ProjectStore;
class SpellService;
class SuggestionsDock;
struct PassageLocation;
enum class ExportFormat;

/// The workbench: documents, annotations and inspector docks around the comparison area.
///
/// Every edit goes through the store, whose undo stack backs Edit ▸ Undo/Redo. Annotation keys
/// (1 Claim, 2 Attribution, 3 Unverified, custom tags' keys) act on the selection of the
/// current document view; actions carry object names ("annotateClaim", "nextAnnotation"…) so
/// tests and scripts can find them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ProjectStore* store, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project, explaining failures in a dialog (and on stderr); offers read-only
    /// opening when the file is locked or cannot be written. Reopens the remembered columns
    /// when it is the last project.
    bool openProject(const QString& path);
    /// Imports files: conversion runs in a worker thread, storing on this thread, with progress.
    void importFiles(const QStringList& paths);
    /// Shows an annotation everywhere: inspector, annotations table and, when `reveal`, its passage.
    void showAnnotation(AnnotationId id, bool reveal);

    ComparisonArea* comparisonArea() const { return m_area; }
    DocumentsDock* documentsDock() const { return m_documentsDock; }
    AnnotationsDock* annotationsDock() const { return m_annotationsDock; }
    InspectorDock* inspectorDock() const { return m_inspectorDock; }
    SuggestionsDock* suggestionsDock() const { return m_suggestionsDock; }
    ClustersDock* clustersDock() const { return m_clustersDock; }
    SearchDock* searchDock() const { return m_searchDock; }
    /// The spell checker of the inspector and the dialogs (language from Settings).
    SpellService* spellService() const { return m_spelling; }
    DocumentView* currentView() const;
    // Claims, coverage, timeline and revisions (issue 9; mainwindow_claims.cpp)
    CoverageDock* coverageDock() const { return m_coverageDock; }
    TimelineDock* timelineDock() const { return m_timelineDock; }
    ClaimPanel* claimPanel() const { return m_claimPanel; }
    /// The annotations "Same Claim" acts on: the selected rows of the annotations table when it has
    /// the focus, else the selected annotation of each column.
    QList<AnnotationId> claimSelection() const;
    /// Imports `path` as the next revision of `of` and shows it with its audit; 0 on failure.
    DocumentId importRevisionFile(DocumentId of, const QString& path);
    /// The last Compare Revisions dialog opened (for tests), or nullptr.
    RevisionCompareDialog* lastRevisionDialog() const;

    void setTheme(Theme theme);
    /// Where the window goes when no geometry was saved: 85 % of the screen's available area (at
    /// most 2400×1500), centred. Qt's default, the central widget's size hint, was 1133×589.
    static QRect firstRunGeometry(const QRect& available);
    /// When false, results are reported in the status bar instead of message boxes (tests, --screenshot).
    void setInteractive(bool interactive) { m_interactive = interactive; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void rebuildTagActions();
    void updateActions();
    void updateTitle();
    void readSettings();
    void writeSettings();
    void onProjectOpened();
    /// Gives every open view a cue layer and brings the layers in line with the theme and View ▸ Show Cues.
    void updateCueLayers();
    void onCurrentDocumentChanged();
    /// Opens (or finds) a column for each passage's document and selects the passage there.
    void revealPassages(const QList<PassageLocation>& passages);
    void exportDialog(ExportFormat format);
    void importAnnotationsDialog();

    void newProject();
    void openProjectDialog();
    void importDialog();
    void saveCopy();
    void annotate(TagId tag);
    void deleteAnnotation();
    void adjustRange();
    void stepAnnotation(bool forward);
    void find();
    void chooseFont();
    void manageTags();
    void showSettings();
    /// Document ▸ Properties: the Documents list's current document when it has the focus, else the current column's.
    void documentProperties();
    void showDocumentProperties(DocumentId id);
    /// Moves the keyboard focus to the next (or previous) pane: documents, columns, annotations, inspector (F6).
    void cycleFocus(bool forward);
    void focusDock(QDockWidget* dock);
    void moveCurrentColumn(int delta);
    void about();
    void report(const QString& title, const QString& message, bool warning);
    // issue 9 (mainwindow_claims.cpp)
    void createClaimDocks();
    void createClaimActions();
    /// The Search panel and Edit ▸ Search Project (mainwindow_search.cpp, issue #7).
    void createSearch();
    void updateClaimActions();
    void updateRevisionBars();
    /// Shows `id` in the inspector and its claim record above it.
    void inspect(AnnotationId id);
    void sameClaim();
    void claimFromCluster();
    void importRevision();
    void compareRevisions(DocumentId older, DocumentId newer);

    ProjectStore* m_store;
    SpellService* m_spelling;
    ComparisonArea* m_area;
    DocumentsDock* m_documentsDock = nullptr;
    AnnotationsDock* m_annotationsDock = nullptr;
    InspectorDock* m_inspectorDock = nullptr;
    SuggestionsDock* m_suggestionsDock = nullptr;
    ClustersDock* m_clustersDock = nullptr;
    SearchDock* m_searchDock = nullptr;
    CoverageDock* m_coverageDock = nullptr;
    TimelineDock* m_timelineDock = nullptr;
    ClaimPanel* m_claimPanel = nullptr;
    QPointer<RevisionCompareDialog> m_lastRevisionDialog;
    QMenu* m_exportMenu = nullptr;
    DocumentId m_suggestionsDocument = -1; // what the suggestions dock shows; -1 before the first update
    QToolBar* m_toolBar = nullptr;
    QMenu* m_annotateMenu = nullptr;
    QAction* m_tagActionsEnd = nullptr; // separator after the tag actions in the Annotate menu
    QList<QAction*> m_tagActions;
    QHash<QString, QAction*> m_actions; // by object name
    QLabel* m_statusProject = nullptr;
    bool m_interactive = true;
    bool m_restoringColumns = false;
    QString m_pendingColumnsProject;
    QList<DocumentId> m_pendingColumns;
};

} // namespace Crossread
