// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QStringList>

namespace Crossread {

/// The colour of a verdict by its place on the project's rating scale: the first rating green,
/// the last red, those between on the way; "Unproven" (the default scale's undecided rating) grey.
/// Invalid for an empty verdict or one not on the scale.
QColor verdictColor(const QStringList& scale, const QString& verdict);

} // namespace Crossread
