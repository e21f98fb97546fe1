// SPDX-License-Identifier: MIT
// Folding, units and the word diff: the pieces the matcher stands on.
#include "matching/alignment.h"
#include "matching/matchtext.h"
#include "matching/wordfold.h"

#include <gtest/gtest.h>

using namespace Crossread;
using namespace Crossread::Matching;

namespace {

struct FoldCase
{
    const char* a;
    const char* b;
};

class FoldsTogether : public ::testing::TestWithParam<FoldCase>
{
};

} // namespace

TEST_P(FoldsTogether, SameFoldedForm)
{
    EXPECT_EQ(foldedForm(QString::fromUtf8(GetParam().a)), foldedForm(QString::fromUtf8(GetParam().b)));
}

INSTANTIATE_TEST_SUITE_P(Spelling, FoldsTogether,
                         ::testing::Values(FoldCase{"honour", "honor"}, FoldCase{"Honoured", "honored"},
                                           FoldCase{"neighbourliness", "neighborliness"},
                                           FoldCase{"defence", "defense"}, FoldCase{"recognised", "recognized"},
                                           FoldCase{"centre", "center"}, FoldCase{"People’s", "people's"},
                                           FoldCase{"forces", "force"}, FoldCase{"heroes", "hero"},
                                           FoldCase{"participated", "participation"},
                                           FoldCase{"liberation", "liberated"}, FoldCase{"equally", "equal"}));

TEST(WordFold, KeepsDifferentWordsApart)
{
    EXPECT_NE(foldedForm(QStringLiteral("four")), foldedForm(QStringLiteral("for")));
    EXPECT_NE(foldedForm(QStringLiteral("your")), foldedForm(QStringLiteral("yor")));
    EXPECT_NE(foldedForm(QStringLiteral("common")), foldedForm(QStringLiteral("shared")));
    EXPECT_TRUE(isStopWord(foldedForm(QStringLiteral("The"))));
    EXPECT_FALSE(isStopWord(foldedForm(QStringLiteral("never"))));
}

TEST(MatchText, QuotationsAndSentencesBecomeUnitsWithCodePointOffsets)
{
    // 😀 is outside the BMP: offsets must count it as one.
    const QString text = QStringLiteral("😀 Intro line here. She said, “We will never forget our friends,” and left.\n"
                                        "Another plain sentence follows here.");
    const MatchText t = MatchText::build(text);
    ASSERT_EQ(t.units.size(), 3u);
    EXPECT_FALSE(t.units[0].quoted);
    EXPECT_EQ(t.mid(t.units[0].span.start, t.units[0].span.end), QStringLiteral("😀 Intro line here."));
    EXPECT_TRUE(t.units[1].quoted);
    EXPECT_EQ(t.mid(t.units[1].span.start, t.units[1].span.end), QLatin1String("We will never forget our friends"));
    EXPECT_EQ(t.units[1].span.start, 30); // code points, not UTF-16 units
    EXPECT_EQ(t.mid(t.units[2].span.start, t.units[2].span.end), QLatin1String("Another plain sentence follows here."));
}

TEST(MatchText, LineBreaksInsideSentencesDoNotEndThem)
{
    const MatchText t = MatchText::build(QStringLiteral("emphasized that “we will never forget our\n\nfriends.” Next one."));
    ASSERT_EQ(t.quotations.size(), 1u);
    EXPECT_EQ(t.mid(t.quotations[0].start, t.quotations[0].end), QLatin1String("we will never forget our\n\nfriends."));
}

TEST(MatchText, BadInputDoesNotCrash)
{
    for (const QString& s : {QString(), QStringLiteral("“"), QStringLiteral("\"unclosed quote and more"),
                             QStringLiteral("....!!!???"), QString(5000, QChar(0x201C)), QStringLiteral("\r\n\r\n")}) {
        const MatchText t = MatchText::build(s);
        EXPECT_LE(t.units.size(), t.words.size() + 1);
    }
}

TEST(WordDiff, ReportsAddedAndRemovedWordsAndFoldsSpelling)
{
    const QList<WordDiffOp> ops = wordDiff(QStringLiteral("We will always honour our shared freedom."),
                                           QStringLiteral("We will always honor our common freedom, forever."));
    const QList<WordDiffOp> expected{{WordDiffOp::Kind::Same, QStringLiteral("We will always honor our")},
                                     {WordDiffOp::Kind::Added, QStringLiteral("common")},
                                     {WordDiffOp::Kind::Removed, QStringLiteral("shared")},
                                     {WordDiffOp::Kind::Same, QStringLiteral("freedom")},
                                     {WordDiffOp::Kind::Added, QStringLiteral("forever")}};
    EXPECT_EQ(ops, expected);
    EXPECT_TRUE(wordDiff(QString(), QString()).isEmpty());
}

TEST(Alignment, FindsTheSharedStretchWithinTheCellCap)
{
    const MatchText a = MatchText::build(QStringLiteral("Unrelated opening words here. We will always honour the Korean heroes."));
    const MatchText b = MatchText::build(QStringLiteral("We will always honor the Korean heroes who gave their lives."));
    const Alignment al = alignWords(a, 0, int(a.words.size()), b, 0, int(b.words.size()), 1000);
    ASSERT_TRUE(al.valid());
    EXPECT_EQ(a.wordText(al.aBegin), QLatin1String("We"));
    EXPECT_EQ(b.wordText(al.bBegin), QLatin1String("We"));
    EXPECT_EQ(b.wordText(al.bEnd - 1), QLatin1String("heroes"));
    EXPECT_EQ(al.matchedContent, 4); // always, honour, Korean, heroes
    // A tiny cap still answers, on a window only.
    const Alignment small = alignWords(a, 0, int(a.words.size()), b, 0, int(b.words.size()), 20);
    EXPECT_LE(qint64(small.aEnd - small.aBegin) * qint64(small.bEnd - small.bBegin), 20);
}
