// SPDX-License-Identifier: MIT
#include "offsets.h"

#include <algorithm>

namespace Crossread {

OffsetMap::OffsetMap(const QString& text)
    : m_utf16Length(text.size())
{
    const QChar* d = text.constData();
    for (qint64 i = 0; i + 1 < m_utf16Length; ++i) {
        if (d[i].isHighSurrogate() && d[i + 1].isLowSurrogate()) {
            m_pairs.push_back(i);
            ++i;
        }
    }
}

qint64 OffsetMap::toUtf16(qint64 cp) const
{
    if (cp <= 0)
        return 0;
    if (cp >= codePointLength())
        return m_utf16Length;
    // Code point cp sits at UTF-16 index cp + (number of pairs before it). The k-th pair
    // (0-based) starts at code point m_pairs[k] - k, so count pairs with m_pairs[k] - k < cp.
    qint64 lo = 0, hi = qint64(m_pairs.size());
    while (lo < hi) {
        const qint64 mid = (lo + hi) / 2;
        if (m_pairs[size_t(mid)] - mid < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return cp + lo;
}

qint64 OffsetMap::toCodePoint(qint64 u) const
{
    if (u <= 0)
        return 0;
    if (u >= m_utf16Length)
        return codePointLength();
    // Subtract the pairs that start before u. An index on the low half of a pair counts that
    // pair too, which maps it to the pair's own code point.
    const auto before = std::lower_bound(m_pairs.begin(), m_pairs.end(), u) - m_pairs.begin();
    return u - before;
}

qint64 codePointLength(const QString& s)
{
    return OffsetMap(s).codePointLength();
}

QString codePointMid(const QString& text, qint64 start, qint64 end)
{
    const OffsetMap map(text);
    const qint64 a = map.toUtf16(start);
    const qint64 b = map.toUtf16(std::max(start, end));
    return text.mid(a, b - a);
}

} // namespace Crossread
