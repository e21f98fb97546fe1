// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

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
public:
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
