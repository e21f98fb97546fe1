// SPDX-License-Identifier: MIT
#include "encoding.h"
#include "formats_p.h"
#include "metadata.h"
#include "normalize.h"
#include "textrepair.h"

#include <QCoreApplication>

namespace Crossread::Import {

Converted convertPlainText(const QByteArray& bytes, const ImportOptions& options)
{
    Converted c;
    if (const QString reason = binaryReason(bytes); !reason.isEmpty()) {
        c.error = reason;
        return c;
    }
    const DecodedText decoded = decodeText(bytes);
    c.encoding = decoded.encoding;
    if (decoded.invalidSequences > 0)
        c.warnings.append(QCoreApplication::translate("Importer", "%n invalid byte sequence(s) replaced with �.", nullptr,
                                                      decoded.invalidSequences));
    if (decoded.guessed)
        c.warnings.append(QCoreApplication::translate("Importer", "The encoding could not be detected; %1 was assumed.")
                              .arg(decoded.encoding));

    // Repair works on normalized lines, so that "\r\n" and trailing blanks do not hide wraps.
    const QString text = normalizeText(decoded.text);
    WrapStats stats;
    bool repaired = false;
    c.text = options.repairExtractedText ? repairExtractedText(text, &repaired, &stats) : text;
    if (!options.repairExtractedText)
        stats = analyzeWraps(text.split(u'\n'));
    if (repaired) {
        c.repaired = true;
        c.notes.append(QCoreApplication::translate(
                           "Importer",
                           "Repaired text extracted from a PDF: %1 lines wrapped at about %2 characters joined into "
                           "paragraphs (%3 breaks inside sentences, %4 of them across blank lines; %5 stray leading "
                           "spaces). The original is kept in the project.")
                           .arg(stats.lines)
                           .arg(stats.wrapWidth)
                           .arg(stats.midSentenceBreaks)
                           .arg(stats.blankLinesInSentences)
                           .arg(stats.strayLeadingSpaces));
    } else if (stats.looksHardWrapped()) {
        c.notes.append(QCoreApplication::translate("Importer",
                                                   "The text looks extracted from a PDF (lines broken inside "
                                                   "sentences); repair was switched off."));
    }
    c.meta = guessTextMetadata(c.text);
    return c;
}

} // namespace Crossread::Import
