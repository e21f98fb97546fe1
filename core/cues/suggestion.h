// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Crossread {

/// The built-in tag a suggestion proposes; the names equal Tag::builtin.
enum class SuggestionKind { Attribution, Claim, Unverified };

/// A proposed annotation over code points [start, end) of a document's text.
struct Suggestion
{
    qint64 start = 0;
    qint64 end = 0;
    SuggestionKind kind = SuggestionKind::Claim;
    QString speaker; // for Attribution: the resolved speaker's name
    QString text; // the passage, for display

    bool operator==(const Suggestion&) const = default;
};

/// "attribution", "claim", "unverified" (equal to Tag::builtin of the tag it proposes).
QString suggestionKindName(SuggestionKind kind);
/// Parses suggestionKindName(); false when `name` is none of them.
bool suggestionKindFromName(const QString& name, SuggestionKind* kind);
QString suggestionKindLabel(SuggestionKind kind);

} // namespace Crossread

Q_DECLARE_METATYPE(Crossread::Suggestion)
