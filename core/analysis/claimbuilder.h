// SPDX-License-Identifier: MIT
#pragma once

#include "matching/statementcluster.h"
#include "store/types.h"

#include <QCoreApplication>
#include <QList>

namespace Crossread {

class ProjectStore;

/// Builds claim records from what the matcher found, through the store's public API.
class ClaimBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(Crossread::ClaimBuilder)

public:
    /// Confirms `cluster` (ClusterActions::confirm: annotations and "same statement" links) and
    /// creates one claim record anchored at its members' annotations, titled after the earliest
    /// rendering, with the cluster's speaker. One undo step ("Claim from statement…"). When the
    /// members already anchor one claim, that claim is returned and members not yet anchored are
    /// added to it. Returns the claim id or 0.
    static ClaimId fromCluster(ProjectStore& store, const StatementCluster& cluster);
    /// The statement clusters of the project as `crossread-cli clusters` numbers them.
    static QList<StatementCluster> projectClusters(const ProjectStore& store);
};

} // namespace Crossread
