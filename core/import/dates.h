// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>

namespace Crossread::Import {

/// Where a date was found in a string.
struct DateMatch
{
    QDate date; // invalid when none was found
    qsizetype start = -1;
    qsizetype length = 0;
};

/// The first complete date (day, month and year) written in `s`: "13 Feb. 2026", "March 4, 2031",
/// "2031-03-04", "4.3.2031", "1. Mai 2025", "1 мая 2025", "26 квітня 2025", "2025년 4월 26일".
/// Month names in English, German, French, Russian and Ukrainian. Dates without a year are ignored.
DateMatch findDate(const QString& s);

/// An ISO 8601 date or date-time ("2025-04-28", "2025-04-28T10:00:00+03:00") as written in HTML metadata.
QDate parseIsoDate(const QString& s);

} // namespace Crossread::Import
