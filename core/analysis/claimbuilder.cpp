// SPDX-License-Identifier: MIT
#include "claimbuilder.h"

#include "matching/clusteractions.h"
#include "matching/clusterjob.h"
#include "matching/quotematcher.h"
#include "store/projectstore.h"

#include <QSet>
#include <QUndoStack>

namespace Crossread {

/// The first rendering, cut at a word boundary: the claim's default title.
static QString titleOf(const QString& text)
{
    constexpr qsizetype max = 100;
    if (text.size() <= max)
        return text;
    qsizetype cut = text.lastIndexOf(u' ', max - 1);
    if (cut < max / 2)
        cut = max - 1;
    return text.left(cut) + u'…';
}

ClaimId ClaimBuilder::fromCluster(ProjectStore& store, const StatementCluster& cluster)
{
    if (cluster.members.isEmpty() || store.isReadOnly() || !store.isOpen())
        return 0;
    // Already done: answer without an empty undo step.
    if (ClusterActions::isConfirmed(store, cluster)) {
        QSet<ClaimId> owners;
        for (const ClusterMember& m : cluster.members)
            owners.insert(store.claimOfAnnotation(ClusterActions::memberAnnotation(store, m)));
        if (owners.size() == 1 && *owners.cbegin() != 0)
            return *owners.cbegin();
    }
    QUndoStack* stack = store.undoStack();
    const int before = stack->count();
    const QString first = cluster.members.first().text.simplified();
    const QString shortText = first.size() > 40 ? first.left(39) + u'…' : first;
    stack->beginMacro(tr("Claim from statement “%1”").arg(shortText));
    ClaimId claim = 0;
    const QList<AnnotationId> ids = ClusterActions::confirm(store, cluster);
    if (!ids.isEmpty()) {
        QList<AnnotationId> free;
        for (const AnnotationId id : ids) {
            const ClaimId owner = store.claimOfAnnotation(id);
            if (owner && !claim)
                claim = owner;
            else if (!owner && !free.contains(id))
                free.append(id);
        }
        bool ok = true;
        if (!claim) {
            claim = store.createClaim(free, titleOf(first));
            ok = claim != 0;
        } else {
            for (const AnnotationId id : std::as_const(free))
                ok = ok && store.addClaimAnchor(claim, id);
        }
        if (ok && claim && !cluster.speaker.isEmpty()) {
            const std::optional<ClaimRecord> record = store.claim(claim);
            if (record && !record->speaker) {
                const EntityId speaker = store.ensureEntity(cluster.speaker);
                ok = speaker && store.setClaimSpeaker(claim, speaker);
            }
        }
        if (!ok)
            claim = 0;
    }
    stack->endMacro();
    // A failed build leaves no half-made step behind.
    if (!claim && stack->count() > before)
        stack->undo();
    return claim;
}

QList<StatementCluster> ClaimBuilder::projectClusters(const ProjectStore& store)
{
    return ClusterActions::applySplits(store, QuoteMatcher::cluster(matchDocumentsOf(store)));
}

} // namespace Crossread
