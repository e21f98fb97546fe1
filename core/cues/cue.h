// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace Crossread {

/// What a cue marks. The order is the painting order (later kinds drawn over earlier ones).
enum class CueKind { Quotation, Attribution, Figure, Hedge, Loaded };

/// A stretch of a document's text worth a fact-checker's look. Offsets count code points, end excluded.
struct Cue
{
    qint64 start = 0;
    qint64 end = 0;
    CueKind kind = CueKind::Quotation;
    QColor color; // from the KSyntaxHighlighting theme the scanner was given

    bool operator==(const Cue&) const = default;
};

/// "quotation", "attribution", "figure", "hedge", "loaded" (stable names for JSON and settings).
QString cueKindName(CueKind kind);
/// The translated name shown to the user.
QString cueKindLabel(CueKind kind);

} // namespace Crossread
