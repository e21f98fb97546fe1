// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <vector>

namespace Crossread {

/// Converts between Unicode code point offsets (what the project stores and what W3C's
/// TextPositionSelector counts) and UTF-16 indices (what QString and Qt's text views use).
///
/// This is the one place where that conversion happens. Texts without characters outside the
/// BMP (the common case) map one to one; otherwise the positions of surrogate pairs are kept in
/// a sorted vector and looked up by binary search, so both directions are O(log n).
class OffsetMap final
{
public:
    OffsetMap() = default;
    explicit OffsetMap(const QString& text);

    qint64 codePointLength() const { return m_utf16Length - qint64(m_pairs.size()); }
    qint64 utf16Length() const { return m_utf16Length; }

    /// UTF-16 index of code point `cp`; clamps to [0, utf16Length()].
    qint64 toUtf16(qint64 cp) const;
    /// Code point offset of UTF-16 index `u`; an index inside a surrogate pair maps to the pair's start.
    qint64 toCodePoint(qint64 u) const;

private:
    qint64 m_utf16Length = 0;
    std::vector<qint64> m_pairs; // UTF-16 index of each high surrogate that starts a pair
};

/// Length of `s` in code points.
qint64 codePointLength(const QString& s);
/// The substring of `text` from code point `start` to `end` (excluded).
QString codePointMid(const QString& text, qint64 start, qint64 end);

} // namespace Crossread
