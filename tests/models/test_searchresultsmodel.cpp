// SPDX-License-Identifier: MIT
#include "roles.h"
#include "searchresultsmodel.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

class SearchResultsModelTest : public StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        if (HasFatalFailure())
            return;
        model = std::make_unique<SearchResultsModel>(&store);
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_a = addDocument(u"Training figures"_s, kTextA, u"Wire"_s, QDate(2025, 3, 1));
        m_b = addDocument(u"Ministry <statement>"_s, kTextB, u"Daily"_s, QDate(2025, 3, 2));
    }
    void search(const QString& text)
    {
        SearchQuery q;
        q.text = text;
        model->setQuery(q);
    }

    std::unique_ptr<SearchResultsModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    DocumentId m_a = 0;
    DocumentId m_b = 0;
};

TEST_F(SearchResultsModelTest, RowsCarryDocumentOffsetsAndSnippet)
{
    QSignalSpy searched(model.get(), &SearchResultsModel::searched);
    search(u"soldiers"_s);
    ASSERT_EQ(model->rowCount(), 1);
    ASSERT_EQ(searched.size(), 1);
    EXPECT_EQ(searched.first().at(0).toInt(), 1);
    const QModelIndex i = model->index(0);
    EXPECT_EQ(i.data(DocumentIdRole).toLongLong(), m_a);
    EXPECT_EQ(i.data(SearchResultsModel::FieldRole).toInt(), int(SearchField::Text));
    const qint64 start = i.data(SearchResultsModel::StartRole).toLongLong();
    const qint64 end = i.data(SearchResultsModel::EndRole).toLongLong();
    EXPECT_EQ(kTextA.mid(start, end - start), u"soldiers"_s);
    EXPECT_EQ(i.data(SearchResultsModel::SpansRole).toList().size(), 1);
    EXPECT_TRUE(i.data(Qt::DisplayRole).toString().contains(u"76,000 soldiers"_s));
    EXPECT_TRUE(i.data(SearchResultsModel::SnippetHtmlRole).toString().contains(u"<b>soldiers</b>"_s));
    EXPECT_TRUE(i.data(Qt::ToolTipRole).toString().contains(u"Wire"_s));
}

TEST_F(SearchResultsModelTest, SnippetHtmlIsEscaped)
{
    SearchQuery q;
    q.text = u"statement"_s;
    q.fields = SearchField::Title;
    model->setQuery(q);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0).data(SearchResultsModel::SnippetHtmlRole).toString(),
              u"Ministry &lt;<b>statement</b>&gt;"_s);
}

TEST_F(SearchResultsModelTest, FollowsEditsAndClosing)
{
    search(u"reckless OR verified"_s);
    EXPECT_EQ(model->rowCount(), 2);
    ASSERT_TRUE(store.removeDocument(m_b));
    EXPECT_EQ(model->rowCount(), 1);
    undo();
    EXPECT_EQ(model->rowCount(), 2);
    const AnnotationId a = annotate(m_a, u"Critics"_s, {builtin("claim")}, u"not verified either"_s);
    ASSERT_EQ(model->rowCount(), 3);
    bool sawNote = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r).data(AnnotationIdRole).toLongLong() == a)
            sawNote = model->index(r).data(SearchResultsModel::FieldRole).toInt() == int(SearchField::Note);
    }
    EXPECT_TRUE(sawNote);
    store.close();
    EXPECT_EQ(model->rowCount(), 0);
}

TEST_F(SearchResultsModelTest, BadQueriesReportAnErrorAndNoRows)
{
    QSignalSpy searched(model.get(), &SearchResultsModel::searched);
    search(u"soldiers NOT"_s);
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_FALSE(model->errorString().isEmpty());
    ASSERT_EQ(searched.size(), 1);
    EXPECT_EQ(searched.first().at(1).toString(), model->errorString());
    search(u"   "_s);
    EXPECT_TRUE(model->errorString().isEmpty());
    EXPECT_EQ(model->rowCount(), 0);
}

} // namespace
