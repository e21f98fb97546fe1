// SPDX-License-Identifier: MIT
#pragma once

// Cross-outlet quote matching.
//
// Candidate generation is a hashed seed index (passim-style) over *units*: every quotation and
// every sentence outside quotation marks. Seeds are single content words after folding (case,
// punctuation, quote style, British/American spelling, light stemming), weighted by inverse
// document frequency. Single-word seeds rather than n-gram shingles because re-translations
// change every third word ("honour the Korean heroes … for our common freedom, on an equal
// footing" vs "honor … shared freedom, equally"): 5-gram shingles barely overlap there, and
// MinHash/LSH estimates Jaccard similarity, which is low when one outlet trims a quote that
// another gives whole. Seed overlap divided by the smaller unit's weight (containment) is what
// trimmed and extended quotes have in common.
//
// Near-linear cost: units are matched in publication order against the index built so far, and
// each seed's posting list is capped, so a unit costs at most (its words × cap) lookups however
// often a statement recurs; a recurring statement is still found through its early postings.
// Verbatim copies are joined through a hash of the whole unit without any lookups.
//
// Two cores: a unit only looks at postings of units published before it, and which units enter
// the posting lists does not depend on what the searches find (only verbatim copies stay out,
// decided by hash beforehand). So a batch first fills the index in order (cheap), then runs the
// searches in parallel, then applies the joins in order: the clusters are exactly those of a
// sequential run. Weights (inverse document frequency) are computed once per run.
//
// Adding documents later: only the new documents are tokenized (the costly part of a run that
// depends on one document alone); indexing, searching and joining run again over all documents
// in one canonical order (publication date, then id). New documents change every weight and may
// be published before old ones, so this is what makes any sequence of additions end with exactly
// the clusters of a single run over the same documents.
//
// Exact boundaries come from a bounded Smith-Waterman alignment on words (hard cell cap) between
// the new unit and the unit it matched, snapped outwards to sentence boundaries inside each unit
// (a unit is already a quotation or a sentence).

#include "statementcluster.h"

#include <QList>
#include <atomic>
#include <functional>
#include <memory>

namespace Crossread {

/// Finds statement clusters across documents; documents can be added one at a time.
/// Not thread-safe: use one instance from one thread at a time (ClusterJob does so).
class QuoteMatcher final
{
public:
    struct Options
    {
        double threshold = 0.6; // weighted containment a candidate needs
        int minSharedWords = 3; // distinct content words in common
        int postingCap = 48; // units remembered per seed
        qint64 cellCap = 250000; // Smith-Waterman cells per alignment
    };

    QuoteMatcher();
    explicit QuoteMatcher(const Options& options);
    ~QuoteMatcher();
    QuoteMatcher(const QuoteMatcher&) = delete;
    QuoteMatcher& operator=(const QuoteMatcher&) = delete;

    /// Adds documents (ignoring ids already added) and matches all documents again; the result
    /// does not depend on how documents were split among calls. Tokenizing runs on all cores.
    /// `progress(done, total)` is called per document; returns false when `cancel` was set, in
    /// which case the matcher is left empty (clear()).
    bool addDocuments(QList<MatchDocument> documents, const std::function<void(int, int)>& progress = {},
                      const std::atomic_bool* cancel = nullptr);
    bool addDocument(const MatchDocument& document) { return addDocuments({document}); }
    bool contains(DocumentId id) const;
    int documentCount() const;
    void clear();

    /// Clusters with members in at least two documents, each with speaker and word diffs,
    /// ordered by their earliest member's document and position.
    QList<StatementCluster> clusters() const;

    /// Convenience: every document at once, sorted by publication date first.
    static QList<StatementCluster> cluster(QList<MatchDocument> documents, const Options& options);
    static QList<StatementCluster> cluster(QList<MatchDocument> documents);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Crossread
