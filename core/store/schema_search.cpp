// SPDX-License-Identifier: MIT
#include "schema.h"

#include "database.h"

namespace Crossread::Schema {

// Owned by the full-text search work (issue #7); filled in there.
void addSearchIndex(Database& db)
{
    Q_UNUSED(db);
}

} // namespace Crossread::Schema
