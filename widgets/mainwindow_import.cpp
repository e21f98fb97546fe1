// SPDX-License-Identifier: MIT
// Importing from the main window: files are converted in a worker thread (Importer::prepare
// touches no store) while this thread stays responsive and shows progress; storing happens here,
// one file per transaction, because the store is not thread-safe.
#include "mainwindow.h"

#include "comparisonarea.h"
#include "import/importer.h"
#include "store/projectstore.h"

#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
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
        watcher.setFuture(QtConcurrent::run([path] {
            Prepared p;
            p.document = Importer::prepare(path, ImportOptions(), &p.error);
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

} // namespace Crossread
