// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>

namespace Crossread::Import {

/// A title made from a file name, for files whose text offers none: extension dropped, '_', '-'
/// and '.' between words as spaces (hyphens inside a date kept), first letter capitalised:
/// "donga-2025-04-kursk-control.txt" → "Donga 2025-04 kursk control".
QString titleFromFileName(const QString& fileName);

/// A date the text gives without a year in its first lines ("(Updated on 26 April 10:50 a.m.)",
/// "Published: March 4"), completed with the year of a "YYYY-MM" or "YYYY-MM-DD" in the file name
/// when the months agree. Invalid when either is missing or they disagree: nothing is invented.
QDate completeYearlessDate(const QString& text, const QString& fileName);

} // namespace Crossread::Import
