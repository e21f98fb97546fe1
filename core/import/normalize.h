// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Crossread::Import {

/// The form every stored text takes: NFC, `\n` line ends, no trailing white space on any line,
/// no blank lines before the first or after the last line, no control characters except tab
/// and newline. Typographic quotes, dashes and non-breaking spaces inside lines are kept.
QString normalizeText(const QString& text);

} // namespace Crossread::Import
