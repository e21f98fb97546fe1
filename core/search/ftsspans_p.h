// SPDX-License-Identifier: MIT
// The FTS5 auxiliary function that reports where each hit lies (private to core/search).
#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace Crossread {

class Database;

/// Registers `crossread_spans(table)` on `db` once per connection. For the current row it
/// returns a blob of little-endian int32 pairs: the UTF-8 byte range of each phrase instance
/// in the table's first column (FTS5 itself only offers highlighted text, not positions).
void registerSpanFunction(Database& db);

/// Decodes that blob into sorted, merged byte ranges.
QList<std::pair<int, int>> decodeSpans(const QByteArray& blob);

} // namespace Crossread
