// SPDX-License-Identifier: MIT
#include "quotematcher.h"

#include "alignment.h"
#include "matchtext.h"
#include "speaker.h"

#include <QHash>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace Crossread {

using namespace Matching;

int StatementCluster::documentCount() const
{
    QList<DocumentId> seen;
    for (const ClusterMember& m : members) {
        if (!seen.contains(m.document))
            seen.append(m.document);
    }
    return int(seen.size());
}

namespace {

struct DocEntry
{
    MatchDocument doc;
    MatchText text;
};

struct UnitRec
{
    int doc = 0; // index into Private::docs
    int unit = 0; // index into that document's MatchText::units
    std::vector<quint64> seeds; // distinct content words
    quint64 exactHash = 0; // of the whole word sequence
    int cluster = -1;
    int regionFirst = -1; // words matched so far, snapped to sentences; -1: none yet
    int regionEnd = -1;
};

// What matching decided for one new unit: join the cluster of `target` (exactly, or along `al`),
// and those of `further` units that other sentences of the new unit render.
struct Decision
{
    int target = -1;
    bool exact = false;
    Alignment al;
    std::vector<std::pair<int, Alignment>> further;
};

// A seed's document frequency, its weight for the current run and the units it points to.
struct SeedInfo
{
    int df = 0;
    double weight = 0;
    std::vector<int> postings; // ascending unit indices, at most Options::postingCap
};

} // namespace

class QuoteMatcher::Private
{
public:
    Options options;
    std::vector<std::unique_ptr<DocEntry>> docs;
    std::vector<UnitRec> units;
    std::vector<double> unitWeights; // per unit, for the current run's weights
    std::unordered_map<quint64, SeedInfo> seeds;
    std::unordered_map<quint64, int> exact;
    std::vector<std::vector<int>> clusters; // cluster → units

    // Weights depend on the number of units and on document frequencies, which change only
    // between runs: computed once per run, looked up in the hot loop.
    void reweigh()
    {
        const double n = double(std::max<size_t>(units.size(), 1));
        for (auto& [seed, info] : seeds)
            info.weight = std::log(1.0 + n / double(std::max(1, info.df)));
        unitWeights.resize(units.size());
        for (size_t i = 0; i < units.size(); ++i) {
            double w = 0;
            for (quint64 s : units[i].seeds)
                w += weight(s);
            unitWeights[i] = w;
        }
    }
    double weight(quint64 seed) const
    {
        const auto it = seeds.find(seed);
        return it == seeds.end() ? std::log(1.0 + double(std::max<size_t>(units.size(), 1))) : it->second.weight;
    }
    const Unit& unitOf(const UnitRec& u) const { return docs[size_t(u.doc)]->text.units[size_t(u.unit)]; }
    const MatchText& textOf(const UnitRec& u) const { return docs[size_t(u.doc)]->text; }

    void snapInto(UnitRec& u, int first, int end)
    {
        const auto [f, e] = snapped(u, first, end);
        u.regionFirst = u.regionFirst < 0 ? f : std::min(u.regionFirst, f);
        u.regionEnd = u.regionEnd < 0 ? e : std::max(u.regionEnd, e);
    }

    // Moves every unit of cluster `gone` into `keep`; `gone` stays as an empty slot so the ids
    // of the other clusters do not change.
    void merge(int keep, int gone)
    {
        for (int unit : clusters[size_t(gone)]) {
            units[size_t(unit)].cluster = keep;
            clusters[size_t(keep)].push_back(unit);
        }
        clusters[size_t(gone)].clear();
    }

    void join(int from, int to, const Alignment* al)
    {
        UnitRec& a = units[size_t(to)];
        UnitRec& b = units[size_t(from)];
        if (a.cluster < 0 && b.cluster < 0) {
            a.cluster = int(clusters.size());
            clusters.push_back({to});
        }
        if (a.cluster < 0) {
            a.cluster = b.cluster;
            clusters[size_t(b.cluster)].push_back(to);
        } else if (b.cluster < 0) {
            b.cluster = a.cluster;
            clusters[size_t(a.cluster)].push_back(from);
        } else if (a.cluster != b.cluster) {
            // A quotation rendering two statements that other outlets give apart is one
            // statement: the earlier cluster (the lower id) absorbs the later one.
            merge(std::min(a.cluster, b.cluster), std::max(a.cluster, b.cluster));
        }
        if (al && al->valid()) {
            snapInto(a, al->aBegin, al->aEnd);
            snapInto(b, al->bBegin, al->bEnd);
        } else {
            snapInto(a, unitOf(a).firstWord, unitOf(a).endWord);
            snapInto(b, unitOf(b).firstWord, unitOf(b).endWord);
        }
    }

    // The words [first, end) of `u` widened to whole sentences inside the unit.
    std::pair<int, int> snapped(const UnitRec& u, int first, int end) const
    {
        const Unit& unit = unitOf(u);
        const MatchText& t = textOf(u);
        first = std::max(first, unit.firstWord);
        end = std::min(end, unit.endWord);
        if (first >= end)
            return {unit.firstWord, unit.endWord};
        const int s0 = t.words[size_t(first)].sentence;
        while (first > unit.firstWord && t.words[size_t(first - 1)].sentence == s0)
            --first;
        const int s1 = t.words[size_t(end - 1)].sentence;
        while (end < unit.endWord && t.words[size_t(end)].sentence == s1)
            ++end;
        return {first, end};
    }

    std::vector<quint64> seedsIn(const UnitRec& u, std::pair<int, int> range) const
    {
        const MatchText& t = textOf(u);
        std::vector<quint64> out;
        for (int i = range.first; i < range.second; ++i) {
            if (t.words[size_t(i)].content)
                out.push_back(t.words[size_t(i)].hash);
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    // Decides on the sentences the alignment touched, not on the whole units: a statement
    // quoted inside a longer quotation is judged on its own sentences. Short passages must be
    // matched in order almost word for word, since a few shared words ("combat … alongside
    // Russian") are common in reporting on one event.
    bool verify(const UnitRec& a, int aBegin, int aEnd, const UnitRec& b, int bBegin, int bEnd, int orderedMatches) const
    {
        const std::vector<quint64> sa = seedsIn(a, snapped(a, aBegin, aEnd));
        const std::vector<quint64> sb = seedsIn(b, snapped(b, bBegin, bEnd));
        double wa = 0, wb = 0, shared = 0;
        int sharedCount = 0;
        for (quint64 s : sa)
            wa += weight(s);
        for (quint64 s : sb) {
            const double w = weight(s);
            wb += w;
            if (std::binary_search(sa.begin(), sa.end(), s)) {
                shared += w;
                ++sharedCount;
            }
        }
        if (sharedCount < options.minSharedWords)
            return false;
        if (shared / std::max(1e-9, std::min(wa, wb)) < options.threshold)
            return false;
        const size_t shorter = std::min(sa.size(), sb.size());
        const double ordered = double(orderedMatches) / double(std::max<size_t>(shorter, 1));
        return ordered >= (shorter < 8 ? 0.75 : 0.45);
    }

    // The sequential part of a run, cheap and in publication order: verbatim copies join the
    // first unit with their hash, every other unit enters the posting lists of its seeds. Since
    // a unit only ever looks at postings of units before it, each unit's search afterwards
    // depends on nothing another search writes, and the searches can run in parallel.
    void indexAll(std::vector<Decision>& decisions)
    {
        for (size_t i = 0; i < units.size(); ++i) {
            const UnitRec& u = units[i];
            Decision& dec = decisions[i];
            if (const auto it = exact.find(u.exactHash); it != exact.end()) {
                if (units[size_t(it->second)].doc != u.doc) {
                    dec.target = it->second;
                    dec.exact = true;
                    continue; // a verbatim copy adds nothing to the index
                }
            } else {
                exact.emplace(u.exactHash, int(i));
            }
            for (quint64 s : u.seeds) {
                std::vector<int>& list = seeds[s].postings;
                if (int(list.size()) < options.postingCap)
                    list.push_back(int(i));
            }
        }
    }

    // Finds the earlier unit `index` renders, if any. Reads the index only; `acc` (one zeroed
    // accumulator per unit) and `hits` are the calling thread's scratch.
    Decision search(int index, std::vector<float>& acc, std::vector<int>& hits) const
    {
        Decision result;
        const UnitRec& u = units[size_t(index)];
        hits.clear();
        for (quint64 s : u.seeds) {
            const auto it = seeds.find(s);
            if (it == seeds.end())
                continue;
            const float w = float(it->second.weight);
            for (int p : it->second.postings) {
                if (p >= index)
                    break; // postings are ascending: the rest came later
                if (units[size_t(p)].doc == u.doc)
                    continue;
                if (acc[size_t(p)] == 0)
                    hits.push_back(p);
                acc[size_t(p)] += w;
            }
        }
        struct Candidate { int unit; double score; };
        std::vector<Candidate> candidates;
        const double wu = unitWeights[size_t(index)];
        for (int p : hits) {
            const double overlap = acc[size_t(p)];
            acc[size_t(p)] = 0;
            const double score = overlap / std::max(1e-9, std::min(wu, unitWeights[size_t(p)]));
            if (score < options.threshold * 0.66) // prefilter; verify() decides on the aligned sentences
                continue;
            int shared = 0;
            for (quint64 s : units[size_t(p)].seeds)
                shared += std::binary_search(u.seeds.begin(), u.seeds.end(), s) ? 1 : 0;
            if (shared >= options.minSharedWords)
                candidates.push_back({p, score});
        }
        std::sort(candidates.begin(), candidates.end(),
                  [](const Candidate& x, const Candidate& y) { return x.score > y.score || (x.score == y.score && x.unit < y.unit); });
        int tried = 0;
        for (const Candidate& c : candidates) {
            if (++tried > 3)
                break;
            const UnitRec& other = units[size_t(c.unit)];
            const Unit& ou = unitOf(other);
            const Unit& uu = unitOf(u);
            const Alignment al = alignWords(textOf(other), ou.firstWord, ou.endWord, textOf(u), uu.firstWord,
                                            uu.endWord, options.cellCap);
            if (al.valid() && verify(other, al.aBegin, al.aEnd, u, al.bBegin, al.bEnd, al.matchedContent)) {
                result.target = c.unit;
                result.al = al;
                break;
            }
        }
        if (result.target >= 0)
            searchFurther(index, result);
        return result;
    }

    // True when only spaces and punctuation separate code points [from, to) of `t`: no word,
    // no line break.
    static bool sameParagraphGap(const MatchText& t, qint64 from, qint64 to)
    {
        if (from > to)
            return false;
        for (qint64 i = from; i < to; ++i) {
            const uint c = t.codePoints[size_t(i)];
            if (c == '\n' || c == '\r' || c == 0x2029 || QChar::isLetterOrNumber(c))
                return false;
        }
        return true;
    }

    // A quotation of several sentences may render a statement that an earlier outlet gives as
    // a block of separate sentences ("never forget the feat …" and "honour the Korean heroes …"
    // as two units of one paragraph): the alignment with the best candidate covers only one of
    // them. The quotation then also joins the neighbours of that candidate, sentence by
    // sentence and in the same order, as long as each neighbour follows on in the same
    // paragraph on both sides and verifies on its own. Strict on purpose: letting a quotation
    // join any candidate its leftover sentences resemble chained unrelated statements through
    // the long units stray quotation marks make (the 1,000-article bench fell from 185 clusters
    // to 30), so only one passage rendered whole counts.
    void searchFurther(int index, Decision& result) const
    {
        const UnitRec& u = units[size_t(index)];
        const Unit& uu = unitOf(u);
        const MatchText& ut = textOf(u);
        if (!uu.quoted)
            return;
        constexpr int maxSentences = 6; // further sentences per side
        std::pair<int, int> covered = snapped(u, result.al.bBegin, result.al.bEnd);
        int blockFirst = result.target, blockLast = result.target; // the earlier document's units
        for (const int step : {-1, 1}) {
            int edge = result.target;
            for (int hop = 0; hop < maxSentences; ++hop) {
                const bool after = step > 0;
                if (after ? covered.second >= uu.endWord : covered.first <= uu.firstWord)
                    break;
                const int next = edge + step;
                if (next < 0 || next >= index || units[size_t(next)].doc != units[size_t(edge)].doc)
                    break;
                const UnitRec& nr = units[size_t(next)];
                const Unit& nu = unitOf(nr);
                const Unit& eu = unitOf(units[size_t(edge)]);
                const MatchText& nt = textOf(nr);
                if (!(after ? sameParagraphGap(nt, eu.span.end, nu.span.start)
                            : sameParagraphGap(nt, nu.span.end, eu.span.start)))
                    break;
                const int gapFrom = after ? covered.second - 1 : covered.first - 1;
                if (!sameParagraphGap(ut, ut.words[size_t(gapFrom)].end, ut.words[size_t(gapFrom + 1)].start))
                    break;
                const int first = after ? covered.second : uu.firstWord;
                const int end = after ? uu.endWord : covered.first;
                const Alignment al = alignWords(nt, nu.firstWord, nu.endWord, ut, first, end, options.cellCap);
                if (!al.valid())
                    break;
                const std::pair<int, int> range = snapped(u, al.bBegin, al.bEnd);
                if ((after ? range.first != covered.second : range.second != covered.first)
                    || !verify(nr, al.aBegin, al.aEnd, u, al.bBegin, al.bEnd, al.matchedContent))
                    break;
                result.further.emplace_back(next, al);
                (after ? covered.second : covered.first) = after ? range.second : range.first;
                edge = next;
            }
            (step < 0 ? blockFirst : blockLast) = edge;
        }
        // Only a passage rendered whole on both sides: every sentence of the quotation, and a
        // block that is a paragraph of its own in the earlier document.
        if (result.further.empty())
            return;
        const MatchText& bt = textOf(units[size_t(blockFirst)]);
        if (covered != std::pair<int, int>{uu.firstWord, uu.endWord}
            || !paragraphEdge(bt, unitOf(units[size_t(blockFirst)]).span.start, -1)
            || !paragraphEdge(bt, unitOf(units[size_t(blockLast)]).span.end, 1))
            result.further.clear();
    }

    // True when no word stands between `at` and the line break (or text edge) in `direction`.
    static bool paragraphEdge(const MatchText& t, qint64 at, int direction)
    {
        const qint64 size = qint64(t.codePoints.size());
        for (qint64 i = direction < 0 ? at - 1 : at; i >= 0 && i < size; i += direction) {
            const uint c = t.codePoints[size_t(i)];
            if (c == '\n' || c == '\r' || c == 0x2029)
                return true;
            if (QChar::isLetterOrNumber(c))
                return false;
        }
        return true;
    }
};

QuoteMatcher::QuoteMatcher() : QuoteMatcher(Options{}) {}

QuoteMatcher::QuoteMatcher(const Options& options) : d(std::make_unique<Private>())
{
    d->options = options;
}

QuoteMatcher::~QuoteMatcher() = default;

bool QuoteMatcher::contains(DocumentId id) const
{
    return std::any_of(d->docs.begin(), d->docs.end(), [id](const auto& e) { return e->doc.id == id; });
}

int QuoteMatcher::documentCount() const
{
    return int(d->docs.size());
}

void QuoteMatcher::clear()
{
    const Options o = d->options;
    d = std::make_unique<Private>();
    d->options = o;
}

namespace {

// Publication order, undated last; the id breaks ties so the order depends on nothing else
// (neither the order documents came in nor how they were split into batches).
bool publishedBefore(const MatchDocument& a, const MatchDocument& b)
{
    if (a.published.isValid() != b.published.isValid())
        return a.published.isValid();
    if (a.published != b.published)
        return a.published < b.published;
    return a.id < b.id;
}

} // namespace

bool QuoteMatcher::addDocuments(QList<MatchDocument> documents, const std::function<void(int, int)>& progress,
                                const std::atomic_bool* cancel)
{
    documents.removeIf([this](const MatchDocument& m) { return contains(m.id); });
    // Tokenizing is independent per document: spread it over the cores. Only the new documents
    // are tokenized; the others keep their words from earlier batches.
    std::vector<std::unique_ptr<DocEntry>> fresh(size_t(documents.size()));
    QList<int> indices;
    for (int i = 0; i < documents.size(); ++i)
        indices.append(i);
    QtConcurrent::blockingMap(indices, [&](int i) {
        if (cancel && cancel->load())
            return;
        auto e = std::make_unique<DocEntry>();
        e->doc = documents.at(i);
        e->text = MatchText::build(e->doc.text);
        fresh[size_t(i)] = std::move(e);
    });
    if (cancel && cancel->load()) {
        clear();
        return false;
    }

    // Weights (inverse document frequency) and which earlier unit a unit meets first both
    // depend on every document, so the matching itself runs again over all of them, in one
    // canonical order: any sequence of batches ends with the clusters of a single run.
    for (auto& e : fresh)
        d->docs.push_back(std::move(e));
    std::stable_sort(d->docs.begin(), d->docs.end(),
                     [](const auto& a, const auto& b) { return publishedBefore(a->doc, b->doc); });
    d->units.clear();
    d->unitWeights.clear();
    d->seeds.clear();
    d->exact.clear();
    d->clusters.clear();
    for (int docIndex = 0; docIndex < int(d->docs.size()); ++docIndex) {
        const MatchText& t = d->docs[size_t(docIndex)]->text;
        for (int k = 0; k < int(t.units.size()); ++k) {
            const Unit& unit = t.units[size_t(k)];
            UnitRec r;
            r.doc = docIndex;
            r.unit = k;
            quint64 h = 1469598103934665603ULL;
            for (int w = unit.firstWord; w < unit.endWord; ++w) {
                const Word& word = t.words[size_t(w)];
                h = (h ^ word.hash) * 1099511628211ULL;
                if (word.content)
                    r.seeds.push_back(word.hash);
            }
            std::sort(r.seeds.begin(), r.seeds.end());
            r.seeds.erase(std::unique(r.seeds.begin(), r.seeds.end()), r.seeds.end());
            r.exactHash = h;
            for (quint64 s : r.seeds)
                ++d->seeds[s].df;
            d->units.push_back(std::move(r));
        }
    }
    d->reweigh();
    std::vector<Decision> decisions(d->units.size());
    d->indexAll(decisions);

    // The searches, in chunks of whole documents spread over the cores; progress is reported
    // from this thread between rounds of chunks.
    struct Chunk
    {
        size_t first, end; // units
        int documents;
    };
    std::vector<Chunk> chunks;
    constexpr size_t chunkUnits = 512;
    for (size_t i = 0; i < d->units.size();) {
        size_t end = i;
        int docsInChunk = 0;
        while (end < d->units.size() && (end - i < chunkUnits || d->units[end].doc == d->units[end - 1].doc)) {
            if (end == i || d->units[end].doc != d->units[end - 1].doc)
                ++docsInChunk;
            ++end;
        }
        chunks.push_back({i, end, docsInChunk});
        i = end;
    }
    const int total = int(d->docs.size());
    int done = 0;
    const size_t round = size_t(std::max(2, QThreadPool::globalInstance()->maxThreadCount())) * 4;
    for (size_t c = 0; c < chunks.size(); c += round) {
        if (cancel && cancel->load()) {
            clear();
            return false;
        }
        const size_t last = std::min(chunks.size(), c + round);
        QtConcurrent::blockingMap(chunks.begin() + qsizetype(c), chunks.begin() + qsizetype(last), [&](const Chunk& chunk) {
            std::vector<float> acc(d->units.size(), 0.0f);
            std::vector<int> hits;
            for (size_t i = chunk.first; i < chunk.end; ++i) {
                Decision& dec = decisions[i];
                if (!dec.exact)
                    dec = d->search(int(i), acc, hits);
            }
        });
        for (size_t k = c; k < last; ++k)
            done += chunks[k].documents;
        if (progress && done < total)
            progress(done, total);
    }
    for (size_t i = 0; i < d->units.size(); ++i) {
        const Decision& dec = decisions[i];
        if (dec.target >= 0)
            d->join(int(i), dec.target, dec.exact ? nullptr : &dec.al);
        for (const auto& [target, al] : dec.further)
            d->join(int(i), target, &al);
    }
    if (progress)
        progress(total, total);
    return true;
}

QList<StatementCluster> QuoteMatcher::cluster(QList<MatchDocument> documents)
{
    return cluster(std::move(documents), Options{});
}

QList<StatementCluster> QuoteMatcher::cluster(QList<MatchDocument> documents, const Options& options)
{
    QuoteMatcher m(options);
    m.addDocuments(std::move(documents));
    return m.clusters();
}

QList<StatementCluster> QuoteMatcher::clusters() const
{
    struct Keyed
    {
        StatementCluster cluster;
        int firstDoc = 0;
        qint64 firstStart = 0;
    };
    // Each cluster is built on its own (regions, speakers, word diffs): spread over the cores.
    std::vector<Keyed> out(d->clusters.size());
    std::vector<size_t> order(d->clusters.size());
    for (size_t c = 0; c < order.size(); ++c)
        order[c] = c;
    QtConcurrent::blockingMap(order, [this, &out](size_t c) {
        std::vector<int> members = d->clusters[c];
        // Earliest document first (documents were added earliest first), then by position.
        std::sort(members.begin(), members.end(), [this](int x, int y) {
            const UnitRec& a = d->units[size_t(x)];
            const UnitRec& b = d->units[size_t(y)];
            const MatchDocument& da = d->docs[size_t(a.doc)]->doc;
            const MatchDocument& db = d->docs[size_t(b.doc)]->doc;
            if (da.published.isValid() != db.published.isValid())
                return da.published.isValid();
            if (da.published != db.published)
                return da.published < db.published;
            return a.doc != b.doc ? a.doc < b.doc : a.unit < b.unit;
        });
        Keyed k;
        k.cluster.id = int(c) + 1;
        QHash<QString, int> votes;
        QHash<QString, QString> fullName;
        for (int index : members) {
            const UnitRec& u = d->units[size_t(index)];
            const DocEntry& e = *d->docs[size_t(u.doc)];
            const Unit& unit = e.text.units[size_t(u.unit)];
            const int first = u.regionFirst < 0 ? unit.firstWord : u.regionFirst;
            const int end = u.regionEnd < 0 ? unit.endWord : u.regionEnd;
            ClusterMember m;
            m.document = e.doc.id;
            m.start = first == unit.firstWord ? unit.span.start : e.text.words[size_t(first)].start;
            if (end == unit.endWord) {
                m.end = unit.span.end;
            } else {
                const int sentence = e.text.words[size_t(end - 1)].sentence;
                m.end = std::min(unit.span.end, e.text.sentences[size_t(sentence)].end);
            }
            m.text = e.text.mid(m.start, m.end);
            m.quoted = unit.quoted;
            m.published = e.doc.published;
            m.outlet = e.doc.outlet;
            m.title = e.doc.title;
            m.speaker = guessSpeaker(e.text, m.start, m.end);
            if (!m.speaker.isEmpty()) {
                const QString key = m.speaker.section(QLatin1Char(' '), -1).toCaseFolded();
                ++votes[key];
                if (fullName.value(key).size() < m.speaker.size())
                    fullName[key] = m.speaker;
            }
            k.cluster.members.append(m);
        }
        if (k.cluster.documentCount() < 2)
            return; // stays empty and is dropped below
        // Adjacent sentences of one document matched separately (a block quote given sentence by
        // sentence) are one rendering.
        for (qsizetype i = k.cluster.members.size() - 1; i > 0; --i) {
            ClusterMember& prev = k.cluster.members[i - 1];
            const ClusterMember& cur = k.cluster.members[i];
            if (prev.document != cur.document || cur.start < prev.end)
                continue;
            const DocEntry& e = *d->docs[size_t(d->units[size_t(members[size_t(i)])].doc)];
            if (!e.text.mid(prev.end, cur.start).trimmed().isEmpty())
                continue;
            prev.end = cur.end;
            prev.text = e.text.mid(prev.start, prev.end);
            prev.quoted = prev.quoted || cur.quoted;
            if (prev.speaker.isEmpty())
                prev.speaker = cur.speaker;
            k.cluster.members.removeAt(i);
        }
        const MatchText base = MatchText::build(k.cluster.members.first().text);
        for (qsizetype i = 1; i < k.cluster.members.size(); ++i)
            k.cluster.members[i].diff = wordDiff(base, k.cluster.members[i].text);
        int best = 0;
        for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
            if (it.value() > best || (it.value() == best && fullName.value(it.key()) < k.cluster.speaker)) {
                best = it.value();
                k.cluster.speaker = fullName.value(it.key());
            }
        }
        const UnitRec& lead = d->units[size_t(members.front())];
        k.firstDoc = lead.doc;
        k.firstStart = k.cluster.members.first().start;
        out[c] = std::move(k);
    });
    out.erase(std::remove_if(out.begin(), out.end(), [](const Keyed& k) { return k.cluster.members.isEmpty(); }),
              out.end());
    std::sort(out.begin(), out.end(), [](const Keyed& a, const Keyed& b) {
        return a.firstDoc != b.firstDoc ? a.firstDoc < b.firstDoc : a.firstStart < b.firstStart;
    });
    QList<StatementCluster> result;
    result.reserve(qsizetype(out.size()));
    for (Keyed& k : out)
        result.append(std::move(k.cluster));
    return result;
}

} // namespace Crossread
