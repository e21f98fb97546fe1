// SPDX-License-Identifier: MIT
// MainWindow's actions and menus, and what they do to the current view.
#include "mainwindow.h"

#include "annotationsdock.h"
#include "clustersdock.h"
#include "comparisonarea.h"
#include "documentcolumn.h"
#include "documentsdock.h"
#include "documentview.h"
#include "export/exporter.h"
#include "documentpropertiesdialog.h"
#include "findbar.h"
#include "inspectordock.h"
#include "lexicondialog.h"
#include "settingsdialog.h"
#include "store/projectstore.h"
#include "suggestionsdock.h"
#include "tagmanagerdialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QFontDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

#include <iterator>
#include <utility>

namespace Crossread {

namespace {

QIcon swatch(const QColor& color)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(140));
    p.setBrush(color);
    p.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pm);
}

void clearTextSelection(QPlainTextEdit* view)
{
    QTextCursor c = view->textCursor();
    c.clearSelection();
    view->setTextCursor(c);
}

QString projectFilter()
{
    return QCoreApplication::translate("Crossread::MainWindow", "Crossread projects (*.crossread);;All files (*)");
}

} // namespace

void MainWindow::createActions()
{
    auto add = [this](const QString& name, const QString& text, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(name, a);
        addAction(a); // window-wide shortcuts, also when the menu bar is hidden
        return a;
    };
    add(QStringLiteral("newProject"), tr("&New Project…"), QKeySequence::New, &MainWindow::newProject);
    add(QStringLiteral("openProject"), tr("&Open Project…"), QKeySequence::Open, &MainWindow::openProjectDialog);
    add(QStringLiteral("import"), tr("&Import Documents…"), QKeySequence(tr("Ctrl+I")), &MainWindow::importDialog);
    add(QStringLiteral("saveCopy"), tr("Save a &Copy As…"), QKeySequence(tr("Ctrl+Shift+S")), &MainWindow::saveCopy);
    add(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, &MainWindow::close);

    QAction* undo = m_store->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcuts({QKeySequence(tr("Ctrl+Z"))});
    QAction* redo = m_store->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    for (QAction* a : {undo, redo}) {
        m_actions.insert(a->objectName(), a);
        addAction(a);
    }
    add(QStringLiteral("find"), tr("&Find in Document…"), QKeySequence::Find, &MainWindow::find);
    auto* settings = add(QStringLiteral("settings"), tr("&Settings…"), QKeySequence(tr("Ctrl+,")), &MainWindow::showSettings);
    settings->setMenuRole(QAction::PreferencesRole);
    add(QStringLiteral("documentProperties"), tr("&Properties…"), QKeySequence(Qt::ALT | Qt::Key_Return),
        &MainWindow::documentProperties);
    add(QStringLiteral("moveColumnLeft"), tr("Move Column &Left"), QKeySequence(tr("Ctrl+Shift+PgUp")),
        [this] { moveCurrentColumn(-1); });
    add(QStringLiteral("moveColumnRight"), tr("Move Column &Right"), QKeySequence(tr("Ctrl+Shift+PgDown")),
        [this] { moveCurrentColumn(+1); });
    add(QStringLiteral("closeColumn"), tr("&Close Column"), QKeySequence(tr("Ctrl+W")), [this] {
        if (DocumentColumn* c = m_area->currentColumn())
            m_area->closeColumn(m_area->documentIds().indexOf(c->documentId()));
    });
    add(QStringLiteral("nextPane"), tr("Next &Pane"), QKeySequence(Qt::Key_F6), [this] { cycleFocus(true); });
    add(QStringLiteral("previousPane"), tr("Previous Pa&ne"), QKeySequence(Qt::SHIFT | Qt::Key_F6),
        [this] { cycleFocus(false); });
    add(QStringLiteral("focusDocuments"), tr("Go to &Documents"), QKeySequence(tr("Ctrl+Shift+D")),
        [this] { focusDock(m_documentsDock); });
    add(QStringLiteral("focusAnnotations"), tr("Go to &Annotations"), QKeySequence(tr("Ctrl+Shift+A")),
        [this] { focusDock(m_annotationsDock); });
    add(QStringLiteral("focusInspector"), tr("Go to &Inspector"), QKeySequence(tr("Ctrl+Shift+E")),
        [this] { focusDock(m_inspectorDock); });
    add(QStringLiteral("focusText"), tr("Go to &Text"), QKeySequence(tr("Ctrl+Shift+T")), [this] {
        if (DocumentView* v = currentView())
            v->setFocus(Qt::ShortcutFocusReason);
    });

    auto* snap = add(QStringLiteral("snapToWords"), tr("&Snap Selection to Whole Words"), {},
                     [this](bool on) { m_area->setSnapToWords(on); });
    snap->setCheckable(true);
    add(QStringLiteral("adjustRange"), tr("&Adjust Range to Selection"), QKeySequence(tr("Ctrl+R")),
        &MainWindow::adjustRange);
    add(QStringLiteral("deleteAnnotation"), tr("&Delete Annotation"), QKeySequence::Delete, &MainWindow::deleteAnnotation);
    add(QStringLiteral("nextAnnotation"), tr("&Next Annotation"), QKeySequence(Qt::Key_F8), [this] { stepAnnotation(true); });
    add(QStringLiteral("previousAnnotation"), tr("&Previous Annotation"), QKeySequence(Qt::SHIFT | Qt::Key_F8),
        [this] { stepAnnotation(false); });
    add(QStringLiteral("manageTags"), tr("&Manage Tags…"), QKeySequence(tr("Ctrl+T")), &MainWindow::manageTags);

    add(QStringLiteral("zoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_area->setZoom(m_area->zoom() + 1); });
    add(QStringLiteral("zoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_area->setZoom(m_area->zoom() - 1); });
    add(QStringLiteral("zoomReset"), tr("&Reset Zoom"), QKeySequence(tr("Ctrl+0")), [this] { m_area->setZoom(0); });
    add(QStringLiteral("font"), tr("&Font…"), {}, &MainWindow::chooseFont);
    auto* dark = add(QStringLiteral("darkTheme"), tr("&Dark Theme"), {}, [this](bool on) {
        applyTheme(on ? Theme::Dark : Theme::Light);
        updateCueLayers();
    });
    dark->setCheckable(true);
    auto* sync = add(QStringLiteral("syncScrolling"), tr("&Synchronized Scrolling"), {},
                     [this](bool on) { m_area->setSynchronizedScrolling(on); });
    sync->setCheckable(true);
    auto* cues = add(QStringLiteral("showCues"), tr("Show &Cues"), {}, [this] { updateCueLayers(); });
    cues->setCheckable(true);
    cues->setChecked(true);
    add(QStringLiteral("editLexicon"), tr("Loaded &Vocabulary…"), {}, [this] {
        LexiconDialog dialog(m_store, this);
        dialog.exec();
    });
    add(QStringLiteral("importAnnotations"), tr("Import &Annotations…"), {}, &MainWindow::importAnnotationsDialog);
    const std::pair<const char*, ExportFormat> exports[] = {{"exportCsv", ExportFormat::Csv},
                                                            {"exportWebAnnotation", ExportFormat::WebAnnotation},
                                                            {"exportClaimReview", ExportFormat::ClaimReview},
                                                            {"exportHtml", ExportFormat::Html},
                                                            {"exportPdf", ExportFormat::Pdf}};
    const QString exportTexts[] = {tr("&CSV…"), tr("&W3C Web Annotations…"), tr("Claim&Review…"), tr("&HTML Report…"),
                                   tr("&PDF Report…")};
    for (size_t i = 0; i < std::size(exports); ++i) {
        const ExportFormat format = exports[i].second;
        add(QString::fromLatin1(exports[i].first), exportTexts[i], {}, [this, format] { exportDialog(format); });
    }
    add(QStringLiteral("about"), tr("&About Crossread"), {}, &MainWindow::about);

    for (QAction* a : m_actions)
        a->setStatusTip(a->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));

    // Short toolbar labels: the undo action's text grows with the command ("Undo Tag 'Claim' on
    // “…”"), which belongs in the menu and the tooltip, not in a toolbar button.
    const auto icon = [this](const char* themeName, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(themeName), style()->standardIcon(fallback));
    };
    undo->setIcon(icon("edit-undo", QStyle::SP_ArrowBack));
    undo->setIconText(tr("Undo"));
    redo->setIcon(icon("edit-redo", QStyle::SP_ArrowForward));
    redo->setIconText(tr("Redo"));
    for (QAction* a : {undo, redo})
        connect(a, &QAction::changed, a, [a] { a->setToolTip(a->text().remove(QLatin1Char('&'))); });
    m_actions.value(QStringLiteral("import"))->setIcon(icon("document-import", QStyle::SP_DialogOpenButton));
    m_actions.value(QStringLiteral("import"))->setIconText(tr("Import"));
    m_actions.value(QStringLiteral("previousAnnotation"))->setIcon(icon("go-up", QStyle::SP_ArrowUp));
    m_actions.value(QStringLiteral("previousAnnotation"))->setIconText(tr("Previous"));
    m_actions.value(QStringLiteral("previousAnnotation"))->setToolTip(tr("Previous annotation (Shift+F8)"));
    m_actions.value(QStringLiteral("nextAnnotation"))->setIcon(icon("go-down", QStyle::SP_ArrowDown));
    m_actions.value(QStringLiteral("nextAnnotation"))->setIconText(tr("Next"));
    m_actions.value(QStringLiteral("nextAnnotation"))->setToolTip(tr("Next annotation (F8)"));
}

void MainWindow::createMenus()
{
    auto act = [this](const char* name) { return m_actions.value(QString::fromLatin1(name)); };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addActions({act("newProject"), act("openProject")});
    file->addSeparator();
    file->addAction(act("import"));
    file->addAction(act("importAnnotations"));
    m_exportMenu = file->addMenu(tr("&Export"));
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_exportMenu->addActions({act("exportCsv"), act("exportWebAnnotation"), act("exportClaimReview")});
    m_exportMenu->addSeparator();
    m_exportMenu->addActions({act("exportHtml"), act("exportPdf")});
    file->addAction(act("saveCopy"));
    file->addSeparator();
    file->addAction(act("quit"));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({act("undo"), act("redo")});
    edit->addSeparator();
    edit->addAction(act("find"));
    edit->addSeparator();
    edit->addAction(act("settings"));

    QMenu* document = menuBar()->addMenu(tr("&Document"));
    document->addAction(act("documentProperties"));
    document->addSeparator();
    document->addActions({act("moveColumnLeft"), act("moveColumnRight"), act("closeColumn")});

    m_annotateMenu = menuBar()->addMenu(tr("&Annotate"));
    m_tagActionsEnd = m_annotateMenu->addSeparator();
    m_annotateMenu->addActions({act("adjustRange"), act("deleteAnnotation")});
    m_annotateMenu->addSeparator();
    m_annotateMenu->addActions({act("nextAnnotation"), act("previousAnnotation")});
    m_annotateMenu->addSeparator();
    m_annotateMenu->addActions({act("snapToWords"), act("manageTags")});

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions({act("zoomIn"), act("zoomOut"), act("zoomReset"), act("font")});
    view->addSeparator();
    view->addActions({act("darkTheme"), act("showCues"), act("editLexicon"), act("syncScrolling")});
    view->addSeparator();
    QMenu* go = view->addMenu(tr("&Go To"));
    go->addActions({act("nextPane"), act("previousPane")});
    go->addSeparator();
    go->addActions({act("focusDocuments"), act("focusText"), act("focusAnnotations"), act("focusInspector")});
    view->addSeparator();
    for (QDockWidget* dock : {static_cast<QDockWidget*>(m_documentsDock), static_cast<QDockWidget*>(m_annotationsDock),
                              static_cast<QDockWidget*>(m_inspectorDock), static_cast<QDockWidget*>(m_suggestionsDock),
                              static_cast<QDockWidget*>(m_clustersDock)})
        view->addAction(dock->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(act("about"));

    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("MainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addActions({act("import")});
    m_toolBar->addSeparator();
    m_toolBar->addActions({act("undo"), act("redo")});
    m_toolBar->addSeparator();
    // Tag actions are inserted here by rebuildTagActions().
    m_toolBar->addSeparator();
    m_toolBar->addActions({act("previousAnnotation"), act("nextAnnotation")});
}

void MainWindow::rebuildTagActions()
{
    for (QAction* a : std::as_const(m_tagActions)) {
        removeAction(a);
        delete a;
    }
    m_tagActions.clear();
    if (!m_store->isOpen())
        return;
    QList<QAction*> toolbarActions;
    QList<QAction*> contextActions;
    for (const Tag& tag : m_store->tags()) {
        auto* a = new QAction(swatch(tag.color), tr("Tag as %1").arg(tag.name), this);
        a->setIconText(tag.name);
        if (!tag.builtin.isEmpty())
            a->setObjectName(QStringLiteral("annotate") + tag.builtin.at(0).toUpper() + tag.builtin.mid(1));
        else
            a->setObjectName(QStringLiteral("annotateTag%1").arg(tag.id));
        if (!tag.shortcut.isEmpty())
            a->setShortcut(QKeySequence(tag.shortcut));
        a->setToolTip(tag.shortcut.isEmpty() ? tr("Tag the selection as %1").arg(tag.name)
                                             : tr("Tag the selection as %1 (%2)").arg(tag.name, tag.shortcut));
        a->setStatusTip(tag.description.isEmpty() ? a->toolTip() : tag.description);
        const TagId id = tag.id;
        connect(a, &QAction::triggered, this, [this, id] { annotate(id); });
        addAction(a);
        m_annotateMenu->insertAction(m_tagActionsEnd, a);
        m_tagActions.append(a);
        contextActions.append(a);
        if (!tag.builtin.isEmpty())
            toolbarActions.append(a);
    }
    // The toolbar shows the three built-ins between the undo and navigation groups.
    QList<QAction*> bar = m_toolBar->actions();
    QAction* before = bar.size() >= 2 ? bar.at(bar.size() - 3) : nullptr;
    m_toolBar->insertActions(before, toolbarActions);
    contextActions.append(m_actions.value(QStringLiteral("adjustRange")));
    contextActions.append(m_actions.value(QStringLiteral("deleteAnnotation")));
    m_area->setContextActions(contextActions);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool open = m_store->isOpen();
    const bool writable = open && !m_store->isReadOnly();
    DocumentView* view = currentView();
    const bool hasView = view && view->documentId() != 0;
    m_actions.value(QStringLiteral("import"))->setEnabled(writable);
    m_actions.value(QStringLiteral("saveCopy"))->setEnabled(open);
    m_actions.value(QStringLiteral("find"))->setEnabled(hasView);
    m_actions.value(QStringLiteral("documentProperties"))->setEnabled(open && m_store->documents().size() > 0);
    const int columns = m_area->columnCount();
    const int current = hasView ? int(m_area->documentIds().indexOf(view->documentId())) : -1;
    m_actions.value(QStringLiteral("moveColumnLeft"))->setEnabled(current > 0);
    m_actions.value(QStringLiteral("moveColumnRight"))->setEnabled(current >= 0 && current + 1 < columns);
    m_actions.value(QStringLiteral("closeColumn"))->setEnabled(current >= 0);
    m_actions.value(QStringLiteral("adjustRange"))->setEnabled(writable && hasView);
    m_actions.value(QStringLiteral("deleteAnnotation"))->setEnabled(writable && hasView);
    m_actions.value(QStringLiteral("nextAnnotation"))->setEnabled(hasView);
    m_actions.value(QStringLiteral("previousAnnotation"))->setEnabled(hasView);
    m_actions.value(QStringLiteral("manageTags"))->setEnabled(writable);
    m_actions.value(QStringLiteral("editLexicon"))->setEnabled(open);
    m_actions.value(QStringLiteral("importAnnotations"))->setEnabled(writable);
    if (m_exportMenu)
        m_exportMenu->setEnabled(open);
    for (QAction* a : std::as_const(m_tagActions))
        a->setEnabled(writable);
    onCurrentDocumentChanged();
}

void MainWindow::annotate(TagId tag)
{
    DocumentView* view = currentView();
    if (!view || view->documentId() == 0) {
        statusBar()->showMessage(tr("Open a document and select a passage first."), 5000);
        return;
    }
    const auto [start, end] = view->selectedRange();
    if (end > start) {
        // The same range selected again gets the tag added instead of a second annotation.
        for (const auto& e : view->index().overlapping(start, end)) {
            if (e.start == start && e.end == end) {
                const std::optional<Annotation> a = m_store->annotation(e.id);
                if (a && !a->tags.contains(tag))
                    m_store->setAnnotationTags(e.id, a->tags + QList<TagId>{tag});
                clearTextSelection(view);
                showAnnotation(e.id, false);
                return;
            }
        }
        const AnnotationId id = m_store->addAnnotation(view->documentId(), start, end, {tag});
        if (id == 0)
            return; // writeFailed() has told the user
        // The new annotation is selected instead, so the next key adds a tag to it.
        clearTextSelection(view);
        showAnnotation(id, false);
        return;
    }
    const AnnotationId selected = view->selectedAnnotation();
    if (selected == 0) {
        statusBar()->showMessage(tr("Select a passage to tag, or click an annotation to add a tag to it."), 5000);
        return;
    }
    const std::optional<Annotation> a = m_store->annotation(selected);
    if (!a)
        return;
    QList<TagId> tags = a->tags;
    if (!tags.contains(tag))
        tags.append(tag);
    else if (tags.size() > 1)
        tags.removeAll(tag); // pressing the key again takes the tag off
    else {
        statusBar()->showMessage(tr("An annotation keeps at least one tag; delete it instead."), 5000);
        return;
    }
    m_store->setAnnotationTags(selected, tags);
}

void MainWindow::deleteAnnotation()
{
    DocumentView* view = currentView();
    const AnnotationId id = view ? view->selectedAnnotation() : 0;
    if (id == 0) {
        statusBar()->showMessage(tr("Click an annotation (or press F8) to select it first."), 5000);
        return;
    }
    m_store->removeAnnotation(id);
}

void MainWindow::adjustRange()
{
    DocumentView* view = currentView();
    const AnnotationId id = view ? view->selectedAnnotation() : 0;
    const auto [start, end] = view ? view->selectedRange() : std::pair<qint64, qint64>{0, 0};
    if (id == 0 || end <= start) {
        statusBar()->showMessage(tr("Select an annotation, then select its new range and choose Adjust Range."), 6000);
        return;
    }
    m_store->setAnnotationRange(id, start, end);
}

void MainWindow::stepAnnotation(bool forward)
{
    DocumentView* view = currentView();
    if (!view)
        return;
    const AnnotationId id = view->stepAnnotation(forward);
    if (id == 0)
        statusBar()->showMessage(tr("This document has no annotations."), 4000);
    else
        view->setFocus();
}

void MainWindow::find()
{
    if (DocumentColumn* c = m_area->currentColumn())
        c->findBar()->activate();
}

void MainWindow::chooseFont()
{
    bool ok = false;
    const QFont f = QFontDialog::getFont(&ok, m_area->viewFont(), this, tr("Document Font"));
    if (ok)
        m_area->setViewFont(f);
}

void MainWindow::manageTags()
{
    TagManagerDialog dialog(m_store, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_store, m_spelling, this);
    dialog.exec();
}

void MainWindow::documentProperties()
{
    DocumentId id = 0;
    if (m_documentsDock->isAncestorOf(QApplication::focusWidget()))
        id = m_documentsDock->currentDocument();
    if (id == 0 && currentView())
        id = currentView()->documentId();
    if (id == 0)
        id = m_documentsDock->currentDocument();
    if (id == 0) {
        statusBar()->showMessage(tr("Select a document in the Documents list or open one first."), 5000);
        return;
    }
    showDocumentProperties(id);
}

void MainWindow::showDocumentProperties(DocumentId id)
{
    if (!m_store->isOpen() || !m_store->document(id))
        return;
    DocumentPropertiesDialog dialog(m_store, id, m_spelling, this);
    dialog.exec();
}

void MainWindow::moveCurrentColumn(int delta)
{
    const DocumentView* view = currentView();
    if (!view)
        return;
    const int from = int(m_area->documentIds().indexOf(view->documentId()));
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_area->columnCount())
        return;
    m_area->moveColumn(from, to);
    if (DocumentView* moved = m_area->viewFor(view->documentId()))
        moved->setFocus(Qt::ShortcutFocusReason);
    updateActions();
}

void MainWindow::focusDock(QDockWidget* dock)
{
    if (!dock)
        return;
    dock->show();
    dock->raise();
    if (dock->focusProxy()) {
        dock->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    // The first control that takes Tab focus, as if the user had tabbed into the dock.
    const QList<QWidget*> children = dock->widget()->findChildren<QWidget*>();
    for (QWidget* child : children) {
        if (child->isVisibleTo(dock) && child->isEnabled() && (child->focusPolicy() & Qt::TabFocus)) {
            child->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    dock->widget()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::cycleFocus(bool forward)
{
    // The panes in reading order; hidden docks are skipped.
    QList<QWidget*> panes;
    for (QDockWidget* dock : {static_cast<QDockWidget*>(m_documentsDock), static_cast<QDockWidget*>(m_suggestionsDock),
                              static_cast<QDockWidget*>(m_clustersDock)}) {
        if (dock->isVisible() && !dock->visibleRegion().isEmpty())
            panes.append(dock);
    }
    for (int i = 0; i < m_area->columnCount(); ++i)
        panes.append(m_area->column(i)->view());
    for (QDockWidget* dock : {static_cast<QDockWidget*>(m_annotationsDock), static_cast<QDockWidget*>(m_inspectorDock)}) {
        if (dock->isVisible())
            panes.append(dock);
    }
    if (panes.isEmpty())
        return;
    const QWidget* focus = QApplication::focusWidget();
    qsizetype at = -1;
    for (qsizetype i = 0; i < panes.size() && at < 0; ++i) {
        if (panes.at(i) == focus || panes.at(i)->isAncestorOf(focus))
            at = i;
    }
    const qsizetype next = at < 0 ? (forward ? 0 : panes.size() - 1) : (at + (forward ? 1 : panes.size() - 1)) % panes.size();
    QWidget* pane = panes.at(next);
    if (auto* dock = qobject_cast<QDockWidget*>(pane))
        focusDock(dock);
    else
        pane->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::newProject()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), dir, projectFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".crossread")))
        path += QLatin1String(".crossread");
    writeSettings();
    m_store->close();
    StoreError error;
    if (!m_store->create(path, &error))
        report(tr("Cannot create the project"), error.message, true);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QFileInfo(m_store->path()).absolutePath(),
                                                      projectFilter());
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::saveCopy()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy As"), QFileInfo(m_store->path()).absolutePath(),
                                                      projectFilter());
    if (path.isEmpty())
        return;
    StoreError error;
    if (m_store->saveCopy(path, &error))
        statusBar()->showMessage(tr("A copy was saved to %1.").arg(path), 6000);
    else
        report(tr("Cannot save the copy"), error.message, true);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Crossread"),
                       tr("<h3>Crossread %1</h3><p>Read news articles side by side, mark claims, attributions "
                          "and unverified statements, and record what the evidence says.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace Crossread
