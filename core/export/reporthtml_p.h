// SPDX-License-Identifier: MIT
// Small helpers shared by the parts of the HTML report.
#pragma once

#include "store/types.h"

#include <QColor>
#include <QString>

namespace Crossread {

struct ExportData;

QString htmlEscape(const QString& text);
/// A tag's colour mixed with white, light enough to read black text on.
QColor lightColor(const QColor& color);
QString tagChip(const ExportData& data, const Tag& tag);
/// "Title (Outlet)".
QString documentLabel(const Document& doc);

} // namespace Crossread
