// SPDX-License-Identifier: MIT
#include "filenamehints.h"

#include "dates.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace Crossread::Import {

namespace {

using RE = QRegularExpression;

// Where the file name says when: "report-2025-04-dprk-confirms", "weiss_2025-05-01".
struct FileNameDate
{
    int year = 0;
    int month = 0;
};

FileNameDate fileNameDate(const QString& baseName)
{
    static const RE re(QStringLiteral("(?:^|[-_ .])((?:19|20)\\d\\d)-(\\d\\d)(?:-\\d\\d)?(?=[-_ .]|$)"));
    const QRegularExpressionMatch m = re.match(baseName);
    if (!m.hasMatch())
        return {};
    const int month = m.captured(2).toInt();
    return month >= 1 && month <= 12 ? FileNameDate{m.captured(1).toInt(), month} : FileNameDate{};
}

} // namespace

QString titleFromFileName(const QString& fileName)
{
    QString base = QFileInfo(fileName).completeBaseName();
    // Dates keep their hyphens ("2025-04-26"); every other run of separators is a space.
    static const RE separators(QStringLiteral("[_.]+|(?<!\\d)-|-(?!\\d)"));
    base.replace(separators, QStringLiteral(" "));
    base = base.simplified();
    if (!base.isEmpty())
        base[0] = base.at(0).toUpper();
    return base;
}

QDate completeYearlessDate(const QString& text, const QString& fileName)
{
    const FileNameDate fromName = fileNameDate(QFileInfo(fileName).completeBaseName());
    if (fromName.year == 0)
        return {};
    // Only a marker that says it dates the article, in the first lines: a date inside the story
    // ("Russia announced on April 26 …") is when something happened, not when it was written.
    static const RE marker(QStringLiteral("\\b(?:Updated|Published|Posted|Last updated)(?:\\s+on)?\\s*:?\\s+"
                                          "(\\d{1,2}\\s+\\p{L}{3,10}|\\p{L}{3,10}\\.?\\s+\\d{1,2})(?!\\d)"),
                           RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
    const QString head = text.left(2000);
    const QRegularExpressionMatch m = marker.match(head);
    if (!m.hasMatch())
        return {};
    // The day and month as written, with the file name's year: the text's own date reader decides.
    const QString dayMonth = m.captured(1);
    const bool monthFirst = !dayMonth.at(0).isDigit();
    const DateMatch d = findDate(dayMonth + (monthFirst ? QStringLiteral(", ") : QStringLiteral(" "))
                                 + QString::number(fromName.year));
    return d.date.isValid() && d.date.month() == fromName.month ? d.date : QDate();
}

} // namespace Crossread::Import
