// SPDX-License-Identifier: MIT
// Normalization, repair of hard-wrapped text, metadata heuristics and language detection.
#include "importtestutil.h"

#include "import/dates.h"
#include "import/language.h"
#include "import/metadata.h"
#include "import/normalize.h"
#include "import/textrepair.h"

using namespace Crossread;
using namespace Crossread::Import;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

TEST(ImportNormalize, LineEndsTrailingSpacesAndNfc)
{
    const QString decomposed = QStringLiteral("Cafe") + QChar(0x0301); // e + combining acute
    const QString input = u"\n\n  First line  \r\nSecond\t\rThird "_s + decomposed + u" \u2028Fourth\n\n\n"_s;
    const QString out = normalizeText(input);
    EXPECT_EQ(out, u"  First line\nSecond\nThird Caf\u00e9\nFourth"_s);
}

TEST(ImportNormalize, TypographyIsKept)
{
    const QString text = u"“Quoted” — and ‘single’ – dashes… 1\u00a0000"_s;
    EXPECT_EQ(normalizeText(text), text);
}

TEST(ImportNormalize, ControlCharactersGoButTabsStay)
{
    EXPECT_EQ(normalizeText(u"a\u0007b\tc\u001bd"_s), u"ab\tcd"_s);
}

// An invented report hard-wrapped at ~60 columns, as PDF copy-and-paste leaves it.
const QString kWrapped = QStringLiteral(
    " Flood barriers to be raised along the lower\n"
    "\n"
    "river before the autumn storms\n"
    "The regional water board said on Monday that it would raise the\n"
    "flood barriers along twelve kilometres of the lower river before\n"
    "the end of September. Engineers warned that the existing walls\n"
    "\n"
    "were built for a smaller flood than the one expected this year.\n"
    " Costs and schedule\n"
    "The board put the cost at 18 million, to be shared between the\n"
    "province and the three towns along the river. Work on the first\n"
    "section begins next week, and the road along the dyke will be\n"
    "closed to traffic until the pre-\n"
    "liminary works are finished.\n"
    "\n"
    "Residents may ask for compensation.\n");

TEST(ImportRepair, DetectsAndJoinsHardWraps)
{
    bool repaired = false;
    WrapStats stats;
    const QString out = repairExtractedText(normalizeText(kWrapped), &repaired, &stats);
    EXPECT_TRUE(repaired);
    EXPECT_GE(stats.midSentenceBreaks, 3);
    EXPECT_EQ(stats.blankLinesInSentences, 2);
    EXPECT_EQ(out, QStringLiteral(
                       "Flood barriers to be raised along the lower river before the autumn storms\n\n"
                       "The regional water board said on Monday that it would raise the flood barriers along twelve "
                       "kilometres of the lower river before the end of September. Engineers warned that the existing "
                       "walls were built for a smaller flood than the one expected this year.\n\n"
                       "Costs and schedule\n\n"
                       "The board put the cost at 18 million, to be shared between the province and the three towns "
                       "along the river. Work on the first section begins next week, and the road along the dyke will "
                       "be closed to traffic until the preliminary works are finished.\n\n"
                       "Residents may ask for compensation."));
}

TEST(ImportRepair, KeepsHyphenWhenTheTextUsesTheHyphenatedWord)
{
    const QStringList lines{QStringLiteral("a well-known fact about the river and its long history of flooding"),
                            QStringLiteral("is that the well-"), QStringLiteral("known barriers failed twice.")};
    EXPECT_TRUE(joinWrappedLines(lines, 70).contains(QStringLiteral("the well-known barriers")));
}

TEST(ImportRepair, LeavesParagraphPerLineTextAlone)
{
    const QString text = QStringLiteral(
        "A title line\n"
        "The first paragraph is one long line that goes on for quite a while, as articles copied from web pages do, "
        "and it ends properly.\n"
        "A second paragraph follows on its own line. It also ends with a full stop.\n"
        "“A quote as a paragraph,” she said.\n"
        "short line\n"
        "Another paragraph that is long enough to look like real prose, with commas, clauses and a final stop.\n"
        "The end.");
    bool repaired = true;
    EXPECT_EQ(repairExtractedText(text, &repaired), text);
    EXPECT_FALSE(repaired);
}

TEST(ImportMetadata, BylinesAndDates)
{
    const QString text = QStringLiteral(
        "Harbour cranes return after strike\n"
        "BY MARIA KOWALSKA-NOWAK and PETER LANG\n"
        "Posted: 7 Jan. 2030, 09:15\n"
        "GDANSK, January 7, 2030 – Work resumed at the harbour on Tuesday after a two-week strike.\n"
        "The union said its members would vote on the new contract next month.\n"
        "More paragraphs follow here, one per line, as copied text has them.\n"
        "And another one.\n"
        "And the last one.\n"
        "The End Of It\n");
    const DocumentMetadata m = guessTextMetadata(text);
    EXPECT_EQ(m.title, QStringLiteral("Harbour cranes return after strike"));
    EXPECT_EQ(m.author, QStringLiteral("Maria Kowalska-Nowak and Peter Lang"));
    EXPECT_EQ(m.published, QDate(2030, 1, 7));
}

TEST(ImportMetadata, SentenceStartingWithByIsNoByline)
{
    const QString text = QStringLiteral("Budget talks stall\nBy the end of the week, no agreement had been reached.\n"
                                        "Negotiators will meet again on Monday.");
    EXPECT_TRUE(guessTextMetadata(text).author.isEmpty());
}

TEST(ImportMetadata, NamesInCapitals)
{
    EXPECT_EQ(tidyPersonName(QStringLiteral("HAN JEE-HYE")), QStringLiteral("Han Jee-hye"));
    EXPECT_EQ(tidyPersonName(QStringLiteral("JEAN-PIERRE DUPONT")), QStringLiteral("Jean-Pierre Dupont"));
    EXPECT_EQ(tidyPersonName(QStringLiteral("Ji-Sun Choi")), QStringLiteral("Ji-Sun Choi"));
}

struct DateCase
{
    const char* text;
    QDate date;
};

class DateTest : public ::testing::TestWithParam<DateCase>
{
};

TEST_P(DateTest, Finds)
{
    EXPECT_EQ(findDate(QString::fromUtf8(GetParam().text)).date, GetParam().date) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(Import, DateTest,
                         ::testing::Values(DateCase{"Published: 13 Feb. 2026, 16:46", QDate(2026, 2, 13)},
                                           DateCase{"March 4, 2031", QDate(2031, 3, 4)},
                                           DateCase{"on September 1st, 2024 at noon", QDate(2024, 9, 1)},
                                           DateCase{"2025-04-28T10:00:00Z", QDate(2025, 4, 28)},
                                           DateCase{"1. Mai 2025", QDate(2025, 5, 1)},
                                           DateCase{"26 апреля 2025 года", QDate(2025, 4, 26)},
                                           DateCase{"28 квітня 2025", QDate(2025, 4, 28)},
                                           DateCase{"2025년 4월 26일", QDate(2025, 4, 26)},
                                           DateCase{"4.3.2031", QDate(2031, 3, 4)},
                                           DateCase{"26 April 10:50 a.m.", QDate()},
                                           DateCase{"May 45, 2025", QDate()}));

struct LanguageCase
{
    const char* text;
    const char* language;
};

class LanguageTest : public ::testing::TestWithParam<LanguageCase>
{
};

TEST_P(LanguageTest, Detects)
{
    EXPECT_EQ(detectLanguage(QString::fromUtf8(GetParam().text)), QLatin1String(GetParam().language));
}

INSTANTIATE_TEST_SUITE_P(
    Import, LanguageTest,
    ::testing::Values(
        LanguageCase{"The minister said that the bridge would be repaired by the end of the year.", "en"},
        LanguageCase{"Der Minister sagte, dass die Brücke bis zum Ende des Jahres repariert werden soll, und "
                     "die Stadt ist damit nicht zufrieden.", "de"},
        LanguageCase{"Министр заявил, что мост будет отремонтирован до конца года, а жители этим недовольны.", "ru"},
        LanguageCase{"Міністр заявив, що міст буде відремонтовано до кінця року, і мешканці цим незадоволені.", "uk"},
        LanguageCase{"장관은 연말까지 다리를 보수하겠다고 말했지만 주민들은 불만을 나타냈다.", "ko"},
        LanguageCase{"Le ministre a dit que le pont sera réparé avant la fin de l'année et que les habitants "
                     "sont inquiets.", "fr"},
        LanguageCase{"12 34", ""}));

} // namespace
