// SPDX-License-Identifier: MIT
#include "schema.h"

#include "database.h"

namespace Crossread::Schema {

// Owned by the claims and revisions work (issue #9); filled in there.
void addClaimsAndRevisions(Database& db)
{
    Q_UNUSED(db);
}

} // namespace Crossread::Schema
