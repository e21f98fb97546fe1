// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace Crossread {

/// Inflates what qCompress() made (a 4-byte big-endian size, then a zlib stream) without
/// trusting it: the claimed size must be at most `limit`, and the stream must end after
/// producing exactly that many bytes; nullopt otherwise. Memory use is bounded by the claim.
///
/// qUncompress() cannot be used on data from a file: it grows its buffer for as long as the
/// stream goes on, so a few hundred kilobytes of hostile stream inflate to gigabytes whatever
/// the header says.
std::optional<QByteArray> inflateBounded(QByteArrayView compressed, qsizetype limit);

} // namespace Crossread
