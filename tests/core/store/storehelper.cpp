// SPDX-License-Identifier: MIT
// A child process for the store tests.
//   storehelper hold FILE        open FILE for writing, print "ready", wait to be killed
//   storehelper edit FILE DOC    add annotations to DOC forever, printing "ack ID NOTE" after each commit
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QThread>
#include <QUndoStack>

#include <cstdio>

using namespace Crossread;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2)
        return 2;
    ProjectStore store;
    StoreError error;
    if (!store.open(args[1], ProjectStore::OpenMode::ReadWrite, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    if (args[0] == QLatin1String("hold")) {
        std::printf("ready\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    if (args[0] != QLatin1String("edit") || args.size() < 3)
        return 2;
    const DocumentId doc = args[2].toLongLong();
    const qint64 length = store.document(doc)->length;
    const TagId claim = store.builtinTag(QStringLiteral("claim"))->id;
    for (qint64 i = 0;; ++i) {
        const qint64 start = (i * 7) % (length - 10);
        const QString note = QStringLiteral("edit %1 of %2").arg(i).arg(QCoreApplication::applicationPid());
        const AnnotationId id = store.addAnnotation(doc, start, start + 1 + i % 9, {claim}, note);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(store.lastError().message));
            return 1;
        }
        // Undo/redo pairs write the journal too; they must not lose the acknowledged edit.
        if (i % 5 == 4) {
            store.undoStack()->undo();
            store.undoStack()->redo();
        }
        std::printf("ack %lld %s\n", static_cast<long long>(id), qPrintable(note));
        std::fflush(stdout);
    }
}
