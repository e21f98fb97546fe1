// SPDX-License-Identifier: MIT
// libFuzzer target for opening a project file from anywhere: the input is written to a file that
// ProjectStore opens for writing (so migration runs too), then the queries every view makes are run
// and one undo/redo is attempted. Mutating a real project's pages reaches the schema checks, the
// migrations, the undo journal and the row decoding.
#include "fuzzsupport.h"

#include "store/projectstore.h"
#include "text/offsets.h"

#include <QDir>
#include <QFile>
#include <QUndoStack>

#include <cstdlib>

using namespace Crossread;

namespace {

void removeProject(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
}

void query(ProjectStore& store)
{
    for (const Document& listed : store.documents()) {
        const std::optional<Document> doc = store.document(listed.id);
        if (!doc)
            continue;
        // Annotations are anchored in code points of the stored text; reading them back must
        // neither crash nor hand out offsets that the text cannot hold, unless marked orphaned.
        const qint64 length = codePointLength(doc->text);
        for (const Annotation& a : store.annotations(doc->id)) {
            (void)store.links(a.id);
            if (!a.orphaned && (a.start < 0 || a.end > length || a.start > a.end))
                std::abort();
        }
        (void)store.originalBytes(doc->id);
    }
    for (const Tag& t : store.tags())
        (void)store.annotationCountForTag(t.id);
    (void)store.entities();
    (void)store.ratingScale();
    (void)store.tableCounts();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    Fuzz::initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = QDir(Fuzz::scratchDir()).filePath(QStringLiteral("fuzz.crossread"));
    removeProject(path);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    {
        ProjectStore store;
        StoreError error;
        if (store.open(path, ProjectStore::OpenMode::ReadWrite, &error)) {
            query(store);
            if (store.undoStack()->canUndo()) {
                store.undoStack()->undo();
                store.undoStack()->redo();
            }
            query(store);
        } else if (error.message.isEmpty()) {
            std::abort(); // a refusal must say why
        }
    }
    removeProject(path);
    return 0;
}
