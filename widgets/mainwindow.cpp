// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "annotationsdock.h"
#include "clustersdock.h"
#include "comparisonarea.h"
#include "cuelayer.h"
#include "documentcolumn.h"
#include "documentsdock.h"
#include "documentview.h"
#include "documentpropertiesdialog.h"
#include "inspectordock.h"
#include "lexicondialog.h"
#include "spellservice.h"
#include "store/projectstore.h"
#include "suggestionsdock.h"
#include "usersettings.h"
#include "windowsettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

namespace Crossread {

MainWindow::MainWindow(ProjectStore* store, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_spelling(new SpellService(this))
    , m_area(new ComparisonArea(store, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_area);
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    m_statusProject = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusProject);

    createDocks();
    createActions();
    createMenus();
    createClaimActions();
    createSearch();
    // The docks added after createDocks() divide the width anew and left the inspector a sliver.
    resizeDocks({m_documentsDock, m_inspectorDock}, {340, 330}, Qt::Horizontal);

    // The dictionary loads in the background; the inspector's editors pick it up when it is ready.
    const UserSettings user = UserSettings::load();
    m_inspectorDock->setSpellService(m_spelling);
    if (user.spellCheck)
        m_spelling->setLanguage(user.spellLanguage.isEmpty() ? SpellService::defaultLanguage() : user.spellLanguage);
    m_store->setAnnotator(user.annotator);

    connect(m_store, &ProjectStore::projectOpened, this, &MainWindow::onProjectOpened);
    connect(m_store, &ProjectStore::settingsChanged, this, &MainWindow::updateCueLayers); // lexicon edits, live
    connect(m_store, &ProjectStore::projectClosed, this, [this] {
        inspect(0);
        updateTitle();
        updateActions();
    });
    connect(m_store, &ProjectStore::writeFailed, this,
            [this](const QString& message) { report(tr("Could not save the change"), message, true); });
    connect(m_store, &ProjectStore::annotationRemoved, this, [this](AnnotationId id) {
        if (m_inspectorDock->annotation() == id)
            inspect(0);
    });
    connect(m_area, &ComparisonArea::annotationClicked, this, [this](AnnotationId id) { showAnnotation(id, false); });
    connect(m_area, &ComparisonArea::currentViewChanged, this, [this](DocumentView* view) {
        if (view && view->selectedAnnotation() != 0)
            showAnnotation(view->selectedAnnotation(), false);
        updateActions();
    });
    connect(m_area, &ComparisonArea::columnsChanged, this, &MainWindow::updateActions);
    connect(m_area, &ComparisonArea::columnsChanged, this, &MainWindow::updateCueLayers);
    for (auto signal : {&ProjectStore::tagAdded, &ProjectStore::tagChanged, &ProjectStore::tagRemoved})
        connect(m_store, signal, this, &MainWindow::rebuildTagActions);

    readSettings();
    if (m_store->isOpen())
        onProjectOpened(); // opened before the window existed (demo, tests)
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_documentsDock = new DocumentsDock(m_store, this);
    m_documentsDock->setObjectName(QStringLiteral("DocumentsDock"));
    m_annotationsDock = new AnnotationsDock(m_store, this);
    m_annotationsDock->setObjectName(QStringLiteral("AnnotationsDock"));
    m_inspectorDock = new InspectorDock(m_store, this);
    m_inspectorDock->setObjectName(QStringLiteral("InspectorDock"));
    addDockWidget(Qt::LeftDockWidgetArea, m_documentsDock);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_annotationsDock);
    // The annotations table spans the width under the columns; the side docks keep full height.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    // Suggestions and clusters are consulted now and then: tabbed behind the documents list, they
    // leave the inspector and the annotations table their room.
    m_suggestionsDock = new SuggestionsDock(m_store, this);
    m_suggestionsDock->setObjectName(QStringLiteral("SuggestionsDock"));
    m_clustersDock = new ClustersDock(m_store, this);
    m_clustersDock->setObjectName(QStringLiteral("ClustersDock"));
    addDockWidget(Qt::LeftDockWidgetArea, m_suggestionsDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_clustersDock);
    tabifyDockWidget(m_documentsDock, m_suggestionsDock);
    tabifyDockWidget(m_suggestionsDock, m_clustersDock);
    // Four tabs under a dock of 300 px were cut to "Docume…", "Sea…"; along its side they are
    // read whole, and the height they take is there to spare.
    setTabPosition(Qt::LeftDockWidgetArea, QTabWidget::West);
    m_documentsDock->raise();
    resizeDocks({m_documentsDock, m_inspectorDock}, {340, 330}, Qt::Horizontal);
    resizeDocks({m_annotationsDock}, {230}, Qt::Vertical);
    createClaimDocks();

    connect(m_documentsDock, &DocumentsDock::compareRequested, m_area, &ComparisonArea::openDocuments);
    connect(m_documentsDock, &DocumentsDock::propertiesRequested, this, &MainWindow::showDocumentProperties);
    connect(m_area, &ComparisonArea::propertiesRequested, this, &MainWindow::showDocumentProperties);
    connect(m_documentsDock, &DocumentsDock::documentActivated, this, [this](DocumentId id) {
        if (DocumentColumn* c = m_area->addDocument(id))
            c->view()->setFocus();
        else
            statusBar()->showMessage(tr("At most %1 documents can be compared; close a column first.")
                                         .arg(ComparisonArea::MaxColumns), 5000);
    });
    connect(m_suggestionsDock, &SuggestionsDock::suggestionActivated, this,
            [this](DocumentId document, qint64 start, qint64 end) { revealPassages({{document, start, end}}); });
    connect(m_clustersDock, &ClustersDock::revealRequested, this, &MainWindow::revealPassages);
    connect(m_annotationsDock, &AnnotationsDock::annotationActivated, this,
            [this](AnnotationId id) { showAnnotation(id, true); });
    connect(m_annotationsDock, &AnnotationsDock::currentAnnotationChanged, this, [this](AnnotationId id) {
        // Browsing the table with the arrow keys fills the inspector; a current row that moves
        // because rows were removed or filtered must not replace what the user is looking at.
        if (id != 0 && m_annotationsDock->isAncestorOf(QApplication::focusWidget()))
            inspect(id);
    });
}

DocumentView* MainWindow::currentView() const
{
    return m_area->currentView();
}

void MainWindow::updateCueLayers()
{
    QAction* show = m_actions.value(QStringLiteral("showCues"));
    const bool enabled = !show || show->isChecked();
    const bool dark = isDarkPalette(QApplication::palette());
    for (int i = 0; i < m_area->columnCount(); ++i) {
        DocumentView* view = m_area->column(i)->view();
        CueLayer* layer = view->cueLayer();
        if (!layer) {
            layer = new CueLayer(view); // lives and dies with its view
            layer->setDarkTheme(dark);
            layer->setEnabled(enabled);
            view->setCueLayer(layer);
        }
        layer->setDarkTheme(dark);
        layer->setEnabled(enabled);
        if (m_store->isOpen())
            layer->setLexicon(LexiconDialog::projectLexicon(*m_store)); // no-op unless it changed
    }
}

void MainWindow::onCurrentDocumentChanged()
{
    const DocumentView* view = currentView();
    const DocumentId id = view ? view->documentId() : 0;
    if (m_suggestionsDock && m_suggestionsDocument != id) {
        m_suggestionsDocument = id;
        m_suggestionsDock->setDocument(id);
    }
}

void MainWindow::revealPassages(const QList<PassageLocation>& passages)
{
    int shown = 0;
    bool skipped = false;
    for (const PassageLocation& p : passages) {
        if (p.document == 0 || !m_store->document(p.document))
            continue;
        DocumentView* view = m_area->viewFor(p.document);
        if (!view) {
            DocumentColumn* c = m_area->addDocument(p.document); // nullptr once all columns are taken
            view = c ? c->view() : nullptr;
        }
        if (!view) {
            skipped = true;
            continue;
        }
        view->selectRange(p.start, p.end);
        view->ensureCursorVisible();
        ++shown;
    }
    updateCueLayers();
    // Focus stays in the panel, so the user can go on browsing clusters or suggestions with the keys.
    if (skipped)
        statusBar()->showMessage(tr("Showing %n passage(s); at most %1 documents can be compared.", nullptr, shown)
                                     .arg(ComparisonArea::MaxColumns), 5000);
    updateActions();
}

void MainWindow::showAnnotation(AnnotationId id, bool reveal)
{
    inspect(id);
    m_annotationsDock->selectAnnotation(id);
    if (id == 0)
        return;
    const std::optional<Annotation> a = m_store->annotation(id);
    if (!a)
        return;
    DocumentView* view = m_area->viewFor(a->document);
    if (!view && reveal) {
        DocumentColumn* c = m_area->addDocument(a->document);
        if (!c) {
            // All columns taken: show it in the current column rather than refuse.
            c = m_area->currentColumn();
            if (c)
                c->setDocument(a->document);
        }
        view = c ? c->view() : nullptr;
    }
    if (!view)
        return;
    if (reveal) {
        view->revealAnnotation(id);
        view->setFocus();
    } else {
        view->setSelectedAnnotation(id);
    }
    updateActions();
}

bool MainWindow::openProject(const QString& path)
{
    if (m_store->isOpen())
        writeSettings(); // the columns of the project being left
    m_store->close();
    StoreError error;
    bool ok = m_store->open(path, ProjectStore::OpenMode::ReadWrite, &error);
    if (!ok && (error.kind == StoreError::Kind::ReadOnly || error.kind == StoreError::Kind::Locked)) {
        std::fprintf(stderr, "crossread: %s\n", qPrintable(error.message));
        const bool readOnly = !m_interactive
            || QMessageBox::question(this, tr("Open read-only?"),
                                     tr("%1\n\nOpen “%2” read-only instead? You can read and search it, but not "
                                        "change it.")
                                         .arg(error.message, QFileInfo(path).fileName()),
                                     QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open)
                == QMessageBox::Open;
        if (readOnly)
            ok = m_store->open(path, ProjectStore::OpenMode::ReadOnly, &error);
        else
            return false;
    }
    if (!ok) {
        std::fprintf(stderr, "crossread: %s: %s\n", qPrintable(path), qPrintable(error.message));
        report(tr("Cannot open the project"), tr("“%1” cannot be opened.\n\n%2").arg(path, error.message), true);
        return false;
    }
    return true;
}

void MainWindow::onProjectOpened()
{
    const WindowSettings settings = WindowSettings::load();
    QList<DocumentId> columns;
    if (QFileInfo(settings.lastProject) == QFileInfo(m_store->path())) {
        for (DocumentId id : settings.columns) {
            if (m_store->document(id))
                columns.append(id);
        }
    }
    m_area->openDocuments(columns);
    rebuildTagActions();
    updateTitle();
    updateActions();
    WindowSettings s = settings;
    s.lastProject = m_store->path();
    s.columns = columns;
    s.save();
}

void MainWindow::updateTitle()
{
    if (!m_store->isOpen()) {
        setWindowTitle(tr("Crossread"));
        m_statusProject->clear();
        return;
    }
    const QString name = QFileInfo(m_store->path()).fileName();
    setWindowTitle(m_store->isReadOnly() ? tr("%1 (read-only) — Crossread").arg(name) : tr("%1 — Crossread").arg(name));
    m_statusProject->setText(m_store->isReadOnly() ? tr("Read-only") : QString());
}

QRect MainWindow::firstRunGeometry(const QRect& available)
{
    constexpr double Share = 0.85;
    // Beyond this, lines in the columns grow too long to read and the docks too far apart.
    const QSize most(2400, 1500);
    const QSize size = QSize(int(available.width() * Share), int(available.height() * Share)).boundedTo(most);
    QRect frame(QPoint(0, 0), size);
    frame.moveCenter(available.center());
    return frame;
}

void MainWindow::readSettings()
{
    const WindowSettings s = WindowSettings::load();
    if (s.geometry.isEmpty() || !restoreGeometry(s.geometry)) {
        if (const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen()) {
            const QRect frame = firstRunGeometry(screen->availableGeometry());
            resize(frame.size());
            move(frame.topLeft());
            // Sized in the constructor, the docks got what a window of Qt's default size had room for.
            resizeDocks({m_documentsDock, m_inspectorDock}, {340, 330}, Qt::Horizontal);
        }
    }
    if (!s.state.isEmpty())
        restoreState(s.state);
    if (s.hasFont)
        m_area->setViewFont(s.font);
    m_area->setZoom(s.zoom);
    m_area->setSynchronizedScrolling(s.syncScrolling);
    m_area->setSnapToWords(s.snapToWords);
    m_actions.value(QStringLiteral("syncScrolling"))->setChecked(s.syncScrolling);
    m_actions.value(QStringLiteral("snapToWords"))->setChecked(s.snapToWords);
    m_actions.value(QStringLiteral("darkTheme"))->setChecked(s.dark);
    m_actions.value(QStringLiteral("showCues"))->setChecked(QSettings().value(QStringLiteral("view/showCues"), true).toBool());
}

void MainWindow::writeSettings()
{
    WindowSettings s = WindowSettings::load();
    s.geometry = saveGeometry();
    s.state = saveState();
    if (m_store->isOpen()) {
        s.lastProject = m_store->path();
        s.columns = m_area->documentIds();
    }
    s.zoom = m_area->zoom();
    s.font = m_area->viewFont();
    s.hasFont = true;
    s.dark = m_actions.value(QStringLiteral("darkTheme"))->isChecked();
    s.syncScrolling = m_area->synchronizedScrolling();
    s.snapToWords = m_actions.value(QStringLiteral("snapToWords"))->isChecked();
    s.save();
    QSettings().setValue(QStringLiteral("view/showCues"), m_actions.value(QStringLiteral("showCues"))->isChecked());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && !m_store->isReadOnly() && m_store->isOpen())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // Not from inside the drop handler: the import spins its own event loop for progress.
    QTimer::singleShot(0, this, [this, paths] { importFiles(paths); });
}

void MainWindow::setTheme(Theme theme)
{
    applyTheme(theme);
    m_actions.value(QStringLiteral("darkTheme"))->setChecked(theme == Theme::Dark);
    updateCueLayers();
}

void MainWindow::report(const QString& title, const QString& message, bool warning)
{
    if (!m_interactive) {
        statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), 10000);
        return;
    }
    auto* box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information, title, message,
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Crossread
