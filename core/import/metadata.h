// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

namespace Crossread::Import {

/// Metadata a plain-text article gives away in its first and last lines: a title line,
/// "Published: …" lines, "By NAME, OUTLET" and "BY NAME" bylines, "Name email@outlet" signatures,
/// datelines such as "Kiev, May 1, 2025 –", a bare date line, an outlet line ("The Daily Voice")
/// and a closing signature line. Fields the text does not give stay empty. Language is not set.
DocumentMetadata guessTextMetadata(const QString& text);

/// "HAN JEE-HYE" → "Han Jee-hye", "JEAN-PIERRE DUPONT" → "Jean-Pierre Dupont"; mixed case is kept.
QString tidyPersonName(const QString& name);

/// True for a line shaped like a person's name: two to four capitalised words, no digits.
bool looksLikeName(const QString& line);

} // namespace Crossread::Import
