// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Crossread::Import {

/// Guesses the language of `text` as a BCP 47 code ("en", "de", "fr", "es", "ru", "uk", "ko",
/// "ja", "zh", "el", "ar", "he"), or returns an empty string when there is too little text.
/// The script decides first (Hangul, Kana, Cyrillic…); within Cyrillic and Latin, letters
/// unique to one language and counts of very common words decide.
QString detectLanguage(const QString& text);

} // namespace Crossread::Import
