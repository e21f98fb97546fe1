// SPDX-License-Identifier: MIT
#include "boundedinflate.h"

#include <QtEndian>

#include <algorithm>
#include <climits>
#define ZLIB_CONST // next_in points to const bytes
#include <zlib.h>

namespace Crossread {

std::optional<QByteArray> inflateBounded(QByteArrayView compressed, qsizetype limit)
{
    constexpr qsizetype header = 4;
    if (compressed.size() <= header || compressed.size() - header > qsizetype(UINT_MAX))
        return std::nullopt;
    const quint32 claimed = qFromBigEndian<quint32>(compressed.data());
    if (claimed == 0 || qint64(claimed) > qint64(limit))
        return std::nullopt;

    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<const Bytef*>(compressed.data() + header);
    stream.avail_in = uInt(compressed.size() - header);
    // The buffer grows with what the stream really produces (a false claim must not allocate
    // it at once), up to one byte beyond the claim: a stream that fills that byte lied.
    const qsizetype ceiling = qsizetype(claimed) + 1;
    QByteArray out(std::min<qsizetype>(ceiling, std::max<qsizetype>(64 * 1024, stream.avail_in * qsizetype(4))),
                   Qt::Uninitialized);
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    bool ended = false;
    while (!ended) {
        const int result = inflate(&stream, Z_NO_FLUSH);
        if (result == Z_STREAM_END) {
            ended = true;
        } else if (result != Z_OK && result != Z_BUF_ERROR) {
            break; // damaged stream
        } else if (stream.avail_out == 0) {
            if (out.size() == ceiling)
                break; // more than claimed
            const qsizetype done = out.size();
            out.resize(std::min(ceiling, done * 2));
            stream.next_out = reinterpret_cast<Bytef*>(out.data() + done);
            stream.avail_out = uInt(out.size() - done);
        } else {
            break; // inflate() returns with room left only when the input ran out: cut short
        }
    }
    const uLong produced = stream.total_out;
    inflateEnd(&stream);
    if (!ended || produced != claimed)
        return std::nullopt;
    out.truncate(qsizetype(claimed));
    return out;
}

} // namespace Crossread
