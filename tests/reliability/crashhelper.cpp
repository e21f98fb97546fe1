// SPDX-License-Identifier: MIT
// The child process of the SIGKILL test: runs a fixed sequence of imports, annotation edits, undo
// and redo on a project and prints "ack STEP FINGERPRINT" after each step has been committed.
//   crashhelper PROJECT FOLDER STEPS
// The sequence depends only on the step number, so a run to the end gives the fingerprint every
// step leads to, and a killed run can be checked against it.
#include "import/importer.h"
#include "storeview.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QUndoStack>

#include <cstdio>

using namespace Crossread;

namespace {

bool step(ProjectStore& store, const QString& folder, int i)
{
    const QList<Document> docs = store.documents();
    const DocumentId doc = docs.isEmpty() ? 0 : docs.last().id;
    const TagId claim = store.builtinTag(QStringLiteral("claim"))->id;
    switch (i % 8) {
    case 0: { // an import: the file is written by the step itself
        const QString path = QDir(folder).filePath(QStringLiteral("article-%1.txt").arg(i));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QStringLiteral("Report %1\n\nThe council said on Monday that %1 families had been moved, "
                               "and the engineers said the dam was safe.\n")
                    .arg(i)
                    .repeated(3)
                    .toUtf8());
        f.close();
        const QList<ImportResult> r = Importer::importFiles(store, {path});
        return r.size() == 1 && r.first().status == ImportResult::Status::Imported;
    }
    case 1: // the import undone (its document removed) and redone (restored with its text)
    case 6:
    case 7:
        store.undoStack()->undo();
        return true;
    case 2:
        store.undoStack()->redo();
        return true;
    case 3:
    case 4:
        return store.addAnnotation(doc, i % 40, i % 40 + 5, {claim}, QStringLiteral("note %1").arg(i)) != 0;
    case 5: {
        const QList<Annotation> all = store.annotations(doc);
        return all.isEmpty() || store.setAnnotationNote(all.last().id, QStringLiteral("edited %1").arg(i));
    }
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() != 3)
        return 2;
    ProjectStore store;
    StoreError error;
    if (!store.open(args[0], ProjectStore::OpenMode::ReadWrite, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    bool failed = false;
    QObject::connect(&store, &ProjectStore::writeFailed, [&failed] { failed = true; });
    const int steps = args[2].toInt();
    for (int i = 0; i < steps; ++i) {
        if (!step(store, args[1], i) || failed) {
            std::fprintf(stderr, "step %d failed: %s\n", i, qPrintable(store.lastError().message));
            return 1;
        }
        std::printf("ack %d %s\n", i, Crossread::Test::storeFingerprint(store).constData());
        std::fflush(stdout);
    }
    return 0;
}
