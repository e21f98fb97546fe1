// SPDX-License-Identifier: MIT
// Re-anchoring annotations onto an edited copy of their text (Reanchorer).
#include "analysis/reanchor.h"
#include "text/offsets.h"

#include <gtest/gtest.h>

using namespace Crossread;
using namespace Qt::StringLiterals;

namespace {

const QString kOld = u"North Korean troops fought in Kursk\n"
                     u"Gerasimov said that the Kursk region had been fully liberated from Ukrainian forces on Saturday.\n"
                     u"Putin thanked the Korean heroes and representatives of the honour of the DPRK for their service.\n"
                     u"Analysts said the figures could not be verified independently by anyone outside the region.\n"
                     u"Zakharova stressed the treaty. Residents of the Kursk region told reporters the shelling had stopped.\n"
                     u"The end.\n"_s;

// Inserted paragraph after the second, a reworded quote, a deleted paragraph, a deleted sentence.
const QString kNew = u"North Korean troops fought in Kursk\n"
                     u"Gerasimov said that the Kursk region had been fully liberated from Ukrainian forces on Saturday.\n"
                     u"Kyiv denied this and said fighting continued near the border on Sunday and Monday.\n"
                     u"Putin thanked the Korean heroes and the representatives of the honor of the DPRK for their service.\n"
                     u"Zakharova stressed the treaty.\n"
                     u"The end.\n"_s;

/// An annotation over the `occurrence`-th (0-based) match of `quote` in `text`, with 32 code points of context.
Annotation annotate(const QString& text, const QString& quote, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(quote, at + 1);
    EXPECT_GE(at, 0) << quote.toStdString();
    Annotation a;
    a.id = occurrence + 1;
    a.start = at;
    a.end = at + quote.size();
    a.quote = quote;
    a.prefix = text.mid(std::max<qsizetype>(0, at - 32), at - std::max<qsizetype>(0, at - 32));
    a.suffix = text.mid(at + quote.size(), 32);
    return a;
}

TEST(Reanchor, UnchangedPassageStaysExact)
{
    const Annotation a = annotate(kOld, u"Gerasimov said that the Kursk region had been fully liberated"_s);
    const ReanchorResult r = Reanchorer(kNew, kOld).locate(a);
    EXPECT_EQ(r.status, ReanchorStatus::Exact);
    EXPECT_EQ(r.start, a.start);
    EXPECT_DOUBLE_EQ(r.confidence, 1.0);
}

TEST(Reanchor, PassageAfterAnInsertedParagraphMoves)
{
    const Annotation a = annotate(kOld, u"Zakharova stressed the treaty."_s);
    const ReanchorResult r = Reanchorer(kNew, kOld).locate(a);
    EXPECT_EQ(r.status, ReanchorStatus::Moved);
    EXPECT_EQ(codePointMid(kNew, r.start, r.end), a.quote);
    EXPECT_NE(r.start, a.start);
}

TEST(Reanchor, RewordedQuoteIsAttachedWithConfidenceAndWordDiff)
{
    const Annotation a = annotate(kOld, u"the Korean heroes and representatives of the honour of the DPRK"_s);
    const ReanchorResult r = Reanchorer(kNew, kOld).locate(a);
    ASSERT_EQ(r.status, ReanchorStatus::Reworded);
    const QString now = codePointMid(kNew, r.start, r.end);
    EXPECT_TRUE(now.contains(u"honor"_s)) << now.toStdString();
    EXPECT_TRUE(now.startsWith(u"the Korean heroes"_s)) << now.toStdString();
    EXPECT_GT(r.confidence, 0.8);
    EXPECT_LT(r.confidence, 1.0);
    ReanchorEntry e;
    e.status = r.status;
    e.oldQuote = a.quote;
    e.newQuote = now;
    const QList<WordDiffOp> diff = reanchorDiff(e);
    const bool hasChange = std::any_of(diff.cbegin(), diff.cend(), [](const WordDiffOp& op) {
        return op.kind != WordDiffOp::Kind::Same;
    });
    EXPECT_TRUE(hasChange);
}

TEST(Reanchor, DeletedPassageIsOrphaned)
{
    const Annotation a = annotate(kOld, u"the figures could not be verified independently"_s);
    const ReanchorResult r = Reanchorer(kNew, kOld).locate(a);
    EXPECT_EQ(r.status, ReanchorStatus::Orphaned);
    EXPECT_EQ(r.start, -1);
}

TEST(Reanchor, RepeatedPhraseWhoseOwnOccurrenceWasDeletedIsNotCaptured)
{
    // The second "the Kursk region" (residents' sentence) is gone; the first one survives.
    const Annotation a = annotate(kOld, u"the Kursk region"_s, 1);
    const ReanchorResult r = Reanchorer(kNew, kOld).locate(a);
    EXPECT_NE(r.status, ReanchorStatus::Exact);
    EXPECT_NE(r.status, ReanchorStatus::Moved);
    EXPECT_NE(r.status, ReanchorStatus::Reworded);
    EXPECT_EQ(r.start, -1);
}

TEST(Reanchor, RepeatedPhraseFollowsItsContext)
{
    const QString before = u"Morning: the Kursk region is calm, officials said.\nEvening: the Kursk region is calm, residents said.\n"_s;
    const QString after = u"A new first paragraph was added by the editors overnight.\n"_s + before;
    const Annotation a = annotate(before, u"the Kursk region is calm"_s, 1);
    const ReanchorResult r = Reanchorer(after, before).locate(a);
    ASSERT_EQ(r.status, ReanchorStatus::Moved);
    EXPECT_EQ(r.start, after.lastIndexOf(u"the Kursk region is calm"_s));
}

TEST(Reanchor, RepeatedPhraseWithoutTellingContextIsAmbiguousNeverWrong)
{
    const QString before = u"The Kursk region is calm.\nThe Kursk region is calm.\n"_s;
    const QString after = u"Update.\nThe Kursk region is calm.\nThe Kursk region is calm.\nThe Kursk region is calm.\n"_s;
    for (int occurrence = 0; occurrence < 2; ++occurrence) {
        const Annotation a = annotate(before, u"The Kursk region is calm."_s, occurrence);
        const ReanchorResult r = Reanchorer(after, before).locate(a);
        EXPECT_EQ(r.status, ReanchorStatus::Ambiguous) << occurrence;
        EXPECT_EQ(r.candidates, 3);
        EXPECT_EQ(r.start, -1);
    }
}

TEST(Reanchor, AuditHasOneEntryPerAnnotationInOrder)
{
    const QList<Annotation> list{annotate(kOld, u"Gerasimov said"_s), annotate(kOld, u"the figures could not be verified"_s),
                                 annotate(kOld, u"Zakharova stressed the treaty."_s)};
    const QList<ReanchorEntry> audit = Reanchorer(kNew, kOld).audit(list);
    ASSERT_EQ(audit.size(), 3);
    EXPECT_EQ(audit[0].status, ReanchorStatus::Exact);
    EXPECT_EQ(audit[1].status, ReanchorStatus::Orphaned);
    EXPECT_EQ(audit[1].newQuote, QString());
    EXPECT_EQ(audit[2].status, ReanchorStatus::Moved);
    EXPECT_EQ(audit[2].newQuote, u"Zakharova stressed the treaty."_s);
    EXPECT_EQ(audit[2].oldAnnotation, list[2].id);
}

TEST(Reanchor, ShortQuotesAreNeverMatchedFuzzily)
{
    const QString before = u"It happened on Saturday in Kursk, witnesses said."_s;
    const QString after = u"It happened on Sunday in Kursk, witnesses said."_s;
    const ReanchorResult r = Reanchorer(after, before).locate(annotate(before, u"Saturday"_s));
    EXPECT_EQ(r.status, ReanchorStatus::Orphaned);
}

} // namespace
