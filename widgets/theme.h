// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>

namespace Crossread {

enum class Theme { Light, Dark };

/// Applies the Fusion style with a light or dark palette to the whole application.
void applyTheme(Theme theme);
/// Whether `palette` draws light text on a dark base.
bool isDarkPalette(const QPalette& palette);

/// WCAG relative luminance (0 black … 1 white), for contrast decisions.
double relativeLuminance(const QColor& color);

/// The translucent fill of an annotation with tag colour `tag`, readable under the palette's text.
QColor annotationFill(const QColor& tag, const QPalette& palette);
/// The colour of a tag's underline lane: the tag colour, brightened on dark bases so it stays visible.
QColor annotationLine(const QColor& tag, const QPalette& palette);

} // namespace Crossread
