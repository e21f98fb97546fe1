// SPDX-License-Identifier: MIT
// The shared corpus and the bundled samples import with the metadata their text gives.
#include "importtestutil.h"
#include "testsupport.h"

#include <QRegularExpression>

using namespace Crossread;
using namespace Crossread::Test;

namespace {

PreparedDocument prepareCorpusFile(const QString& name, const ImportOptions& options = {})
{
    QString error;
    const auto p = Importer::prepare(QDir(corpusDir()).filePath(name), options, &error);
    EXPECT_TRUE(p.has_value()) << qPrintable(name) << ": " << qPrintable(error);
    return p.value_or(PreparedDocument{});
}

// What normalization alone may change: trailing blanks and the blank lines around the text.
QString expectedAfterNormalization(const QString& original)
{
    QStringList lines = original.split(u'\n');
    for (QString& line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

class WellFormedCorpusTest : public ::testing::TestWithParam<const char*>
{
};

TEST_P(WellFormedCorpusTest, TextComesThroughUnchanged)
{
    CROSSREAD_REQUIRE_CORPUS();
    const QString name = QString::fromLatin1(GetParam());
    const PreparedDocument p = prepareCorpusFile(name);
    EXPECT_EQ(p.document.text, expectedAfterNormalization(corpusText(name)));
    EXPECT_FALSE(p.repaired);
    EXPECT_EQ(p.document.encoding, QLatin1String("UTF-8"));
    EXPECT_EQ(p.document.meta.language, QLatin1String("en"));
    EXPECT_EQ(p.original, readFile(QDir(corpusDir()).filePath(name)));
    EXPECT_EQ(p.document.sha256.size(), 32);
    EXPECT_EQ(p.document.originalFileName, name);
}

INSTANTIATE_TEST_SUITE_P(Import, WellFormedCorpusTest,
                         ::testing::Values("joongang-2026-02-13-ambassador-thanks.txt", "donga-2025-04-kursk-control.txt",
                                           "report-2025-04-dprk-confirms.txt", "weiss-2025-05-01-where-next.txt"));

TEST(ImportCorpus, JoongAngTitleDateAuthorOutlet)
{
    CROSSREAD_REQUIRE_CORPUS();
    const DocumentMetadata m = prepareCorpusFile(QStringLiteral("joongang-2026-02-13-ambassador-thanks.txt")).document.meta;
    EXPECT_EQ(m.title, QStringLiteral("Russian ambassador in Seoul thanks North Korean troops for 'liberation' of Kursk"));
    EXPECT_EQ(m.published, QDate(2026, 2, 13));
    EXPECT_EQ(m.author, QStringLiteral("Han Jee-hye"));
    EXPECT_EQ(m.outlet, QStringLiteral("Korea JoongAng Daily"));
}

TEST(ImportCorpus, DongaSignatureGivesAuthorAndOutlet)
{
    CROSSREAD_REQUIRE_CORPUS();
    const PreparedDocument p = prepareCorpusFile(QStringLiteral("donga-2025-04-kursk-control.txt"));
    EXPECT_EQ(p.document.meta.author, QStringLiteral("Ji-Sun Choi"));
    EXPECT_EQ(p.document.meta.outlet, QStringLiteral("donga.com"));
    // The text starts with its lead paragraph, not a title: the title is made from the file name and
    // the notes say so. The only date ("on April 26") is when Russia spoke, not when the article was
    // written: nothing is invented.
    EXPECT_EQ(p.document.meta.title, QStringLiteral("Donga 2025-04 kursk control"));
    EXPECT_TRUE(p.document.importNotes.contains(QLatin1String("from the file name"))) << qPrintable(p.document.importNotes);
    EXPECT_FALSE(p.document.meta.published.isValid());
}

TEST(ImportCorpus, WeissTitleDatelineAndSignature)
{
    CROSSREAD_REQUIRE_CORPUS();
    const DocumentMetadata m = prepareCorpusFile(QStringLiteral("weiss-2025-05-01-where-next.txt")).document.meta;
    EXPECT_EQ(m.title, QStringLiteral("Where will North Korean soldiers from the Kursk region move: to Zaporozhye, "
                                      "Kherson or Kiev?"));
    EXPECT_EQ(m.published, QDate(2025, 5, 1));
    EXPECT_EQ(m.author, QStringLiteral("Peter Weiss"));
}

TEST(ImportCorpus, ReportUpdateNoteDatesItWithTheFileNamesYear)
{
    CROSSREAD_REQUIRE_CORPUS();
    const PreparedDocument p = prepareCorpusFile(QStringLiteral("report-2025-04-dprk-confirms.txt"));
    const DocumentMetadata& m = p.document.meta;
    EXPECT_TRUE(m.author.isEmpty()) << qPrintable(m.author); // unsigned
    EXPECT_TRUE(m.outlet.isEmpty()) << qPrintable(m.outlet);
    // "(Updated on 26 April 10:50 a.m.)" has no year; "report-2025-04-…" gives it, and the months agree.
    EXPECT_EQ(m.published, QDate(2025, 4, 26));
    EXPECT_TRUE(p.document.importNotes.contains(QLatin1String("year is taken from the file name")));
    // It opens with its lead paragraph: no title line.
    EXPECT_EQ(m.title, QStringLiteral("Report 2025-04 dprk confirms"));
}

TEST(ImportCorpus, YearlessDateNeedsAgreeingFileName)
{
    const QByteArray text = "Officials confirmed the figures on Friday, the ministry said in a statement.\n"
                            "(Updated on 26 April 10:50 a.m.)\nMore text of the report follows here.\n";
    EXPECT_EQ(prepareOk(text, QStringLiteral("wire-2031-04-figures.txt")).document.meta.published, QDate(2031, 4, 26));
    // A file name from another month, or without a year, completes nothing.
    EXPECT_FALSE(prepareOk(text, QStringLiteral("wire-2031-05-figures.txt")).document.meta.published.isValid());
    EXPECT_FALSE(prepareOk(text, QStringLiteral("wire-figures.txt")).document.meta.published.isValid());
    // A date inside the story is no publication date.
    const QByteArray story = "The council met on April 26 and agreed the plan, officials said on Friday.\n"
                             "Work starts in the summer, and the bridge should reopen next year.\n";
    EXPECT_FALSE(prepareOk(story, QStringLiteral("wire-2031-04-council.txt")).document.meta.published.isValid());
}

TEST(ImportCorpus, FileNameTitleIsCleaned)
{
    const QByteArray lead = "The council met on Friday and agreed the plan, officials said.\n"
                            "Work starts in the summer, and the bridge should reopen next year.\n";
    const PreparedDocument p = prepareOk(lead, QStringLiteral("city_desk--2031-03-04.bridge-plan.txt"));
    EXPECT_EQ(p.document.meta.title, QStringLiteral("City desk 2031-03-04 bridge plan"));
}

TEST(ImportCorpus, PdfDamagedAnalysisIsRepaired)
{
    CROSSREAD_REQUIRE_CORPUS();
    const QString name = QStringLiteral("analysis-2025-05-kursk-recognition.txt");
    const PreparedDocument p = prepareCorpusFile(name);
    const QString& text = p.document.text;
    EXPECT_TRUE(p.repaired);
    EXPECT_TRUE(p.document.importNotes.contains(QLatin1String("Repaired"))) << qPrintable(p.document.importNotes);
    EXPECT_EQ(p.original, readFile(QDir(corpusDir()).filePath(name))) << "the raw original is kept";
    EXPECT_EQ(p.document.meta.title, QStringLiteral("Recognizing the assistance of the Korean military in the "
                                                    "liberation of the occupied areas of Kursk Oblast"));
    // Signed and dated at the end: "Konstantin Asmolov, April 30, 2025".
    EXPECT_EQ(p.document.meta.author, QStringLiteral("Konstantin Asmolov"));
    EXPECT_EQ(p.document.meta.published, QDate(2025, 4, 30));
    // Sentences broken by newlines and blank lines are whole again.
    EXPECT_TRUE(text.contains(QStringLiteral("leadership of the Russian Federation and the Democratic People’s Republic "
                                             "of Korea (DPRK) officially acknowledged")));
    EXPECT_TRUE(text.contains(QStringLiteral("emphasized that “we will never forget our friends.”")));
    EXPECT_TRUE(text.contains(QStringLiteral("it cannot conceal the truth that the deployment")));
    EXPECT_TRUE(text.contains(QStringLiteral("Valery Gerasimov, while reporting")));
    // Headings stay paragraphs of their own.
    EXPECT_TRUE(text.contains(QStringLiteral("\n\nTimeline of Events\n\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("\n\nReaction of the West and South Korea\n\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("\n\nAuthor’s Commentary\n\n")));
    // No line starts with a stray space, no line break is left inside a paragraph.
    EXPECT_FALSE(text.contains(QStringLiteral("\n ")));
    const QStringList paragraphs = text.split(QStringLiteral("\n\n"));
    for (const QString& para : paragraphs)
        EXPECT_FALSE(para.contains(u'\n')) << qPrintable(para.left(80));
    EXPECT_GE(paragraphs.size(), 20);
    EXPECT_LE(paragraphs.size(), 45);
    // Nothing is lost: the same words in the same order.
    const QString originalWords = corpusText(name).simplified();
    EXPECT_EQ(QString(text).simplified(), originalWords);
}

TEST(ImportCorpus, RepairCanBeSwitchedOff)
{
    CROSSREAD_REQUIRE_CORPUS();
    ImportOptions options;
    options.repairExtractedText = false;
    const PreparedDocument p = prepareCorpusFile(QStringLiteral("analysis-2025-05-kursk-recognition.txt"), options);
    EXPECT_FALSE(p.repaired);
    EXPECT_TRUE(p.document.text.contains(QStringLiteral("the Democratic\n\nPeople’s Republic")));
    EXPECT_TRUE(p.document.importNotes.contains(QLatin1String("switched off")));
}

struct SampleCase
{
    const char* file;
    const char* title;
    const char* author;
    const char* outlet;
    QDate date;
};

class SampleTest : public ::testing::TestWithParam<SampleCase>
{
};

TEST_P(SampleTest, MetadataFromHeaderLines)
{
    const SampleCase& c = GetParam();
    QString error;
    const auto p = Importer::prepare(QDir(qEnvironmentVariable("CROSSREAD_SOURCE_DIR"))
                                         .filePath(QStringLiteral("resources/samples/") + QLatin1String(c.file)),
                                     {}, &error);
    ASSERT_TRUE(p) << qPrintable(error);
    EXPECT_EQ(p->document.meta.title, QString::fromUtf8(c.title));
    EXPECT_EQ(p->document.meta.author, QString::fromUtf8(c.author));
    EXPECT_EQ(p->document.meta.outlet, QString::fromUtf8(c.outlet));
    EXPECT_EQ(p->document.meta.published, c.date);
    EXPECT_EQ(p->document.meta.language, QLatin1String("en"));
    EXPECT_FALSE(p->repaired);
}

INSTANTIATE_TEST_SUITE_P(
    Import, SampleTest,
    ::testing::Values(SampleCase{"herald-2031-03-04-dam-breach.txt", "Spillway failure at Marrow Bay dam forces 1,200 from homes",
                                 "Lena Prost", "The Coastal Herald", QDate(2031, 3, 4)},
                      SampleCase{"northline-2031-03-09-what-the-review-said.txt",
                                 "What the 2019 safety review said about Marrow Bay", "Ilse Moravec", "Northline Review",
                                 QDate(2031, 3, 9)},
                      SampleCase{"voice-2031-03-05-minister-acts.txt",
                                 "Minister Korvel acts swiftly as Marrow Bay waters recede", "", "The Velsk Daily Voice",
                                 QDate(2031, 3, 5)}));

} // namespace
