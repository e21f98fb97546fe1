// SPDX-License-Identifier: MIT
// Rewriting what the user typed into FTS5 syntax, and stem expansion with the real en_US dictionary.
#include "storetestutil.h"

#include "search/ftsquery.h"
#include "search/searchquery.h"
#include "search/stemexpander.h"
#include "spell/spellchecker.h"

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

struct Rewrite
{
    const char16_t* input;
    const char16_t* expected;
};

class FtsQueryRewrite : public ::testing::TestWithParam<Rewrite>
{
};

TEST_P(FtsQueryRewrite, GivesFts5Syntax)
{
    QString error;
    EXPECT_EQ(FtsQuery::build(QString::fromUtf16(GetParam().input), {}, &error), QString::fromUtf16(GetParam().expected));
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Queries, FtsQueryRewrite,
    ::testing::Values(Rewrite{u"war", u"\"war\""}, Rewrite{u"war crimes", u"\"war\" AND \"crimes\""},
                      Rewrite{u"Zelensky's F-16", u"\"Zelensky's\" AND \"F-16\""},
                      Rewrite{u"liber*", u"\"liber\"*"}, Rewrite{u"\"peace talks\"", u"\"peace talks\""},
                      Rewrite{u"\"peace tal\"*", u"\"peace tal\"*"},
                      Rewrite{u"a OR b NOT c", u"\"a\" OR \"b\" NOT \"c\""},
                      Rewrite{u"(a OR b) c", u"( \"a\" OR \"b\" ) AND \"c\""},
                      Rewrite{u"say \"he said \"\"no\"\"\"", u"\"say\" AND \"he said \"\"no\"\"\""},
                      Rewrite{u"\"unclosed phrase", u"\"unclosed phrase\""}, Rewrite{u"and or not", u"\"and\" AND \"or\" AND \"not\""},
                      Rewrite{u"  % ; '  ", u""}, Rewrite{u"", u""}));

TEST(FtsQuery, StructuralMistakesAreExplained)
{
    for (const QString& q : {u"OR war"_s, u"war AND"_s, u"war NOT"_s, u"(war"_s, u"war)"_s, u"()"_s, u"a AND OR b"_s}) {
        QString error;
        EXPECT_TRUE(FtsQuery::build(q, {}, &error).isEmpty()) << q.toStdString();
        EXPECT_FALSE(error.isEmpty()) << q.toStdString();
    }
}

TEST(FtsQuery, ExpanderSeesOnlyBareWords)
{
    QStringList seen;
    const FtsQuery::Expander expand = [&seen](const QString& w) {
        seen.append(w);
        return QList<FtsQuery::Term>{{w + u"s"_s, false}, {w.left(3), true}};
    };
    EXPECT_EQ(FtsQuery::build(u"troop \"a phrase\" pre* NOT war"_s, expand),
              u"(\"troop\" OR \"troops\" OR \"tro\"*) AND \"a phrase\" AND \"pre\"* NOT (\"war\" OR \"wars\" OR \"war\"*)"_s);
    EXPECT_EQ(seen, (QStringList{u"troop"_s, u"war"_s}));
}

TEST(FtsQuery, FoldMatchesTheIndexTokenizer)
{
    EXPECT_EQ(StemExpander::fold(u"Kyïv"_s), u"kyiv"_s);
    EXPECT_EQ(StemExpander::fold(u"São"_s), u"sao"_s);
}

class StemSearch : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure())
            return;
        m_checker = HunspellChecker::create(u"en_US"_s, m_dir.filePath(u"words.txt"_s));
        if (!m_checker)
            GTEST_SKIP() << "no en_US Hunspell dictionary installed (package hunspell-en-us)";
        m_doc = addDocument(u"The army began to liberate the region. Its liberation took weeks; liberating towns, "
                            u"the liberated people cheered. A warning about warm weather. The wars went on."_s);
    }
    QStringList found(const QString& text, bool stems)
    {
        SearchQuery q;
        q.text = text;
        q.expandStems = stems;
        const SearchResults r = m_store->search(q, m_checker.get());
        EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString();
        QStringList words;
        if (r.hits.isEmpty())
            return words;
        const QString stored = m_store->documentText(r.hits.first().document);
        for (const TextSpan& s : r.hits.first().spans)
            words.append(stored.mid(s.start, s.end - s.start)); // the text is all BMP
        return words;
    }
    std::unique_ptr<HunspellChecker> m_checker;
    DocumentId m_doc = 0;
};

TEST_F(StemSearch, LiberateFindsLiberationAndLiberating)
{
    EXPECT_EQ(found(u"liberate"_s, false), QStringList{u"liberate"_s});
    EXPECT_EQ(found(u"liberate"_s, true),
              (QStringList{u"liberate"_s, u"liberation"_s, u"liberating"_s, u"liberated"_s}));
    // From an inflected form too: its stem is "liberate".
    EXPECT_EQ(found(u"liberating"_s, true).size(), 4);
}

TEST_F(StemSearch, ShortStemsDoNotPullInUnrelatedWords)
{
    const QStringList war = found(u"war"_s, true);
    EXPECT_TRUE(war.contains(u"wars"_s));
    EXPECT_FALSE(war.contains(u"warning"_s));
    EXPECT_FALSE(war.contains(u"warm"_s));
}

TEST_F(StemSearch, PhrasesAndPrefixesAreNotExpanded)
{
    EXPECT_TRUE(found(u"\"liberate\""_s, true) == QStringList{u"liberate"_s});
    EXPECT_EQ(found(u"liberati*"_s, true), (QStringList{u"liberation"_s, u"liberating"_s}));
}

} // namespace
