// SPDX-License-Identifier: MIT
// libFuzzer target for one importer: the bytes are handed to Importer::prepareData() under a file
// name whose extension selects the converter (CROSSREAD_FUZZ_FILE_NAME, set per target in CMake):
// plain text runs the encoding detection, .html the HTML converter, .md Markdown, .pdf poppler.
#include "fuzzsupport.h"

#include "import/importer.h"
#include "text/offsets.h"

#include <cstdlib>

using namespace Crossread;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    Fuzz::initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    ImportOptions options;
    options.maxBytes = 1 << 20; // libFuzzer's inputs stay far below; keeps a bug from eating memory
    QString error;
    const std::optional<PreparedDocument> prepared
        = Importer::prepareData(Fuzz::bytes(data, size), QStringLiteral(CROSSREAD_FUZZ_FILE_NAME), options, &error);
    if (!prepared) {
        // Every refusal must say why.
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    // The promises the store relies on: text present, length in code points, offsets convertible.
    const Document& doc = prepared->document;
    if (doc.text.isEmpty() || doc.length != codePointLength(doc.text) || doc.sha256.size() != 32)
        std::abort();
    const OffsetMap map(doc.text);
    if (map.toUtf16(doc.length) != doc.text.size())
        std::abort();
    return 0;
}
