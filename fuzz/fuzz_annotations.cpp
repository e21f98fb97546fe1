// SPDX-License-Identifier: MIT
// libFuzzer target for the W3C Web Annotation importer. The project is the export tests' fixture
// (tests/core/export/exportfixture.cpp) and the seed is its golden export, so mutated inputs
// still find their documents and reach the anchoring and name resolution. Each import is undone
// so that the project stays the same from one input to the next.
#include "fuzzsupport.h"

#include "exportfixture.h"

#include "export/annotationimporter.h"
#include "store/projectstore.h"

#include <QDir>
#include <QUndoStack>

#include <cstdlib>
#include <memory>

using namespace Crossread;

namespace {

std::unique_ptr<ProjectStore> g_store;
int g_annotations = 0;

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    Fuzz::initQt(argc, argv);
    g_store = std::make_unique<ProjectStore>();
    StoreError error;
    if (!g_store->create(QDir(Fuzz::scratchDir()).filePath(QStringLiteral("fixture.crossread")), &error))
        std::abort();
    if (Test::addFixtureDocuments(*g_store, Test::fixtureDocuments()).size() != 3)
        std::abort();
    g_annotations = int(g_store->allAnnotations().size());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    AnnotationImporter importer(*g_store);
    const int index = g_store->undoStack()->index();
    const AnnotationImporter::Report report = importer.importJson(Fuzz::bytes(data, size));
    if (!report.ok && report.error.isEmpty())
        std::abort(); // a file that cannot be read must say why
    if (report.anchored() + report.unanchored.size() != report.total)
        std::abort();
    // One import, one undo step; undoing it leaves the project as it was.
    if (g_store->undoStack()->index() > index + 1)
        std::abort();
    if (g_store->undoStack()->index() == index + 1) {
        g_store->undoStack()->undo();
        if (g_store->allAnnotations().size() != g_annotations)
            std::abort();
    }
    return 0;
}
