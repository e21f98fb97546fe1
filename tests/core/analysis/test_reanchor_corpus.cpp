// SPDX-License-Identifier: MIT
// Re-anchoring every sentence of a corpus article onto an edited copy: an inserted paragraph, a
// deleted paragraph and a respelled word. Each sentence must land exactly where the edits moved
// it, be attached as reworded, or not be attached at all — never somewhere else.
#include "analysis/reanchor.h"
#include "testsupport.h"
#include "text/offsets.h"

#include <gtest/gtest.h>

using namespace Crossread;
using namespace Qt::StringLiterals;

namespace {

TEST(ReanchorCorpus, EditedCopyOfTheReport)
{
    CROSSREAD_REQUIRE_CORPUS();
    const QString old = Crossread::Test::corpusText(u"report-2025-04-dprk-confirms.txt"_s);
    ASSERT_FALSE(old.isEmpty());
    // Code points equal UTF-16 units in this article (no characters outside the BMP).
    ASSERT_EQ(codePointLength(old), old.size());

    // Edits: a paragraph inserted at the top, the third line deleted, "honour" respelled.
    const QString inserted = u"Editor's note: this article was updated with reactions from Seoul and Kyiv.\n"_s;
    QList<qsizetype> lineStarts{0};
    for (qsizetype i = 0; i < old.size(); ++i) {
        if (old[i] == u'\n')
            lineStarts.append(i + 1);
    }
    ASSERT_GE(lineStarts.size(), 5);
    const qsizetype delStart = lineStarts[2], delEnd = lineStarts[3];
    QString edited = inserted + old.left(delStart) + old.mid(delEnd);
    edited.replace(u"honour"_s, u"honor"_s);
    const auto mapped = [&](qsizetype pos) {
        qsizetype n = pos + inserted.size() - (pos >= delEnd ? delEnd - delStart : 0);
        for (qsizetype at = old.indexOf(u"honour"_s); at >= 0 && at < pos; at = old.indexOf(u"honour"_s, at + 1)) {
            if (at < delStart || at >= delEnd)
                --n;
        }
        return n;
    };

    // One annotation per sentence (at least 20 characters), with the stored context.
    QList<Annotation> annotations;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= old.size(); ++i) {
        const bool end = i == old.size() || old[i] == u'\n' || (old[i] == u'.' && i + 1 < old.size() && old[i + 1] == u' ');
        if (!end)
            continue;
        const qsizetype s = start, e = i < old.size() && old[i] == u'.' ? i + 1 : i;
        start = i + 1;
        const QString quote = old.mid(s, e - s).trimmed();
        if (quote.size() < 20)
            continue;
        Annotation a;
        a.id = annotations.size() + 1;
        a.start = old.indexOf(quote, s);
        a.end = a.start + quote.size();
        a.quote = quote;
        a.prefix = old.mid(std::max<qsizetype>(0, a.start - 32), a.start - std::max<qsizetype>(0, a.start - 32));
        a.suffix = old.mid(a.end, 32);
        annotations.append(a);
    }
    ASSERT_GE(annotations.size(), 15);

    const QList<ReanchorEntry> audit = Reanchorer(edited, old).audit(annotations);
    ASSERT_EQ(audit.size(), annotations.size());
    int moved = 0, reworded = 0, gone = 0;
    for (qsizetype i = 0; i < audit.size(); ++i) {
        const Annotation& a = annotations[i];
        const ReanchorEntry& e = audit[i];
        const bool deleted = a.start >= delStart && a.end <= delEnd;
        const bool respelled = a.quote.contains(u"honour"_s);
        SCOPED_TRACE(a.quote.toStdString());
        if (deleted) {
            // Only a sentence that also occurs elsewhere could be found, and then only there.
            if (e.newStart >= 0)
                EXPECT_EQ(e.newQuote, a.quote);
            else
                ++gone;
            continue;
        }
        if (respelled) {
            EXPECT_EQ(e.status, ReanchorStatus::Reworded);
            EXPECT_EQ(e.newStart, mapped(a.start));
            EXPECT_TRUE(e.newQuote.contains(u"honor"_s));
            ++reworded;
            continue;
        }
        EXPECT_TRUE(e.status == ReanchorStatus::Moved) << reanchorStatusName(e.status).toStdString();
        EXPECT_EQ(e.newStart, mapped(a.start));
        EXPECT_EQ(e.newQuote, a.quote);
        ++moved;
    }
    EXPECT_GT(moved, 10);
    EXPECT_GE(reworded, 1);
    EXPECT_GE(gone, 1);
}

} // namespace
