// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>

namespace Crossread {

/// Roles of the claim and coverage models (issue 9). They start well above roles.h so the two
/// lists can grow independently.
enum CoverageRole {
    CarriedRole = Qt::UserRole + 100, // bool: the outlet carries the row's claim or speaker
    ProminenceRole, // QString key: "headline", "lead", "body", "last-third"; empty when not carried
    ProminenceRankRole, // int 0 (headline) … 3 (last third); -1 when not carried
    FramingRole, // QString key: "direct", "paraphrase", "anonymous", "hedged"; empty when not carried
    VerdictColorRole, // QColor of the row's verdict; invalid when there is none
    AnchorIdsRole, // QVariantList of AnnotationId: the anchors of this cell (or of a claim row)
    PassageRole, // QVariant holding a PassageLocation: the cell's first anchor, for "open passage"
    ClaimIdRole, // qint64 id of the claim record of the row (0 for speaker rows)
    RowKindRole, // int: 0 claim row, 1 speaker row
    OutletRole, // QString: the outlet of the column (also in headerData)
};

} // namespace Crossread
