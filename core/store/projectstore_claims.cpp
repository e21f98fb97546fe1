// SPDX-License-Identifier: MIT
// Claim records and revision queries and mutators (issue #9). Claim edits are ClaimCommands
// holding before/after snapshots; see storecommands_claims.cpp.
#include "projectstore_p.h"

#include "builtins.h"

#include "claimrows_p.h"
#include "storecommands_claims_p.h"

#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Crossread {

namespace {

template<typename F, typename R = std::invoke_result_t<F>>
R guardedRead(const std::unique_ptr<Database>& db, F&& read)
{
    if (!db)
        return R{};
    try {
        return read();
    } catch (const SqlError& e) {
        qCWarning(lcStore) << "read failed:" << e.message();
        return R{};
    }
}

QString claimLabel(const ClaimRecord& c)
{
    return StoreCommand::elide(c.title);
}

ClaimAnchor anchorOf(const Annotation& a)
{
    return ClaimAnchor{a.id, a.document, a.start, a.end, a.quote};
}

} // namespace

// ---- queries ----------------------------------------------------------------

QList<ClaimRecord> ProjectStore::claims() const
{
    return guardedRead(d->db, [this] { return ClaimRows::readAll(*d->db); });
}

std::optional<ClaimRecord> ProjectStore::claim(ClaimId id) const
{
    return guardedRead(d->db, [&]() -> std::optional<ClaimRecord> {
        ClaimRecord c = ClaimRows::read(*d->db, id);
        if (!c.id)
            return std::nullopt;
        return c;
    });
}

ClaimId ProjectStore::claimOfAnnotation(AnnotationId annotation) const
{
    return guardedRead(d->db, [&] { return ClaimRows::claimOf(*d->db, annotation); });
}

QList<DocumentId> ProjectStore::revisionChain(DocumentId id) const
{
    return guardedRead(d->db, [&] {
        QList<DocumentId> chain;
        if (!d->readDocument(id, false).id)
            return chain;
        // Bounded walks: a damaged file with a cycle must not hang the program.
        QSet<DocumentId> seen{id};
        chain.append(id);
        for (DocumentId p = ClaimRows::previousOf(*d->db, id); p && !seen.contains(p);
             p = ClaimRows::previousOf(*d->db, p)) {
            seen.insert(p);
            chain.prepend(p);
        }
        for (DocumentId n = ClaimRows::nextOf(*d->db, id); n && !seen.contains(n); n = ClaimRows::nextOf(*d->db, n)) {
            seen.insert(n);
            chain.append(n);
        }
        return chain;
    });
}

DocumentId ProjectStore::latestRevision(DocumentId id) const
{
    const QList<DocumentId> chain = revisionChain(id);
    return chain.isEmpty() ? 0 : chain.last();
}

std::optional<RevisionInfo> ProjectStore::revisionInfo(DocumentId id) const
{
    const QList<DocumentId> chain = revisionChain(id);
    if (chain.isEmpty())
        return std::nullopt;
    return guardedRead(d->db, [&]() -> std::optional<RevisionInfo> {
        RevisionInfo info;
        const qsizetype at = chain.indexOf(id);
        info.document = id;
        info.root = chain.first();
        info.number = int(at) + 1;
        info.revisionOf = at > 0 ? chain.at(at - 1) : 0;
        info.newer = at + 1 < chain.size() ? chain.at(at + 1) : 0;
        info.importedAt = d->readDocument(id, false).importedAt;
        return info;
    });
}

RevisionAudit ProjectStore::revisionAudit(DocumentId revision) const
{
    RevisionAudit audit;
    audit.revision = revision;
    const std::optional<RevisionInfo> info = revisionInfo(revision);
    if (!info || !info->revisionOf)
        return audit;
    audit.previous = info->revisionOf;
    audit.entries = guardedRead(d->db, [&] { return ClaimRows::readAudit(*d->db, revision); });
    return audit;
}

// ---- claim edits ------------------------------------------------------------

/// Performs one ClaimCommand; `created` receives the id of a claim the command created.
static bool performClaims(auto& d, ProjectStore* store, QList<ClaimCommand::State> before,
                          QList<ClaimCommand::State> after, const QString& label,
                          ClaimCommand::Field field = ClaimCommand::Field::Other, ClaimId* created = nullptr)
{
    return d.perform(std::make_unique<ClaimCommand>(store, std::move(before), std::move(after), label, field),
                     [&](const ClaimCommand& c) {
                         if (created)
                             *created = c.firstClaim();
                     });
}

ClaimId ProjectStore::createClaim(const QList<AnnotationId>& anchors, const QString& title)
{
    if (!d->checkWritable())
        return 0;
    if (anchors.isEmpty())
        return d->invalid(tr("A claim needs at least one annotation.")), 0;
    ClaimRecord c;
    const bool ok = d->reading([&] {
        QSet<AnnotationId> seen;
        for (const AnnotationId id : anchors) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            const Annotation a = d->readAnnotation(id);
            if (!a.id)
                return !d->invalid(tr("There is no annotation %1.").arg(id));
            if (const ClaimId other = ClaimRows::claimOf(*d->db, id))
                return !d->invalid(tr("The annotation on “%1” already belongs to claim %2.")
                                       .arg(StoreCommand::elide(a.quote))
                                       .arg(other));
            c.anchors.append(anchorOf(a));
            // The claim starts from what its first anchors already say.
            if (c.verdict.isEmpty())
                c.verdict = a.verdict;
            if (c.rationale.isEmpty())
                c.rationale = a.rationale;
            if (!c.speaker)
                c.speaker = a.speaker;
            if (c.evidence.isEmpty()) {
                c.evidence = a.evidence;
                for (EvidenceLink& e : c.evidence)
                    e.id = 0;
            }
        }
        return true;
    });
    if (!ok)
        return 0;
    c.title = title.simplified().isEmpty() ? c.anchors.first().quote.simplified() : title.simplified();
    c.created = c.modified = QDateTime::currentDateTimeUtc();
    ClaimId id = 0;
    performClaims(*d, this, {ClaimCommand::State{0, false, {}}}, {ClaimCommand::State{0, true, c}},
                  tr("Create claim “%1”").arg(claimLabel(c)), ClaimCommand::Field::Other, &id);
    return id;
}

bool ProjectStore::removeClaim(ClaimId id)
{
    if (!d->checkWritable())
        return false;
    const std::optional<ClaimRecord> c = claim(id);
    if (!c)
        return !d->invalid(tr("There is no claim %1.").arg(id));
    return performClaims(*d, this, {ClaimCommand::State{id, true, *c}}, {ClaimCommand::State{id, false, {}}},
                         tr("Remove claim “%1”").arg(claimLabel(*c)));
}

/// Edits one claim through `change(claim, label)`; a change that alters nothing is no undo step.
static bool editClaim(auto& d, ProjectStore* store, ClaimId id,
                      const std::function<bool(ClaimRecord&, QString&)>& change,
                      ClaimCommand::Field field = ClaimCommand::Field::Other)
{
    if (!d.checkWritable())
        return false;
    const std::optional<ClaimRecord> before = store->claim(id);
    if (!before)
        return !d.invalid(ProjectStore::tr("There is no claim %1.").arg(id));
    ClaimRecord after = *before;
    QString label;
    if (!d.reading([&] { return change(after, label); }))
        return false;
    if (after == *before)
        return true;
    after.modified = QDateTime::currentDateTimeUtc();
    return performClaims(d, store, {ClaimCommand::State{id, true, *before}}, {ClaimCommand::State{id, true, after}},
                         label, field);
}

bool ProjectStore::addClaimAnchor(ClaimId id, AnnotationId annotation)
{
    if (!d->checkWritable())
        return false;
    const std::optional<ClaimRecord> target = claim(id);
    if (!target)
        return !d->invalid(tr("There is no claim %1.").arg(id));
    const std::optional<Annotation> a = this->annotation(annotation);
    if (!a)
        return !d->invalid(tr("There is no annotation %1.").arg(annotation));
    const ClaimId from = claimOfAnnotation(annotation);
    if (from == id)
        return true;
    QList<ClaimCommand::State> before{{id, true, *target}};
    ClaimRecord after = *target;
    after.anchors.append(anchorOf(*a));
    after.modified = QDateTime::currentDateTimeUtc();
    QList<ClaimCommand::State> afterStates{{id, true, after}};
    if (from) {
        const std::optional<ClaimRecord> source = claim(from);
        if (source) {
            ClaimRecord left = *source;
            left.anchors.removeIf([&](const ClaimAnchor& x) { return x.annotation == annotation; });
            before.append({from, true, *source});
            afterStates.append({from, true, left});
        }
    }
    return performClaims(*d, this, before, afterStates,
                         tr("Add “%1” to claim “%2”").arg(StoreCommand::elide(a->quote), claimLabel(*target)));
}

bool ProjectStore::removeClaimAnchor(ClaimId id, AnnotationId annotation)
{
    return editClaim(*d, this, id, [&](ClaimRecord& c, QString& label) {
        const auto it = std::find_if(c.anchors.begin(), c.anchors.end(),
                                     [&](const ClaimAnchor& x) { return x.annotation == annotation; });
        if (it == c.anchors.end())
            return !d->invalid(tr("Annotation %1 is not an anchor of claim %2.").arg(annotation).arg(id));
        label = tr("Remove “%1” from claim “%2”").arg(StoreCommand::elide(it->quote), claimLabel(c));
        c.anchors.erase(it);
        return true;
    });
}

bool ProjectStore::setClaimTitle(ClaimId id, const QString& title)
{
    return editClaim(*d, this, id, [&](ClaimRecord& c, QString& label) {
        if (title.simplified().isEmpty())
            return !d->invalid(tr("A claim needs a title."));
        label = tr("Rename claim “%1”").arg(claimLabel(c));
        c.title = title.simplified();
        return true;
    });
}

bool ProjectStore::setClaimVerdict(ClaimId id, const QString& verdict)
{
    return editClaim(*d, this, id, [&](ClaimRecord& c, QString& label) {
        const std::optional<QString> value = d->checkedVerdict(verdict, ratingScale());
        if (!value)
            return false;
        c.verdict = *value;
        label = value->isEmpty() ? tr("Clear verdict of claim “%1”").arg(claimLabel(c))
                                 : tr("Verdict '%1' on claim “%2”").arg(Builtins::ratingLabel(*value), claimLabel(c));
        return true;
    });
}

bool ProjectStore::setClaimRationale(ClaimId id, const QString& rationale)
{
    return editClaim(
        *d, this, id,
        [&](ClaimRecord& c, QString& label) {
            c.rationale = rationale;
            label = tr("Edit rationale of claim “%1”").arg(claimLabel(c));
            return true;
        },
        ClaimCommand::Field::Rationale);
}

bool ProjectStore::setClaimSpeaker(ClaimId id, EntityId speaker)
{
    return editClaim(*d, this, id, [&](ClaimRecord& c, QString& label) {
        if (speaker == 0) {
            c.speaker = 0;
            label = tr("Clear speaker of claim “%1”").arg(claimLabel(c));
            return true;
        }
        const Entity e = d->readEntity(speaker);
        if (!e.id)
            return !d->invalid(tr("There is no person or organisation %1.").arg(speaker));
        c.speaker = speaker;
        label = tr("Speaker '%1' on claim “%2”").arg(e.name, claimLabel(c));
        return true;
    });
}

bool ProjectStore::addClaimEvidence(ClaimId id, const EvidenceLink& link)
{
    return editClaim(*d, this, id, [&](ClaimRecord& c, QString& label) {
        if (link.url.trimmed().isEmpty())
            return !d->invalid(tr("Evidence needs a URL."));
        EvidenceLink e = link;
        e.id = 0; // assigned when performed, then kept for redo
        e.url = e.url.trimmed();
        c.evidence.append(e);
        label = tr("Add evidence to claim “%1”").arg(claimLabel(c));
        return true;
    });
}

bool ProjectStore::removeClaimEvidence(ClaimId id, qint64 evidenceId)
{
    return editClaim(*d, this, id, [&](ClaimRecord& c, QString& label) {
        const auto it = std::find_if(c.evidence.begin(), c.evidence.end(),
                                     [&](const EvidenceLink& e) { return e.id == evidenceId; });
        if (it == c.evidence.end())
            return !d->invalid(tr("Claim %1 has no evidence %2.").arg(id).arg(evidenceId));
        c.evidence.erase(it);
        label = tr("Remove evidence from claim “%1”").arg(claimLabel(c));
        return true;
    });
}

} // namespace Crossread
