// SPDX-License-Identifier: MIT
#include "annotationindex.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace Crossread {

namespace {

bool entryLess(const AnnotationIndex::Entry& a, const AnnotationIndex::Entry& b)
{
    return std::tie(a.start, a.end, a.id) < std::tie(b.start, b.end, b.id);
}

} // namespace

void AnnotationIndex::reset(std::vector<Entry> entries)
{
    std::sort(entries.begin(), entries.end(), entryLess);
    // Duplicated ids keep their last occurrence, as repeated insert() calls would.
    m_byId.clear();
    m_byId.reserve(qsizetype(entries.size()));
    for (const Entry& e : entries)
        m_byId.insert(e.id, e);
    if (qsizetype(entries.size()) != m_byId.size()) {
        std::erase_if(entries, [this](const Entry& e) { return m_byId.value(e.id) != e; });
    }
    m_entries = std::move(entries);
    rebuildAugmentation();
}

void AnnotationIndex::clear()
{
    m_entries.clear();
    m_maxEnd.clear();
    m_byId.clear();
}

qsizetype AnnotationIndex::lowerBound(const Entry& e) const
{
    return std::lower_bound(m_entries.begin(), m_entries.end(), e, entryLess) - m_entries.begin();
}

void AnnotationIndex::insert(const Entry& entry)
{
    if (m_byId.contains(entry.id)) {
        if (m_byId.value(entry.id) == entry)
            return;
        remove(entry.id);
    }
    m_entries.insert(m_entries.begin() + lowerBound(entry), entry);
    m_byId.insert(entry.id, entry);
    rebuildAugmentation();
}

bool AnnotationIndex::remove(AnnotationId id)
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.constEnd())
        return false;
    const qsizetype pos = lowerBound(*it);
    Q_ASSERT(pos < qsizetype(m_entries.size()) && m_entries[size_t(pos)] == *it);
    m_entries.erase(m_entries.begin() + pos);
    m_byId.erase(it);
    rebuildAugmentation();
    return true;
}

std::optional<AnnotationIndex::Entry> AnnotationIndex::entry(AnnotationId id) const
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.constEnd())
        return std::nullopt;
    return *it;
}

void AnnotationIndex::rebuildAugmentation()
{
    m_maxEnd.assign(m_entries.size(), 0);
    buildRange(0, qsizetype(m_entries.size()));
}

qint64 AnnotationIndex::buildRange(qsizetype lo, qsizetype hi)
{
    if (lo >= hi)
        return std::numeric_limits<qint64>::min();
    const qsizetype mid = lo + (hi - lo) / 2;
    const qint64 m = std::max({effectiveEnd(m_entries[size_t(mid)]), buildRange(lo, mid), buildRange(mid + 1, hi)});
    m_maxEnd[size_t(mid)] = m;
    return m;
}

void AnnotationIndex::query(qsizetype lo, qsizetype hi, qint64 from, qint64 to,
                            const std::function<void(const Entry&)>& visit) const
{
    // Iterative on the right spine keeps the recursion depth at log n even for long runs of hits.
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (m_maxEnd[size_t(mid)] <= from)
            return; // nothing in this subtree reaches into [from, to)
        query(lo, mid, from, to, visit);
        const Entry& e = m_entries[size_t(mid)];
        if (e.start >= to)
            return; // this and everything to its right starts too late
        if (effectiveEnd(e) > from)
            visit(e);
        lo = mid + 1;
    }
}

void AnnotationIndex::forEachOverlapping(qint64 from, qint64 to,
                                         const std::function<void(const Entry&)>& visit) const
{
    if (to <= from)
        to = from + 1; // a caret position asks for what covers that character
    query(0, qsizetype(m_entries.size()), from, to, visit);
}

std::vector<AnnotationIndex::Entry> AnnotationIndex::overlapping(qint64 from, qint64 to) const
{
    std::vector<Entry> out;
    forEachOverlapping(from, to, [&out](const Entry& e) { out.push_back(e); });
    return out;
}

std::optional<AnnotationIndex::Entry> AnnotationIndex::nextAfter(qint64 position, bool inclusive) const
{
    const auto it = inclusive ? std::lower_bound(m_entries.begin(), m_entries.end(), position,
                                                 [](const Entry& e, qint64 p) { return e.start < p; })
                              : std::upper_bound(m_entries.begin(), m_entries.end(), position,
                                                 [](qint64 p, const Entry& e) { return p < e.start; });
    if (it == m_entries.end())
        return std::nullopt;
    return *it;
}

std::optional<AnnotationIndex::Entry> AnnotationIndex::previousBefore(qint64 position) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), position,
                                     [](const Entry& e, qint64 p) { return e.start < p; });
    if (it == m_entries.begin())
        return std::nullopt;
    return *std::prev(it);
}

} // namespace Crossread
