// SPDX-License-Identifier: MIT
#include "coveragematrix.h"

#include "cues/cuescanner.h"
#include "store/projectstore.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <memory>

namespace Crossread {

namespace {

/// What the rules need of one document, computed once per build.
struct DocInfo
{
    Document doc;
    QString text;
    TextLayout layout;
    QList<Cue> cues;
    bool analysed = false;
};

class DocCache
{
public:
    explicit DocCache(const ProjectStore& store)
        : m_store(store)
    {
    }
    DocInfo& get(const Document& doc)
    {
        DocInfo& info = m_docs[doc.id];
        if (!info.analysed) {
            info.doc = doc;
            info.text = m_store.documentText(doc.id);
            info.layout = TextLayout::of(info.text, doc.meta.title);
            if (!m_scanner)
                m_scanner = std::make_unique<CueScanner>();
            info.cues = m_scanner->scan(info.text);
            info.analysed = true;
        }
        return info;
    }

private:
    const ProjectStore& m_store;
    QHash<DocumentId, DocInfo> m_docs;
    std::unique_ptr<CueScanner> m_scanner; // loading the definition is costly: once per build
};

struct Placed
{
    AnnotationId annotation = 0;
    DocumentId document = 0;
    qint64 start = 0;
    qint64 end = 0;
    QString verdict;
};

QString outletKey(const Document& d)
{
    const QString outlet = d.meta.outlet.simplified();
    if (!outlet.isEmpty())
        return outlet;
    return d.meta.title.simplified().isEmpty() ? d.originalFileName : d.meta.title.simplified();
}

CoverageCell makeCell(const QList<Placed>& placed, const QHash<DocumentId, Document>& docs, DocCache& cache)
{
    CoverageCell cell;
    if (placed.isEmpty())
        return cell;
    cell.carried = true;
    struct Ranked
    {
        Placed p;
        Prominence prominence;
    };
    QList<Ranked> ranked;
    for (const Placed& p : placed) {
        DocInfo& info = cache.get(docs.value(p.document));
        ranked.append({p, info.layout.classify(p.start, p.end)});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        if (a.prominence != b.prominence)
            return int(a.prominence) < int(b.prominence);
        return a.p.start < b.p.start;
    });
    const Ranked& best = ranked.first();
    DocInfo& info = cache.get(docs.value(best.p.document));
    cell.prominence = best.prominence;
    cell.framing = framingOf(info.text, info.cues, best.p.start, best.p.end);
    cell.verdict = best.p.verdict;
    cell.document = best.p.document;
    cell.start = best.p.start;
    cell.end = best.p.end;
    for (const Ranked& r : std::as_const(ranked))
        cell.anchors.append(r.p.annotation);
    return cell;
}

QString csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString escaped = value;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace

int CoverageRow::carriedCount() const
{
    return int(std::count_if(cells.cbegin(), cells.cend(), [](const CoverageCell& c) { return c.carried; }));
}

CoverageMatrix CoverageMatrix::build(const ProjectStore& store)
{
    CoverageMatrix m;
    // Columns: outlets of the current (latest) revisions.
    QHash<DocumentId, Document> docs;
    QHash<QString, int> column;
    QList<QDate> earliest;
    for (const Document& d : store.documents()) {
        const std::optional<RevisionInfo> info = store.revisionInfo(d.id);
        if (info && info->newer)
            continue;
        docs.insert(d.id, d);
        const QString key = outletKey(d);
        auto it = column.find(key);
        if (it == column.end()) {
            it = column.insert(key, int(m.outlets.size()));
            m.outlets.append(key);
            m.outletDocuments.append(QList<DocumentId>());
            earliest.append(QDate());
        }
        m.outletDocuments[*it].append(d.id);
        QDate& e = earliest[*it];
        if (d.meta.published.isValid() && (!e.isValid() || d.meta.published < e))
            e = d.meta.published;
    }
    QList<int> order(m.outlets.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (earliest[a].isValid() != earliest[b].isValid())
            return earliest[a].isValid();
        if (earliest[a] != earliest[b])
            return earliest[a] < earliest[b];
        return m.outlets[a].localeAwareCompare(m.outlets[b]) < 0;
    });
    QStringList outlets;
    QList<QList<DocumentId>> outletDocs;
    for (const int i : std::as_const(order)) {
        outlets.append(m.outlets[i]);
        outletDocs.append(m.outletDocuments[i]);
    }
    m.outlets = outlets;
    m.outletDocuments = outletDocs;
    QHash<DocumentId, int> columnOf;
    for (int c = 0; c < m.outletDocuments.size(); ++c) {
        for (const DocumentId id : std::as_const(m.outletDocuments[c]))
            columnOf.insert(id, c);
    }

    DocCache cache(store);
    const auto cells = [&](const QList<Placed>& placed) {
        QList<QList<Placed>> perColumn(m.outlets.size());
        for (const Placed& p : placed) {
            const auto it = columnOf.constFind(p.document);
            if (it != columnOf.cend())
                perColumn[*it].append(p);
        }
        QList<CoverageCell> list;
        for (const QList<Placed>& inColumn : std::as_const(perColumn))
            list.append(makeCell(inColumn, docs, cache));
        return list;
    };

    const QList<ClaimRecord> claims = store.claims();
    QHash<EntityId, QList<Placed>> bySpeaker;
    for (const ClaimRecord& c : claims) {
        QList<Placed> placed;
        for (const ClaimAnchor& a : c.anchors)
            placed.append({a.annotation, a.document, a.start, a.end, c.verdict});
        CoverageRow row;
        row.kind = CoverageRow::Kind::Claim;
        row.claim = c.id;
        row.speaker = c.speaker;
        row.label = c.title;
        row.verdict = c.verdict;
        row.cells = cells(placed);
        m.rows.append(row);
        if (c.speaker)
            bySpeaker[c.speaker].append(placed);
    }
    // Speakers: every annotation naming them, plus the anchors of their claims.
    for (const Annotation& a : store.allAnnotations()) {
        if (!a.speaker)
            continue;
        QList<Placed>& list = bySpeaker[a.speaker];
        const bool known = std::any_of(list.cbegin(), list.cend(), [&](const Placed& p) { return p.annotation == a.id; });
        if (!known)
            list.append({a.id, a.document, a.start, a.end, a.verdict});
    }
    QList<Entity> speakers;
    for (auto it = bySpeaker.cbegin(); it != bySpeaker.cend(); ++it) {
        if (const std::optional<Entity> e = store.entity(it.key()))
            speakers.append(*e);
    }
    std::sort(speakers.begin(), speakers.end(),
              [](const Entity& a, const Entity& b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Entity& e : std::as_const(speakers)) {
        CoverageRow row;
        row.kind = CoverageRow::Kind::Speaker;
        row.speaker = e.id;
        row.label = e.name;
        row.cells = cells(bySpeaker.value(e.id));
        m.rows.append(row);
    }
    return m;
}

QString CoverageMatrix::toCsv() const
{
    // Column names are for scripts and stay untranslated, like crossread-cli's other CSV.
    QStringList header{QStringLiteral("row"), QStringLiteral("kind"), QStringLiteral("verdict")};
    for (const QString& o : outlets)
        header << o << o + QStringLiteral(" prominence") << o + QStringLiteral(" framing");
    header << QStringLiteral("omitted by");
    QString out;
    const auto line = [&out](const QStringList& fields) {
        QStringList quoted;
        for (const QString& f : fields)
            quoted.append(csvField(f));
        out += quoted.join(u',') + QStringLiteral("\r\n");
    };
    line(header);
    for (const CoverageRow& row : rows) {
        QStringList fields{row.label, row.kind == CoverageRow::Kind::Claim ? QStringLiteral("claim") : QStringLiteral("speaker"),
                           row.verdict};
        QStringList omitted;
        for (int c = 0; c < row.cells.size(); ++c) {
            const CoverageCell& cell = row.cells[c];
            if (cell.carried) {
                fields << QStringLiteral("yes") << prominenceName(cell.prominence) << framingName(cell.framing.primary());
            } else {
                fields << QStringLiteral("no") << QString() << QString();
                omitted.append(outlets.value(c));
            }
        }
        fields << omitted.join(QStringLiteral("; "));
        line(fields);
    }
    return out;
}

} // namespace Crossread
