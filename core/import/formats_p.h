// SPDX-License-Identifier: MIT
// The converters behind Importer::prepare(), one per format, each in its own file.
#pragma once

#include "importer.h"

namespace Crossread::Import {

/// What a converter hands back: text not yet normalized, what it learnt, or why it failed.
struct Converted
{
    QString text;
    DocumentMetadata meta;
    QString encoding;
    QStringList notes; // what import did, kept in Document::importNotes
    QStringList warnings; // shown to the user and kept in the notes too
    QString error; // translated; non-empty when the file cannot be imported
    bool repaired = false;
};

Converted convertPlainText(const QByteArray& bytes, const ImportOptions& options); // plaintextimport.cpp
Converted convertMarkdown(const QByteArray& bytes); // markdownimport.cpp
Converted convertHtml(const QByteArray& bytes); // htmlimport.cpp
Converted convertPdf(const QByteArray& bytes, const ImportOptions& options); // pdfimport.cpp

} // namespace Crossread::Import
