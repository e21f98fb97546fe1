// SPDX-License-Identifier: MIT
#include "cues/cuescanner.h"
#include "testsupport.h"
#include "text/offsets.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Repository>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Crossread;

namespace {

QStringList g_messages;

void collect(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_messages.append(QString::fromUtf8(context.category ? context.category : "") + QStringLiteral(": ") + message);
}

QStringList texts(const QString& text, const QList<Cue>& cues, CueKind kind)
{
    QStringList out;
    for (const Cue& c : cues)
        if (c.kind == kind)
            out.append(codePointMid(text, c.start, c.end));
    return out;
}

QString sourceFile(const QString& relative)
{
    return QDir(qEnvironmentVariable("CROSSREAD_SOURCE_DIR")).filePath(relative);
}

class ProbeHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    void run(const QString& line) { highlightLine(line, KSyntaxHighlighting::State()); }

protected:
    void applyFormat(int, int, const KSyntaxHighlighting::Format&) override { }
};

} // namespace

// A definition error (bad regex, unknown context, bad attribute) is only a qWarning from
// KSyntaxHighlighting, so the test turns every warning while loading into a failure.
TEST(CueDefinition, LoadsWithoutAnyWarning)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString syntaxDir = dir.filePath(QStringLiteral("syntax"));
    ASSERT_TRUE(QDir().mkpath(syntaxDir));
    ASSERT_TRUE(QFile::copy(sourceFile(QStringLiteral("resources/syntax/crossread-cues.xml")),
                            syntaxDir + QStringLiteral("/crossread-cues.xml")));
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    {
        KSyntaxHighlighting::Repository repo;
        repo.addCustomSearchPath(dir.path());
        const KSyntaxHighlighting::Definition def = repo.definitionForName(CueScanner::definitionName());
        EXPECT_TRUE(def.isValid());
        // Forces the lazy parts (contexts, rules, regexes) to load.
        EXPECT_FALSE(def.formats().isEmpty());
        // Regexes compile when first used, so run this very definition over a line touching every rule.
        ProbeHighlighter probe;
        probe.setDefinition(def);
        probe.run(QStringLiteral("“a 5” \"b\" «c „x“» „d“ ‘e’ 'f' 10,000-13,000 $21.1 billion 45% on April 26, 2025, "
                                 "16:46 two reportedly said according to sources say"));
    }
    qInstallMessageHandler(previous);
    EXPECT_TRUE(g_messages.isEmpty()) << g_messages.join(u'\n').toStdString();
}

TEST(CueScanner, FindsTheBundledDefinition)
{
    CueScanner scanner;
    EXPECT_TRUE(scanner.isValid());
}

struct QuoteCase
{
    const char* text;
    std::vector<const char*> quotations;
};

class QuotationStyles : public ::testing::TestWithParam<QuoteCase>
{
};

TEST_P(QuotationStyles, MarksEachQuotationWithItsMarks)
{
    const QString text = QString::fromUtf8(GetParam().text);
    CueScanner scanner;
    QStringList expected;
    for (const char* q : GetParam().quotations)
        expected.append(QString::fromUtf8(q));
    EXPECT_EQ(texts(text, scanner.scan(text), CueKind::Quotation), expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cues, QuotationStyles,
    ::testing::Values(
        QuoteCase{"She said “we will stay” today.", {"“we will stay”"}},
        QuoteCase{"He said \"no\" and \"yes\".", {"\"no\"", "\"yes\""}},
        QuoteCase{"Il a dit «non merci» hier.", {"«non merci»"}},
        QuoteCase{"Er sagte „nein danke“ gestern.", {"„nein danke“"}},
        QuoteCase{"She called it ‘a farce’ twice.", {"‘a farce’"}},
        QuoteCase{"Don’t forget Korea’s role, he didn’t say.", {}},
        QuoteCase{"“He said ‘Korea’s troops won’t stay’ again,” she said.", {"“He said ‘Korea’s troops won’t stay’ again,”"}},
        QuoteCase{"for 'liberation' of Kursk; Zinoviev's remarks", {"'liberation'"}},
        QuoteCase{"«Он сказал „да“ вчера» — ответ.", {"«Он сказал „да“ вчера»"}},
        QuoteCase{"“First paragraph\n“Second paragraph,” he said.", {"“First paragraph\n“Second paragraph,”"}},
        QuoteCase{"“Broken PDF line\n\nwrap inside,” he said.", {"“Broken PDF line\n\nwrap inside,”"}}));

TEST(CueScanner, AttributionsFiguresAndHedges)
{
    const QString text = QStringLiteral("According to TASS, 10,000-13,000 troops came; trade fell to $21.1 billion, "
                                        "down 45% since April 26, 2025. Sources say it reportedly grew, some analysts noted.");
    CueScanner scanner;
    const QList<Cue> cues = scanner.scan(text);
    const QStringList attributions = texts(text, cues, CueKind::Attribution);
    EXPECT_TRUE(attributions.contains(QStringLiteral("According to")));
    EXPECT_TRUE(attributions.contains(QStringLiteral("noted")));
    const QStringList figures = texts(text, cues, CueKind::Figure);
    for (const char* f : {"10,000-13,000", "$21.1 billion", "45%", "April 26, 2025"})
        EXPECT_TRUE(figures.contains(QString::fromUtf8(f))) << f << " in " << figures.join(u'|').toStdString();
    const QStringList hedges = texts(text, cues, CueKind::Hedge);
    for (const char* h : {"Sources say", "reportedly", "some analysts"})
        EXPECT_TRUE(hedges.contains(QString::fromUtf8(h))) << h << " in " << hedges.join(u'|').toStdString();
}

TEST(CueScanner, LexiconIsPerProjectAndCaseInsensitive)
{
    const QString text = QStringLiteral("The Liberation of neo-Nazis by a human\nwave; regimes stay.");
    CueScanner scanner;
    EXPECT_EQ(texts(text, scanner.scan(text), CueKind::Loaded),
              (QStringList{QStringLiteral("Liberation"), QStringLiteral("neo-Nazis"), QStringLiteral("human\nwave")}));
    scanner.setLexicon(CueScanner::lexiconFromSetting(QStringLiteral("[\"regimes\", \"\"]")));
    EXPECT_EQ(texts(text, scanner.scan(text), CueKind::Loaded), QStringList{QStringLiteral("regimes")});
    EXPECT_EQ(CueScanner::lexiconFromSetting(QStringLiteral("not json")), CueScanner::defaultLexicon());
    EXPECT_EQ(CueScanner::lexiconFromSetting(CueScanner::lexiconToSetting({QStringLiteral("junta")})),
              QStringList{QStringLiteral("junta")});
}

TEST(CueScanner, OffsetsCountCodePoints)
{
    const QString text = QStringLiteral("😀😀 “quoted” 😀 42%");
    CueScanner scanner;
    const QList<Cue> cues = scanner.scan(text);
    ASSERT_FALSE(cues.isEmpty());
    EXPECT_EQ(cues.first().start, 3);
    EXPECT_EQ(cues.first().end, 11);
    EXPECT_EQ(texts(text, cues, CueKind::Figure), QStringList{QStringLiteral("42%")});
    EXPECT_TRUE(cues.first().color.isValid());
}

TEST(CueScanner, BadInputDoesNotCrash)
{
    CueScanner scanner;
    EXPECT_TRUE(scanner.scan(QString()).isEmpty());
    const QString open = QStringLiteral("“never closed\n\n\n") + QString(5000, u'x');
    const QList<Cue> cues = scanner.scan(open);
    ASSERT_EQ(cues.size(), 1);
    EXPECT_EQ(cues.first().end, codePointLength(open));
    scanner.scan(QString(QChar(0xD800)) + QStringLiteral("\"") + QString(QChar(0xDC00)));
}

struct CorpusQuote
{
    const char* file;
    const char* quotationStart; // the quotation cue must start with this, at its place in the text
    const char* figure; // a figure expected in the file
};

class CorpusCues : public ::testing::TestWithParam<CorpusQuote>
{
};

TEST_P(CorpusCues, FindsQuotationsAndFiguresAtTheirOffsets)
{
    CROSSREAD_REQUIRE_CORPUS();
    const QString text = Crossread::Test::corpusText(QString::fromUtf8(GetParam().file));
    ASSERT_FALSE(text.isEmpty());
    CueScanner scanner;
    const QList<Cue> cues = scanner.scan(text);
    const QString quote = QString::fromUtf8(GetParam().quotationStart);
    const qint64 expectedStart = codePointLength(text.left(text.indexOf(quote)));
    bool found = false;
    for (const Cue& c : cues)
        found = found || (c.kind == CueKind::Quotation && c.start == expectedStart);
    EXPECT_TRUE(found) << GetParam().quotationStart;
    EXPECT_TRUE(texts(text, cues, CueKind::Figure).contains(QString::fromUtf8(GetParam().figure)));
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, CorpusCues,
    ::testing::Values(CorpusQuote{"donga-2025-04-kursk-control.txt", "\"more than 76,000", "76,000"},
                      CorpusQuote{"joongang-2026-02-13-ambassador-thanks.txt", "“Russia is well aware", "$21.1 billion"},
                      CorpusQuote{"analysis-2025-05-kursk-recognition.txt", "“I would especially like", "April 26, 2025"},
                      CorpusQuote{"report-2025-04-dprk-confirms.txt", "“heroes and representatives", "2024"},
                      CorpusQuote{"weiss-2025-05-01-where-next.txt", "“", "May 1, 2025"}));

// The multi-line quotation of the PDF-extracted brief spans wrapped lines and a blank line.
TEST(CorpusCues, QuotationRunsAcrossBrokenLines)
{
    CROSSREAD_REQUIRE_CORPUS();
    const QString text = Crossread::Test::corpusText(QStringLiteral("analysis-2025-05-kursk-recognition.txt"));
    CueScanner scanner;
    const QStringList quotes = texts(text, scanner.scan(text), CueKind::Quotation);
    const auto it = std::find_if(quotes.begin(), quotes.end(),
                                 [](const QString& q) { return q.startsWith(QStringLiteral("“we will never forget our")); });
    ASSERT_NE(it, quotes.end());
    EXPECT_TRUE(it->endsWith(QStringLiteral("friends.”"))) << it->toStdString();
    EXPECT_TRUE(it->contains(u'\n'));
}

// Runs the real ksyntaxhighlighter6 over every corpus file with the definition on XDG_DATA_DIRS:
// it must know the language and print HTML without warnings.
TEST(CorpusCues, KSyntaxHighlighterToolRunsOverTheCorpus)
{
    CROSSREAD_REQUIRE_CORPUS();
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("ksyntaxhighlighter6"));
    if (tool.isEmpty())
        GTEST_SKIP() << "ksyntaxhighlighter6 not installed";
    QTemporaryDir dir;
    const QString syntaxDir = dir.filePath(QStringLiteral("org.kde.syntax-highlighting/syntax"));
    ASSERT_TRUE(QDir().mkpath(syntaxDir));
    ASSERT_TRUE(QFile::copy(sourceFile(QStringLiteral("resources/syntax/crossread-cues.xml")),
                            syntaxDir + QStringLiteral("/crossread-cues.xml")));
    const QStringList files = QDir(Crossread::Test::corpusDir()).entryList({QStringLiteral("*.txt")}, QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString& file : files) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_DIRS"), dir.path());
        p.setProcessEnvironment(env);
        p.start(tool, {QStringLiteral("-s"), CueScanner::definitionName(), QDir(Crossread::Test::corpusDir()).filePath(file)});
        ASSERT_TRUE(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        EXPECT_EQ(p.exitCode(), 0) << file.toStdString() << ": " << err.toStdString();
        EXPECT_TRUE(err.trimmed().isEmpty()) << file.toStdString() << ": " << err.toStdString();
        EXPECT_TRUE(p.readAllStandardOutput().contains("<span")) << file.toStdString();
    }
}
