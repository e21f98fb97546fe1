// SPDX-License-Identifier: MIT
#include "importer.h"

#include "filenamehints.h"
#include "formats_p.h"
#include "language.h"
#include "normalize.h"
#include "text/offsets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Crossread {

Importer::Format Importer::formatOf(const QString& fileName, const QByteArray& head)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml")
        || suffix == QLatin1String("shtml"))
        return Format::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") || suffix == QLatin1String("mdown"))
        return Format::Markdown;
    if (suffix.isEmpty()) {
        const QByteArray start = head.left(512).trimmed().toLower();
        if (start.startsWith("<!doctype html") || start.startsWith("<html"))
            return Format::Html;
    }
    return Format::PlainText;
}

QStringList Importer::supportedSuffixes()
{
    return {QStringLiteral("txt"),  QStringLiteral("text"), QStringLiteral("md"),   QStringLiteral("markdown"),
            QStringLiteral("html"), QStringLiteral("htm"),  QStringLiteral("xhtml"), QStringLiteral("pdf")};
}

QStringList Importer::expandPaths(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QStringList filters;
        for (const QString& suffix : supportedSuffixes())
            filters.append(QStringLiteral("*.") + suffix);
        QDirIterator it(path, filters, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        files.append(found);
    }
    return files;
}

std::optional<PreparedDocument> Importer::prepare(const QString& path, const ImportOptions& options, QString* error)
{
    auto fail = [error](const QString& reason) -> std::optional<PreparedDocument> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("The file does not exist."));
    if (info.isDir())
        return fail(tr("This is a folder, not a file."));
    if (!info.isReadable())
        return fail(tr("The file cannot be read: permission denied."));
    // Checked before reading, so a huge file is never loaded into memory.
    if (info.size() > options.maxBytes) {
        const QLocale locale;
        return fail(tr("The file is too large (%1; the limit is %2).")
                        .arg(locale.formattedDataSize(info.size()), locale.formattedDataSize(options.maxBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The file cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(tr("The file cannot be read: %1").arg(file.errorString()));
    return prepareData(bytes, info.fileName(), options, error);
}

std::optional<PreparedDocument> Importer::prepareData(const QByteArray& bytes, const QString& fileName,
                                                      const ImportOptions& options, QString* error)
{
    auto fail = [error](const QString& reason) -> std::optional<PreparedDocument> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (bytes.isEmpty())
        return fail(tr("The file is empty."));
    if (bytes.size() > options.maxBytes)
        return fail(tr("The file is too large (%1; the limit is %2).")
                        .arg(QLocale().formattedDataSize(bytes.size()), QLocale().formattedDataSize(options.maxBytes)));

    Import::Converted c;
    switch (formatOf(fileName, bytes.left(512))) {
    case Format::PlainText: c = Import::convertPlainText(bytes, options); break;
    case Format::Markdown: c = Import::convertMarkdown(bytes); break;
    case Format::Html: c = Import::convertHtml(bytes); break;
    case Format::Pdf: c = Import::convertPdf(bytes, options); break;
    }
    if (!c.error.isEmpty())
        return fail(c.error);

    PreparedDocument prepared;
    Document& doc = prepared.document;
    doc.text = Import::normalizeText(c.text);
    if (doc.text.trimmed().isEmpty())
        return fail(tr("The file contains no text."));
    doc.meta = c.meta;
    doc.meta.title = doc.meta.title.simplified();
    if (doc.meta.title.isEmpty()) {
        doc.meta.title = Import::titleFromFileName(fileName);
        c.notes.append(tr("No title found in the file; the title is made from the file name."));
    }
    if (!doc.meta.published.isValid()) {
        if (const QDate completed = Import::completeYearlessDate(doc.text, fileName); completed.isValid()) {
            doc.meta.published = completed;
            c.notes.append(tr("The text gives the date without a year; the year is taken from the file name."));
        }
    }
    if (doc.meta.language.isEmpty())
        doc.meta.language = Import::detectLanguage(doc.text);
    doc.originalFileName = fileName;
    doc.encoding = c.encoding;
    doc.importNotes = (c.warnings + c.notes).join(u'\n');
    doc.importedAt = QDateTime::currentDateTimeUtc();
    doc.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    doc.length = codePointLength(doc.text);
    prepared.original = bytes;
    prepared.warnings = c.warnings;
    prepared.repaired = c.repaired;
    return prepared;
}

} // namespace Crossread
