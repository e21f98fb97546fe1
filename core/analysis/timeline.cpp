// SPDX-License-Identifier: MIT
#include "timeline.h"

#include "store/projectstore.h"

#include <QHash>

#include <algorithm>

namespace Crossread {

namespace {

QString outletOf(const Document& d)
{
    const QString outlet = d.meta.outlet.simplified();
    if (!outlet.isEmpty())
        return outlet;
    return d.meta.title.simplified().isEmpty() ? d.originalFileName : d.meta.title.simplified();
}

bool earlier(const TimelineAppearance& a, const TimelineAppearance& b)
{
    if (a.published.isValid() != b.published.isValid())
        return a.published.isValid();
    if (a.published != b.published)
        return a.published < b.published;
    return a.outlet.localeAwareCompare(b.outlet) < 0;
}

} // namespace

const TimelineAppearance* ClaimTimeline::first() const
{
    return !appearances.isEmpty() && appearances.first().published.isValid() ? &appearances.first() : nullptr;
}

QList<TimelineAppearance> ClaimTimeline::followers() const
{
    QList<TimelineAppearance> list;
    for (qsizetype i = 1; i < appearances.size(); ++i) {
        if (appearances[i].published.isValid() && first())
            list.append(appearances[i]);
    }
    return list;
}

QList<TimelineAppearance> ClaimTimeline::undated() const
{
    QList<TimelineAppearance> list;
    for (const TimelineAppearance& a : appearances) {
        if (!a.published.isValid())
            list.append(a);
    }
    return list;
}

Timeline Timeline::build(const ProjectStore& store)
{
    Timeline t;
    QHash<DocumentId, Document> current;
    for (const Document& d : store.documents()) {
        const std::optional<RevisionInfo> info = store.revisionInfo(d.id);
        if (info && info->newer)
            continue;
        current.insert(d.id, d);
        const Entry e{d.id, d.meta.title, outletOf(d), d.meta.published};
        if (d.meta.published.isValid()) {
            t.documents.append(e);
            if (!t.start.isValid() || d.meta.published < t.start)
                t.start = d.meta.published;
            if (!t.end.isValid() || d.meta.published > t.end)
                t.end = d.meta.published;
        } else {
            t.undatedDocuments.append(e);
        }
    }
    std::stable_sort(t.documents.begin(), t.documents.end(), [](const Entry& a, const Entry& b) {
        return a.published != b.published ? a.published < b.published : a.title.localeAwareCompare(b.title) < 0;
    });
    for (const ClaimRecord& c : store.claims()) {
        ClaimTimeline ct;
        ct.claim = c.id;
        ct.label = c.title;
        ct.verdict = c.verdict;
        QHash<QString, TimelineAppearance> byOutlet; // an outlet's earliest document carrying the claim
        for (const ClaimAnchor& a : c.anchors) {
            const auto doc = current.constFind(a.document);
            if (doc == current.cend())
                continue;
            const TimelineAppearance ap{doc->id, outletOf(*doc), doc->meta.published, -1};
            const auto it = byOutlet.find(ap.outlet);
            if (it == byOutlet.end() || earlier(ap, *it))
                byOutlet.insert(ap.outlet, ap);
        }
        ct.appearances = byOutlet.values();
        std::stable_sort(ct.appearances.begin(), ct.appearances.end(), earlier);
        if (const TimelineAppearance* f = ct.first()) {
            const QDate firstDate = f->published;
            for (TimelineAppearance& ap : ct.appearances) {
                if (ap.published.isValid())
                    ap.daysAfterFirst = int(firstDate.daysTo(ap.published));
            }
        }
        t.claims.append(ct);
    }
    std::stable_sort(t.claims.begin(), t.claims.end(), [](const ClaimTimeline& a, const ClaimTimeline& b) {
        const TimelineAppearance* fa = a.first();
        const TimelineAppearance* fb = b.first();
        if (bool(fa) != bool(fb))
            return bool(fa);
        if (fa && fa->published != fb->published)
            return fa->published < fb->published;
        return a.claim < b.claim;
    });
    return t;
}

} // namespace Crossread
