// SPDX-License-Identifier: MIT
// Full-text search through ProjectStore::search: matching, offsets, ranking, filters, and the
// index staying in step with edits, undo and redo.
#include "storetestutil.h"

#include "search/searchquery.h"
#include "text/offsets.h"

#include <QUndoStack>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

class SearchTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure())
            return;
        m_kyiv = addArticle(u"Talks in Kyïv"_s, u"Kyiv Independent"_s, QDate(2025, 3, 1),
                            u"Officials in Kyïv said the liberation of the city was near.\n"
                            u"Soldiers were liberating villages, and the mayor’s office confirmed it."_s);
        m_markets = addArticle(u"Markets"_s, u"Reuters"_s, QDate(2025, 4, 10),
                               u"Kyiv markets rallied on Monday. Officials said nothing about the war."_s);
        m_emoji = addArticle(u"Emoji"_s, u"Reuters"_s, QDate(2025, 5, 20),
                             u"👍🏽 𠜎 Zelensky's soldiers held the line near São Paulo Street."_s);
    }

    DocumentId addArticle(const QString& title, const QString& outlet, QDate date, const QString& text)
    {
        Document doc;
        doc.meta.title = title;
        doc.meta.outlet = outlet;
        doc.meta.published = date;
        doc.text = text;
        const DocumentId id = m_store->addDocument(doc, text.toUtf8() + title.toUtf8());
        EXPECT_NE(id, 0);
        return id;
    }

    SearchResults search(const QString& text, SearchFields fields = SearchField::Text)
    {
        SearchQuery q;
        q.text = text;
        q.fields = fields;
        return run(q);
    }
    SearchResults run(const SearchQuery& q)
    {
        SearchResults r = m_store->search(q);
        EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString() << " for " << q.text.toStdString();
        return r;
    }
    static QList<DocumentId> documents(const SearchResults& r)
    {
        QList<DocumentId> ids;
        for (const SearchHit& h : r.hits)
            ids.append(h.document);
        return ids;
    }
    /// The stored text each span of `hit` covers (code points counted as the store counts them).
    QStringList matched(const SearchHit& hit) const
    {
        QString text;
        if (hit.field == SearchField::Text)
            text = m_store->documentText(hit.document);
        else if (hit.field == SearchField::Title)
            text = m_store->document(hit.document)->meta.title;
        else
            text = m_store->annotation(hit.annotation)->note;
        QStringList out;
        for (const TextSpan& s : hit.spans)
            out.append(codePointMid(text, s.start, s.end));
        return out;
    }

    DocumentId m_kyiv = 0;
    DocumentId m_markets = 0;
    DocumentId m_emoji = 0;
};

TEST_F(SearchTest, DiacriticsAndCaseAreIgnoredBothWays)
{
    for (const QString& query : {u"Kyiv"_s, u"Kyïv"_s, u"KYIV"_s}) {
        SCOPED_TRACE(query.toStdString());
        const SearchResults r = search(query);
        ASSERT_EQ(r.hits.size(), 2);
        EXPECT_TRUE(documents(r).contains(m_kyiv));
        EXPECT_TRUE(documents(r).contains(m_markets));
    }
    const SearchResults r = search(u"Kyiv"_s);
    for (const SearchHit& h : r.hits) {
        if (h.document == m_kyiv) {
            EXPECT_EQ(matched(h), QStringList{u"Kyïv"_s});
        }
    }
    EXPECT_EQ(documents(search(u"Sao Paulo"_s)), QList<DocumentId>{m_emoji});
}

TEST_F(SearchTest, SpansCountCodePointsOfTheStoredText)
{
    const SearchResults r = search(u"soldiers"_s);
    ASSERT_EQ(r.hits.size(), 2);
    for (const SearchHit& h : r.hits) {
        ASSERT_EQ(h.spans.size(), 1);
        ASSERT_EQ(matched(h).size(), 1);
        EXPECT_EQ(matched(h).first().toLower(), u"soldiers"_s);
    }
    const SearchHit& emoji = r.hits[0].document == m_emoji ? r.hits[0] : r.hits[1];
    // "👍🏽 𠜎 Zelensky's " is 2 + 1 + 1 + 1 + 10 + 1 code points (but 3 UTF-16 units more).
    EXPECT_EQ(emoji.spans.first().start, 16);
    EXPECT_EQ(emoji.spans.first().end, 24);
}

TEST_F(SearchTest, ApostrophesAndHyphensNeedNoQuotes)
{
    const SearchResults r = search(u"Zelensky's"_s);
    ASSERT_EQ(r.hits.size(), 1);
    EXPECT_EQ(matched(r.hits.first()), QStringList{u"Zelensky's"_s});
}

TEST_F(SearchTest, RankingPrefersDenserMatches)
{
    const DocumentId dense = addArticle(u"War"_s, u"X"_s, {}, u"War, war and more war: the war goes on."_s);
    const SearchResults r = search(u"war"_s);
    ASSERT_EQ(r.hits.size(), 2);
    EXPECT_EQ(r.hits.first().document, dense);
    EXPECT_EQ(r.hits.first().spans.size(), 4);
    EXPECT_LT(r.hits[0].score, r.hits[1].score);
}

TEST_F(SearchTest, PrefixPhraseOrAndNot)
{
    const SearchResults prefix = search(u"liberat*"_s);
    ASSERT_EQ(prefix.hits.size(), 1);
    EXPECT_EQ(matched(prefix.hits.first()), (QStringList{u"liberation"_s, u"liberating"_s}));

    const SearchResults phrase = search(u"\"markets rallied\""_s);
    ASSERT_EQ(phrase.hits.size(), 1);
    EXPECT_EQ(matched(phrase.hits.first()), QStringList{u"markets rallied"_s});
    EXPECT_TRUE(search(u"\"rallied markets\""_s).hits.isEmpty());

    EXPECT_EQ(documents(search(u"officials NOT war"_s)), QList<DocumentId>{m_kyiv});
    const QList<DocumentId> either = documents(search(u"liberation OR rallied"_s));
    EXPECT_EQ(either.size(), 2);
    EXPECT_TRUE(either.contains(m_kyiv) && either.contains(m_markets));
    EXPECT_EQ(documents(search(u"officials AND (war OR mayor)"_s)).size(), 2);
    EXPECT_TRUE(search(u"officials liberation rallied"_s).hits.isEmpty()) << "juxtaposed words are ANDed";
}

TEST_F(SearchTest, SnippetMarksTheHitOnOneLine)
{
    const SearchResults r = search(u"soldiers"_s);
    const SearchHit& h = r.hits[0].document == m_kyiv ? r.hits[0] : r.hits[1];
    EXPECT_FALSE(h.snippet.contains(u'\n'));
    ASSERT_EQ(h.snippetSpans.size(), 1);
    EXPECT_EQ(codePointMid(h.snippet, h.snippetSpans[0].start, h.snippetSpans[0].end), u"Soldiers"_s);
    EXPECT_EQ(h.title, u"Talks in Kyïv"_s);
    EXPECT_EQ(h.outlet, u"Kyiv Independent"_s);
}

TEST_F(SearchTest, FiltersByOutletDateAndTag)
{
    SearchQuery q;
    q.text = u"officials OR soldiers"_s;
    EXPECT_EQ(run(q).hits.size(), 3);
    q.outlet = u"reuters"_s;
    EXPECT_EQ(documents(run(q)).size(), 2);
    EXPECT_FALSE(documents(run(q)).contains(m_kyiv));
    q.outlet.clear();
    q.from = QDate(2025, 4, 1);
    q.to = QDate(2025, 4, 30);
    EXPECT_EQ(documents(run(q)), QList<DocumentId>{m_markets});
    q.from = q.to = QDate();
    q.tag = claim();
    EXPECT_TRUE(run(q).hits.isEmpty());
    ASSERT_NE(m_store->addAnnotation(m_emoji, 0, 2, {claim()}), 0);
    EXPECT_EQ(documents(run(q)), QList<DocumentId>{m_emoji});

    q.from = QDate(2025, 6, 1);
    q.to = QDate(2025, 1, 1);
    EXPECT_FALSE(m_store->search(q).error.isEmpty());
}

TEST_F(SearchTest, TitleChangesAndTheirUndoAreSearchable)
{
    EXPECT_EQ(documents(search(u"markets"_s, SearchField::Title)), QList<DocumentId>{m_markets});
    DocumentMetadata meta = m_store->document(m_markets)->meta;
    meta.title = u"Bourse rebounds"_s;
    ASSERT_TRUE(m_store->setDocumentMetadata(m_markets, meta));
    EXPECT_TRUE(search(u"markets"_s, SearchField::Title).hits.isEmpty());
    const SearchResults r = search(u"bourse"_s, SearchField::Title);
    ASSERT_EQ(r.hits.size(), 1);
    EXPECT_EQ(r.hits.first().field, SearchField::Title);
    EXPECT_EQ(matched(r.hits.first()), QStringList{u"Bourse"_s});
    m_store->undoStack()->undo();
    EXPECT_EQ(documents(search(u"markets"_s, SearchField::Title)), QList<DocumentId>{m_markets});
    EXPECT_TRUE(search(u"bourse"_s, SearchField::Title).hits.isEmpty());
    m_store->undoStack()->redo();
    EXPECT_EQ(documents(search(u"bourse"_s, SearchField::Title)), QList<DocumentId>{m_markets});
}

TEST_F(SearchTest, NotesFollowEditsUndoAndRedo)
{
    const AnnotationId a = m_store->addAnnotation(m_markets, 0, 4, {claim()}, u"dubious casualty figures"_s);
    ASSERT_NE(a, 0);
    SearchResults r = search(u"casualty"_s, SearchField::Note);
    ASSERT_EQ(r.hits.size(), 1);
    EXPECT_EQ(r.hits.first().field, SearchField::Note);
    EXPECT_EQ(r.hits.first().annotation, a);
    EXPECT_EQ(r.hits.first().document, m_markets);
    EXPECT_EQ(matched(r.hits.first()), QStringList{u"casualty"_s});

    ASSERT_TRUE(m_store->setAnnotationNote(a, u"verified by the ministry"_s));
    EXPECT_TRUE(search(u"casualty"_s, SearchField::Note).hits.isEmpty());
    EXPECT_EQ(search(u"ministry"_s, SearchField::Note).hits.size(), 1);
    m_store->undoStack()->undo();
    EXPECT_EQ(search(u"casualty"_s, SearchField::Note).hits.size(), 1);
    EXPECT_TRUE(search(u"ministry"_s, SearchField::Note).hits.isEmpty());
    m_store->undoStack()->redo();
    EXPECT_EQ(search(u"ministry"_s, SearchField::Note).hits.size(), 1);

    ASSERT_TRUE(m_store->removeAnnotation(a));
    EXPECT_TRUE(search(u"ministry"_s, SearchField::Note).hits.isEmpty());
    m_store->undoStack()->undo();
    EXPECT_EQ(search(u"ministry"_s, SearchField::Note).hits.size(), 1);
}

TEST_F(SearchTest, RemovedDocumentsLeaveTheIndexAndComeBackWithUndo)
{
    const AnnotationId a = m_store->addAnnotation(m_markets, 0, 4, {claim()}, u"rally note"_s);
    ASSERT_NE(a, 0);
    ASSERT_TRUE(m_store->removeDocument(m_markets));
    const SearchFields all = SearchField::Text | SearchField::Title | SearchField::Note;
    EXPECT_TRUE(search(u"rallied OR markets OR rally"_s, all).hits.isEmpty());
    m_store->undoStack()->undo();
    EXPECT_EQ(search(u"rallied OR markets OR rally"_s, all).hits.size(), 3);
    EXPECT_TRUE(m_store->integrityProblems().isEmpty()) << m_store->integrityProblems().join(u'\n').toStdString();
}

TEST_F(SearchTest, FieldsCanBeChosen)
{
    const SearchFields all = SearchField::Text | SearchField::Title | SearchField::Note;
    const SearchResults r = search(u"markets"_s, all);
    ASSERT_EQ(r.hits.size(), 2);
    EXPECT_NE(r.hits[0].field, r.hits[1].field);
    EXPECT_EQ(search(u"markets"_s, SearchField::Note).hits.size(), 0);
}

TEST_F(SearchTest, HostileQueriesAnswerWithoutCrashOrLeak)
{
    const QStringList hostile = {u"\""_s,
                                 u"'"_s,
                                 u"%"_s,
                                 u"%%_"_s,
                                 QString(QChar(0)),
                                 u"war\u0000; DROP"_s,
                                 u"'; DROP TABLE documents; --"_s,
                                 u"\") OR 1=1 --"_s,
                                 u"*"_s,
                                 u"AND"_s,
                                 u"NOT war"_s,
                                 u"war OR"_s,
                                 u"((war"_s,
                                 u"war)"_s,
                                 u"()"_s,
                                 u"\"unclosed phrase"_s,
                                 u"NEAR(war officials)"_s,
                                 u"text:war"_s,
                                 u"^war"_s,
                                 u"-war"_s,
                                 u"war -- comment"_s,
                                 u"{text} : war"_s,
                                 QString(2000, u'a')};
    for (const QString& q : hostile) {
        SCOPED_TRACE(q.left(40).toStdString());
        SearchQuery query;
        query.text = q;
        const SearchResults r = m_store->search(query);
        EXPECT_FALSE(r.error.contains(u"SELECT"_s, Qt::CaseInsensitive));
        EXPECT_FALSE(r.error.contains(u"fts5"_s, Qt::CaseInsensitive));
        EXPECT_FALSE(r.error.contains(u"sqlite"_s, Qt::CaseInsensitive));
        if (!r.error.isEmpty()) {
            EXPECT_TRUE(r.hits.isEmpty());
        }
    }
    EXPECT_EQ(m_store->documents().size(), 3);
    SearchQuery bad;
    bad.text = u"war OR"_s;
    EXPECT_FALSE(m_store->search(bad).error.isEmpty());
    bad.text = u"\"unclosed officials"_s;
    EXPECT_TRUE(m_store->search(bad).error.isEmpty()) << "an unclosed quote is closed";
}

TEST(SearchClosed, AClosedStoreAnswersWithAnError)
{
    ProjectStore store;
    SearchQuery q;
    q.text = u"war"_s;
    const SearchResults r = store.search(q);
    EXPECT_TRUE(r.hits.isEmpty());
    EXPECT_FALSE(r.error.isEmpty());
}

} // namespace
