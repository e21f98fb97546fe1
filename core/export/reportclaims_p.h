// SPDX-License-Identifier: MIT
// The report's cross-outlet sections (issue #9): claim records, coverage matrix, timeline.
#pragma once

#include "exportdata.h"

#include <QString>

namespace Crossread::ReportClaims {

/// Each is empty when the project has no claim records, so reports of projects without them
/// stay as they were. Markup sticks to what QTextDocument renders (tables with cell colours),
/// so the PDF shows the heat map and the timeline too.
QString contentsEntries(const ExportData& data);
QString claimRecordsSection(const ExportData& data);
QString coverageSection(const ExportData& data);
QString timelineSection(const ExportData& data);

} // namespace Crossread::ReportClaims
