// SPDX-License-Identifier: MIT
// Prominence rules (TextLayout) and framing (quoted, paraphrased, anonymous, hedged).
#include "analysis/framing.h"
#include "analysis/prominence.h"

#include <gtest/gtest.h>

using namespace Crossread;
using namespace Qt::StringLiterals;

namespace {

const QString kArticle = u"North Korean troops fought in the Kursk region, officials confirm\n"
                         u"Seoul, April 28\n"
                         u"\n"
                         u"Gerasimov said on Saturday that the region had been liberated by Russian forces with help from allies.\n"
                         u"The statement was the first official acknowledgement of the deployment after months of denials.\n"
                         u"Analysts in Seoul said the numbers remained unclear and that casualties were probably high.\n"
                         u"Pyongyang's state media carried the news a day later, praising the soldiers as heroes of the nation.\n"
                         u"Kyiv did not comment.\n"_s;

qint64 at(const QString& text, const QString& phrase)
{
    const qint64 i = text.indexOf(phrase);
    EXPECT_GE(i, 0) << phrase.toStdString();
    return i;
}

TEST(Prominence, ParagraphsAreNonBlankLines)
{
    const TextLayout layout = TextLayout::of(kArticle);
    EXPECT_EQ(layout.paragraphs.size(), 7); // the blank line separates but is no paragraph
    EXPECT_EQ(layout.titleParagraph, 0);
    EXPECT_EQ(layout.firstParagraph, 2); // the dateline is too short to be the lede
    EXPECT_EQ(layout.bodyStart, at(kArticle, u"Gerasimov"_s));
    EXPECT_EQ(layout.bodyEnd, kArticle.size() - 1);
    EXPECT_EQ(layout.lastThirdStart, layout.bodyStart + (layout.bodyEnd - layout.bodyStart) * 2 / 3);
    EXPECT_EQ(layout.paragraphAt(at(kArticle, u"Seoul, April"_s)), 1);
    EXPECT_EQ(layout.paragraphAt(at(kArticle, u"\n\n"_s) + 1), -1);
}

TEST(Prominence, HeadlineFirstParagraphBodyAndLastThird)
{
    const TextLayout layout = TextLayout::of(kArticle);
    const auto classify = [&](const QString& phrase) {
        const qint64 s = at(kArticle, phrase);
        return layout.classify(s, s + phrase.size());
    };
    EXPECT_EQ(classify(u"North Korean troops fought"_s), Prominence::Headline);
    EXPECT_EQ(classify(u"the region had been liberated"_s), Prominence::FirstParagraph);
    EXPECT_EQ(classify(u"first official acknowledgement"_s), Prominence::Body);
    EXPECT_EQ(classify(u"praising the soldiers as heroes"_s), Prominence::LastThird);
    EXPECT_EQ(classify(u"Kyiv did not comment"_s), Prominence::LastThird);
}

TEST(Prominence, LastThirdStartsExactlyAtTwoThirdsOfTheBody)
{
    const TextLayout layout = TextLayout::of(kArticle);
    const qint64 boundary = layout.lastThirdStart;
    ASSERT_EQ(layout.paragraphAt(boundary) == layout.firstParagraph, false);
    EXPECT_EQ(layout.classify(boundary, boundary + 3), Prominence::LastThird);
    EXPECT_EQ(layout.classify(boundary - 1, boundary + 3), Prominence::Body);
}

TEST(Prominence, TitleMetadataDecidesAFirstLineEndingWithAPeriod)
{
    const QString text = u"Troops confirmed.\nThe ministry confirmed on Monday that the troops had taken part in the fighting there.\n"_s;
    EXPECT_EQ(prominenceOf(text, QString(), 0, 6), Prominence::Body);
    EXPECT_EQ(prominenceOf(text, u"Troops confirmed"_s, 0, 6), Prominence::Headline);
}

TEST(Prominence, ASingleParagraphHasNoHeadline)
{
    const QString text = u"Gerasimov said on Saturday that the region had been liberated by Russian forces with help."_s;
    EXPECT_EQ(prominenceOf(text, text, 0, 9), Prominence::FirstParagraph);
    EXPECT_EQ(prominenceOf(QString(), QString(), 0, 0), Prominence::Body);
}

TEST(Prominence, NamesAreStable)
{
    EXPECT_EQ(prominenceName(Prominence::Headline), u"headline"_s);
    EXPECT_EQ(prominenceName(Prominence::FirstParagraph), u"first-paragraph"_s);
    EXPECT_EQ(prominenceName(Prominence::LastThird), u"last-third"_s);
    EXPECT_FALSE(prominenceLabel(Prominence::Body).isEmpty());
}

struct FramingCase
{
    const char16_t* text;
    const char16_t* passage;
    bool quoted;
    bool anonymous;
    bool hedged;
    Framing primary;
};

class FramingRules : public ::testing::TestWithParam<FramingCase>
{
};

TEST_P(FramingRules, Classify)
{
    const FramingCase c = GetParam();
    const QString text = QString::fromUtf16(c.text);
    const QString passage = QString::fromUtf16(c.passage);
    const qint64 s = text.indexOf(passage);
    ASSERT_GE(s, 0);
    const FramingInfo f = framingOf(text, s, s + passage.size());
    EXPECT_EQ(f.quoted, c.quoted) << text.toStdString();
    EXPECT_EQ(f.anonymous, c.anonymous) << text.toStdString();
    EXPECT_EQ(f.hedged, c.hedged) << text.toStdString();
    EXPECT_EQ(f.primary(), c.primary) << text.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Passages, FramingRules,
    ::testing::Values(
        FramingCase{u"Putin said: “We will never forget our friends.” He spoke in Moscow.", u"We will never forget our friends",
                    true, false, false, Framing::Direct},
        FramingCase{u"Putin said Russia would never forget its friends. He spoke in Moscow.",
                    u"Russia would never forget its friends", false, false, false, Framing::Paraphrased},
        FramingCase{u"Sources say the troops numbered 12,000 in total. Nothing else is known.",
                    u"the troops numbered 12,000", false, true, true, Framing::Anonymous},
        FramingCase{u"The troops allegedly numbered 12,000, the ministry said. Nothing else is known.",
                    u"The troops allegedly numbered 12,000", false, false, true, Framing::Hedged},
        FramingCase{u"“The region is completely free.” An unnamed official said so on Monday.",
                    u"The region is completely free", true, true, true, Framing::Anonymous},
        FramingCase{u"The region is free, according to reports from the front. Kyiv disagrees.",
                    u"The region is free", false, true, true, Framing::Anonymous},
        // The hedge of another sentence does not spill over.
        FramingCase{u"Gerasimov said the region is free. The casualties reportedly ran high.", u"the region is free",
                    false, false, false, Framing::Paraphrased}));

TEST(Framing, SummaryAndNames)
{
    FramingInfo f;
    f.quoted = true;
    f.hedged = true;
    EXPECT_EQ(f.primary(), Framing::Hedged);
    EXPECT_TRUE(f.summary().contains(u"·"_s));
    EXPECT_EQ(framingName(Framing::Anonymous), u"anonymous"_s);
    EXPECT_TRUE(isAnonymousSourcePhrase(u"people familiar with the matter"_s));
    EXPECT_FALSE(isAnonymousSourcePhrase(u"Maria Zakharova said"_s));
}

} // namespace
