// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QCoreApplication>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

namespace Crossread {

class ProjectStore;

struct ImportOptions
{
    qint64 maxBytes = 50LL * 1024 * 1024; // files above this are refused
    /// Repair text damaged by PDF extraction (broken wraps, blank lines inside sentences) when detected.
    bool repairExtractedText = true;
};

/// A file read and converted, ready to be stored. Produced off the UI thread.
struct PreparedDocument
{
    Document document; // metadata, text, encoding, sha256, importNotes filled in
    QByteArray original; // the file's bytes as read
    QStringList warnings; // shown to the user, e.g. "12 invalid byte sequences replaced"
    bool repaired = false; // extraction damage was detected and repaired (see ImportOptions)
};

/// The outcome for one file of an import batch.
struct ImportResult
{
    enum class Status { Imported, Duplicate, Failed, Cancelled };
    QString path;
    Status status = Status::Failed;
    QString reason; // why it failed or was skipped (translated)
    QStringList warnings;
    DocumentId document = 0; // the new (or, for duplicates, the existing) document
};

/// Turns files (plain text in any common encoding, Markdown, HTML, PDF) into documents.
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    enum class Format { PlainText, Markdown, Html, Pdf };

    /// The format a file is read as: by extension (.md/.markdown, .html/.htm/.xhtml, .pdf),
    /// by content for files without a known extension (an HTML doctype), plain text otherwise.
    static Format formatOf(const QString& fileName, const QByteArray& head = {});

    /// Extensions (lower case, without dot) that folders are searched for.
    static QStringList supportedSuffixes();

    /// Files and folders (searched recursively for supportedSuffixes()) expanded into a sorted
    /// list of files; paths that are not folders are kept as they are, so each gets a reason.
    static QStringList expandPaths(const QStringList& paths);

    /// Like prepare(), for bytes already in memory; `fileName` decides the format and fallback title.
    static std::optional<PreparedDocument> prepareData(const QByteArray& bytes, const QString& fileName,
                                                       const ImportOptions& options, QString* error);

    /// Reads and converts one file. Thread-safe: touches no store. Returns nullopt and sets
    /// `error` (translated, for the user) when the file cannot be imported.
    static std::optional<PreparedDocument> prepare(const QString& path, const ImportOptions& options,
                                                   QString* error);

    /// Prepares and stores each file in its own transaction. `progress(done, total, path)` is
    /// called before each file; `cancel` is polled between files.
    static QList<ImportResult> importFiles(ProjectStore& store, const QStringList& paths,
                                           const ImportOptions& options = {},
                                           const std::function<void(int, int, const QString&)>& progress = {},
                                           const std::atomic_bool* cancel = nullptr);
};

} // namespace Crossread
