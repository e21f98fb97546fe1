// SPDX-License-Identifier: MIT
#pragma once

#include "exportdata.h"

#include <QByteArray>
#include <QJsonObject>

namespace Crossread {

/// Keys of Crossread's own data inside W3C annotations. JSON-LD reads a key with an undefined
/// prefix as an absolute IRI, so these pass through other tools untouched.
namespace WebAnnotationKeys {
inline constexpr QLatin1StringView Context("http://www.w3.org/ns/anno.jsonld");
inline constexpr QLatin1StringView Annotation("crossread:annotation");
inline constexpr QLatin1StringView Tags("crossread:tags");
} // namespace WebAnnotationKeys

/// Exports every annotation as a W3C Web Annotation Data Model `AnnotationCollection` (JSON-LD)
/// with one embedded `AnnotationPage`.
///
/// Each annotation targets its document with a TextQuoteSelector and a TextPositionSelector
/// (code points); tags are `tagging` bodies, the note a `commenting` body, the verdict an
/// `assessing` body. Speaker, rationale, evidence and links ride in `crossread:annotation` so that
/// AnnotationImporter can restore them losslessly.
class WebAnnotationExporter final
{
public:
    static QByteArray exportData(const ExportData& data, const ExportOptions& options = {});
    static QJsonObject collection(const ExportData& data, const ExportOptions& options = {});
    static QJsonObject annotation(const ExportData& data, const Document& doc, const Annotation& a);
};

} // namespace Crossread
