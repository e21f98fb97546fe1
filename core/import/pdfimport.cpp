// SPDX-License-Identifier: MIT
#include "formats_p.h"
#include "metadata.h"
#include "textrepair.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <poppler-qt6.h>

#include <algorithm>
#include <mutex>

namespace Crossread::Import {

namespace {

constexpr int kEdgeLines = 2; // lines at the top and bottom of a page where running heads live

// Poppler reports every oddity of a damaged file on stderr; the user gets one clear reason instead.
void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction([](const QString&, const QVariant&) {}, QVariant()); });
}

bool isPageNumber(const QString& line)
{
    static const QRegularExpression number(
        QStringLiteral("^(?:(?:page|seite|стр\\.?|страница|p\\.)\\s*)?[-–—]?\\s*(?:\\d{1,4}|[ivxlc]{1,6})\\s*[-–—]?"
                       "(?:\\s*(?:of|/|von|из)\\s*\\d{1,4})?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return number.match(line).hasMatch();
}

// Running heads change only in their numbers ("Report 2025 — page 3").
QString furnitureKey(const QString& line)
{
    QString key = line.toLower();
    key.replace(QRegularExpression(QStringLiteral("\\d+")), QStringLiteral("#"));
    return key.simplified();
}

int dropRunningHeads(QList<QStringList>& pages)
{
    const qsizetype count = pages.size();
    if (count < 2)
        return 0;
    QHash<QString, int> seen; // key → number of pages with it at an edge
    for (const QStringList& page : pages) {
        QSet<QString> keys;
        for (qsizetype i = 0; i < page.size(); ++i) {
            if (i < kEdgeLines || i >= page.size() - kEdgeLines)
                keys.insert(furnitureKey(page.at(i)));
        }
        for (const QString& k : keys)
            ++seen[k];
    }
    const int needed = std::max(2, int((count + 1) / 2));
    int dropped = 0;
    for (QStringList& page : pages) {
        QStringList kept;
        for (qsizetype i = 0; i < page.size(); ++i) {
            const bool edge = i < kEdgeLines || i >= page.size() - kEdgeLines;
            if (edge && (seen.value(furnitureKey(page.at(i))) >= needed || isPageNumber(page.at(i)))) {
                ++dropped;
                continue;
            }
            kept.append(page.at(i));
        }
        page = kept;
    }
    return dropped;
}

} // namespace

Converted convertPdf(const QByteArray& bytes, const ImportOptions& options)
{
    Converted c;
    if (!bytes.left(1024).contains("%PDF-")) {
        c.error = QCoreApplication::translate("Importer", "This is not a PDF file (the PDF header is missing).");
        return c;
    }
    silencePoppler();
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc) {
        c.error = QCoreApplication::translate("Importer", "The PDF is damaged and cannot be read.");
        return c;
    }
    if (doc->isLocked()) {
        c.error = QCoreApplication::translate("Importer", "The PDF is protected by a password; remove the protection "
                                                          "and import it again.");
        return c;
    }
    QList<QStringList> pages;
    for (int i = 0; i < doc->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        QStringList lines;
        if (page) {
            // The non-raw layout is poppler's reading order: columns one after another.
            for (const QString& line : page->text(QRectF()).split(u'\n')) {
                QString t = line.simplified();
                // Fonts map "fi", "fl"… to one ligature glyph; searching and reading need the letters.
                for (qsizetype k = 0; k < t.size(); ++k) {
                    if (t.at(k).unicode() >= 0xFB00 && t.at(k).unicode() <= 0xFB06) {
                        t = t.normalized(QString::NormalizationForm_KC);
                        break;
                    }
                }
                if (!t.isEmpty())
                    lines.append(t);
            }
        }
        pages.append(lines);
    }
    const int dropped = dropRunningHeads(pages);
    QStringList lines;
    for (const QStringList& page : pages)
        lines += page;
    if (lines.isEmpty()) {
        c.error = QCoreApplication::translate("Importer", "The PDF contains no text (it may hold scanned images only).");
        return c;
    }
    const WrapStats stats = analyzeWraps(lines);
    c.text = options.repairExtractedText ? joinWrappedLines(lines, stats.wrapWidth) : lines.join(u'\n');
    c.notes.append(QCoreApplication::translate("Importer", "Text of %n PDF page(s) extracted in reading order", nullptr,
                                               int(pages.size()))
                   + (dropped > 0 ? QCoreApplication::translate("Importer", "; %n running header, footer or page "
                                                                            "number line(s) dropped", nullptr, dropped)
                                  : QString())
                   + (options.repairExtractedText
                          ? QCoreApplication::translate("Importer", "; wrapped lines joined into paragraphs.")
                          : QStringLiteral(".")));
    c.repaired = options.repairExtractedText;

    c.meta = guessTextMetadata(c.text);
    QString title = doc->title().simplified();
    title.remove(QRegularExpression(QStringLiteral("^Microsoft (Word|PowerPoint) - ")));
    if (!title.isEmpty() && !title.contains(QLatin1String("untitled"), Qt::CaseInsensitive))
        c.meta.title = title;
    if (!doc->author().trimmed().isEmpty())
        c.meta.author = doc->author().simplified();
    if (!c.meta.published.isValid() && doc->creationDate().isValid())
        c.meta.published = doc->creationDate().date();
    return c;
}

} // namespace Crossread::Import
