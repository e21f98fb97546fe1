// SPDX-License-Identifier: MIT
// Importing from the main window: files are converted in a worker thread (Importer::prepare
// touches no store) while this thread stays responsive and shows progress; storing happens here,
// one file per transaction, because the store is not thread-safe.
#include "mainwindow.h"

#include "comparisonarea.h"
#include "export/annotationimporter.h"
#include "export/exporter.h"
#include "import/importer.h"
#include "store/projectstore.h"
#include "usersettings.h"

#include <QEventLoop>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace Crossread {

namespace {

struct Prepared
{
    std::optional<PreparedDocument> document;
    QString error;
};

} // namespace

void MainWindow::importDialog()
{
    QStringList patterns;
    for (const QString& suffix : Importer::supportedSuffixes())
        patterns.append(QStringLiteral("*.") + suffix);
    const QString filter = tr("Articles (%1);;All files (*)").arg(patterns.join(QLatin1Char(' ')));
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Documents"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
    if (!paths.isEmpty())
        importFiles(paths);
}

void MainWindow::importFiles(const QStringList& requested)
{
    if (!m_store->isOpen() || m_store->isReadOnly()) {
        report(tr("Import"), tr("Open a project for writing before importing documents."), true);
        return;
    }
    const QStringList paths = Importer::expandPaths(requested);
    const ImportOptions options = UserSettings::load().importOptions(); // size limit and repair from Settings
    QProgressDialog progress(tr("Importing documents…"), tr("Cancel"), 0, int(paths.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400); // a single small file should not flash a dialog
    progress.setAutoClose(false);
    progress.setAutoReset(false);

    QList<DocumentId> imported;
    QStringList problems;
    int duplicates = 0;
    for (qsizetype i = 0; i < paths.size() && !progress.wasCanceled(); ++i) {
        const QString& path = paths.at(i);
        progress.setValue(int(i));
        progress.setLabelText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
        QFutureWatcher<Prepared> watcher;
        QEventLoop loop;
        connect(&watcher, &QFutureWatcher<Prepared>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(QtConcurrent::run([path, options] {
            Prepared p;
            p.document = Importer::prepare(path, options, &p.error);
            return p;
        }));
        if (!watcher.isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        const Prepared result = watcher.result();
        const QString name = QFileInfo(path).fileName();
        if (!result.document) {
            problems.append(tr("%1: %2").arg(name, result.error));
            continue;
        }
        if (m_store->documentBySha256(result.document->document.sha256)) {
            ++duplicates;
            continue;
        }
        const DocumentId id = m_store->addDocument(result.document->document, result.document->original);
        if (id == 0) {
            problems.append(tr("%1: %2").arg(name, m_store->lastError().message));
            continue;
        }
        imported.append(id);
        for (const QString& w : result.document->warnings)
            problems.append(tr("%1: %2").arg(name, w));
    }
    const bool cancelled = progress.wasCanceled();
    progress.setValue(int(paths.size()));

    if (m_area->columnCount() == 0 && !imported.isEmpty())
        m_area->openDocuments(imported.mid(0, 3));
    QString summary = tr("%n document(s) imported.", nullptr, int(imported.size()));
    if (duplicates > 0)
        summary += QLatin1Char(' ') + tr("%n already in the project, skipped.", nullptr, duplicates);
    if (cancelled)
        summary += QLatin1Char(' ') + tr("Import cancelled.");
    statusBar()->showMessage(summary, 8000);
    if (!problems.isEmpty())
        report(tr("Import"), summary + QStringLiteral("\n\n") + problems.join(QLatin1Char('\n')), true);
}

void MainWindow::exportDialog(ExportFormat format)
{
    if (!m_store->isOpen())
        return;
    const QFileInfo project(m_store->path());
    const QString suggested = project.absolutePath() + QLatin1Char('/') + project.completeBaseName()
        + QLatin1Char('.') + Exporter::suffix(format);
    // The dialog asks before replacing a file, so the export may overwrite.
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested, Exporter::fileFilter(format));
    if (path.isEmpty())
        return;
    QString error;
    if (!Exporter::exportProject(*m_store, format, path, ExportOptions(), true, &error)) {
        if (m_interactive)
            QMessageBox::warning(this, tr("Export failed"), tr("“%1” could not be written.\n\n%2").arg(path, error));
        else
            report(tr("Export failed"), error, true);
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::importAnnotationsDialog()
{
    if (!m_store->isOpen() || m_store->isReadOnly())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Annotations"), QFileInfo(m_store->path()).absolutePath(),
        tr("Web annotations (*.jsonld *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    AnnotationImporter importer(*m_store);
    const AnnotationImporter::Report r = importer.importFile(path);
    if (!r.ok) {
        report(tr("Import failed"), tr("“%1” could not be imported.\n\n%2").arg(path, r.error), true);
        return;
    }
    QString message = tr("%n of %1 annotation(s) anchored.", nullptr, r.anchored()).arg(r.total);
    if (!r.unanchored.isEmpty()) {
        QStringList lines;
        for (const AnnotationImporter::Unanchored& u : r.unanchored.mid(0, 20))
            lines.append(tr("• “%1”: %2").arg(u.quote.left(60), u.reason));
        if (r.unanchored.size() > 20)
            lines.append(tr("… and %n more.", nullptr, int(r.unanchored.size() - 20)));
        message += QLatin1String("\n\n") + tr("%n annotation(s) not anchored:", nullptr, int(r.unanchored.size()))
            + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    report(tr("Annotations imported"), message, !r.unanchored.isEmpty());
}

} // namespace Crossread
