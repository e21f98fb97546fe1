// SPDX-License-Identifier: MIT
#pragma once

#include "statementcluster.h"

#include <QCoreApplication>

namespace Crossread {

class ProjectStore;

/// What the user does with a statement cluster, through the store's public API only.
class ClusterActions final
{
    Q_DECLARE_TR_FUNCTIONS(ClusterActions)

public:
    /// The annotation over exactly this member's range, or 0.
    static AnnotationId memberAnnotation(const ProjectStore& store, const ClusterMember& member);

    /// True when every member has an annotation and all are joined by "same statement as" links.
    static bool isConfirmed(const ProjectStore& store, const StatementCluster& cluster);

    /// Confirms the cluster as one undo step: annotates members that have no annotation yet
    /// (Attribution, with the cluster's speaker) and links every other member to the first with
    /// "same statement as". Returns the members' annotation ids in member order, or none on failure.
    static QList<AnnotationId> confirm(ProjectStore& store, const StatementCluster& cluster);

    /// Splits `members` (indices into cluster.members) off into a cluster of their own. The split
    /// is remembered in the project (undoable), so later matching runs keep them apart, and links
    /// between the two parts are removed. Returns false when the split would leave a part empty.
    static bool split(ProjectStore& store, const StatementCluster& cluster, const QList<int>& members);

    /// Applies the splits remembered in the project to freshly matched clusters; parts with
    /// members in fewer than two documents are dropped.
    static QList<StatementCluster> applySplits(const ProjectStore& store, QList<StatementCluster> clusters);

    /// Annotations linked to `annotation` by "same statement as" (directly or through others)
    /// whose verdict differs from its verdict: the members a new verdict should be offered to.
    static QList<AnnotationId> membersLackingVerdict(const ProjectStore& store, AnnotationId annotation);

    /// Gives `annotation`'s verdict to `targets` as one undo step.
    static bool offerVerdict(ProjectStore& store, AnnotationId annotation, const QList<AnnotationId>& targets);
};

} // namespace Crossread
