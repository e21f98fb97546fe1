// SPDX-License-Identifier: MIT
#include "ftsspans_p.h"

#include "store/database.h"

#include <QtEndian>

#include <algorithm>
#include <sqlite3.h>
#include <vector>

namespace Crossread {

namespace {

const char* const kClientData = "crossread.spans";

struct Tokens
{
    std::vector<std::pair<int, int>> ranges; // byte range of each token position
    size_t needed = 0; // tokenizing stops once this many positions are known
};

int collectToken(void* context, int flags, const char*, int, int start, int end)
{
    auto* tokens = static_cast<Tokens*>(context);
    if (flags & FTS5_TOKEN_COLOCATED)
        return SQLITE_OK; // a synonym at the same position
    tokens->ranges.emplace_back(start, end);
    // Hits in a long article often all lie near its start; the rest need not be tokenized.
    return tokens->ranges.size() >= tokens->needed ? SQLITE_DONE : SQLITE_OK;
}

void spansFunction(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* result, int, sqlite3_value**)
{
    int count = 0;
    int rc = api->xInstCount(fts, &count);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    struct Instance
    {
        int first;
        int last;
    };
    std::vector<Instance> instances;
    int maxToken = -1;
    for (int i = 0; i < count; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) != SQLITE_OK || column != 0)
            continue;
        const int size = std::max(1, api->xPhraseSize(fts, phrase));
        instances.push_back({offset, offset + size - 1});
        maxToken = std::max(maxToken, offset + size - 1);
    }
    QByteArray out;
    if (maxToken >= 0) {
        const char* text = nullptr;
        int bytes = 0;
        rc = api->xColumnText(fts, 0, &text, &bytes);
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
        Tokens tokens;
        tokens.needed = size_t(maxToken) + 1;
        rc = api->xTokenize(fts, text, bytes, &tokens, &collectToken);
        if (rc != SQLITE_OK && rc != SQLITE_DONE) {
            sqlite3_result_error_code(result, rc);
            return;
        }
        out.reserve(qsizetype(instances.size() * 8));
        for (const Instance& inst : instances) {
            if (inst.first < 0 || size_t(inst.last) >= tokens.ranges.size())
                continue;
            char pair[8];
            qToLittleEndian<qint32>(tokens.ranges[size_t(inst.first)].first, pair);
            qToLittleEndian<qint32>(tokens.ranges[size_t(inst.last)].second, pair + 4);
            out.append(pair, 8);
        }
    }
    sqlite3_result_blob(result, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

fts5_api* fts5Api(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(st, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(st);
    }
    sqlite3_finalize(st);
    return api;
}

} // namespace

void registerSpanFunction(Database& db)
{
    sqlite3* handle = db.handle();
    if (sqlite3_get_clientdata(handle, kClientData))
        return;
    fts5_api* api = fts5Api(handle);
    if (!api)
        throw SqlError(SQLITE_ERROR, QStringLiteral("FTS5 is not available in this SQLite"));
    const int rc = api->xCreateFunction(api, "crossread_spans", nullptr, &spansFunction, nullptr);
    if (rc != SQLITE_OK)
        throw SqlError(rc, QStringLiteral("cannot register crossread_spans"));
    // Any non-null pointer marks the connection; it is never dereferenced.
    sqlite3_set_clientdata(handle, kClientData, handle, nullptr);
}

QList<std::pair<int, int>> decodeSpans(const QByteArray& blob)
{
    QList<std::pair<int, int>> spans;
    for (qsizetype i = 0; i + 8 <= blob.size(); i += 8)
        spans.append({qFromLittleEndian<qint32>(blob.constData() + i), qFromLittleEndian<qint32>(blob.constData() + i + 4)});
    std::sort(spans.begin(), spans.end());
    QList<std::pair<int, int>> merged;
    for (const auto& s : std::as_const(spans)) {
        if (!merged.isEmpty() && s.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, s.second);
        else
            merged.append(s);
    }
    return merged;
}

} // namespace Crossread
