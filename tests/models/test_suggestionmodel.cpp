// SPDX-License-Identifier: MIT
#include "storefixture.h"
#include "suggestionmodel.h"

#include "cues/suggestionstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Crossread;

namespace {

const QString text = QStringLiteral("“We will never forget our friends,” Zakharova said. Sources say 300 houses were flooded.\n"
                                    "“Those repairs were never carried out,” he said.");

class SuggestionModelTest : public Crossread::Test::StoreFixture
{
protected:
    void SetUp() override
    {
        Crossread::Test::StoreFixture::SetUp();
        m_doc = addDocument(QStringLiteral("Report"), text);
        m_model = std::make_unique<SuggestionModel>(&store);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setDocument(m_doc);
    }
    int rowOf(SuggestionKind kind) const
    {
        for (int i = 0; i < m_model->rowCount(); ++i)
            if (m_model->suggestion(i).kind == kind)
                return i;
        return -1;
    }
    DocumentId m_doc = 0;
    std::unique_ptr<SuggestionModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(SuggestionModelTest, ListsKindSpeakerAndPassage)
{
    ASSERT_EQ(m_model->rowCount(), 4); // two attributions, a claim and an unverified sentence
    const int row = rowOf(SuggestionKind::Attribution);
    ASSERT_GE(row, 0);
    EXPECT_EQ(m_model->index(row, SuggestionModel::KindColumn).data().toString(), QStringLiteral("Attribution"));
    EXPECT_EQ(m_model->index(row, SuggestionModel::SpeakerColumn).data().toString(), QStringLiteral("Zakharova"));
    EXPECT_TRUE(m_model->index(row, SuggestionModel::TextColumn).data().toString().startsWith(QStringLiteral("“We will")));
    EXPECT_EQ(m_model->index(row, 0).data(SuggestionModel::StartRole).toLongLong(), 0);
    EXPECT_EQ(m_model->headerData(SuggestionModel::SpeakerColumn, Qt::Horizontal).toString(), QStringLiteral("Speaker"));
}

TEST_F(SuggestionModelTest, AcceptRemovesRowsAndUndoBringsThemBack)
{
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    ASSERT_TRUE(m_model->acceptAll(SuggestionKind::Attribution));
    EXPECT_EQ(m_model->rowCount(), 2);
    EXPECT_EQ(rowOf(SuggestionKind::Attribution), -1);
    EXPECT_GE(removed.count(), 2);
    EXPECT_EQ(reset.count(), 0) << "precise removals, no reset";
    const QList<Annotation> made = store.annotations(m_doc);
    ASSERT_EQ(made.size(), 2);
    EXPECT_EQ(store.entity(made.at(1).speaker)->name, QStringLiteral("Zakharova"))
        << "“he said” resolves to the last named speaker";
    store.undoStack()->undo(); // one step for "accept all"
    EXPECT_TRUE(store.annotations(m_doc).isEmpty());
    EXPECT_EQ(m_model->rowCount(), 4);
}

TEST_F(SuggestionModelTest, RejectIsRememberedInTheProject)
{
    const int row = rowOf(SuggestionKind::Unverified);
    ASSERT_GE(row, 0);
    const Suggestion s = m_model->suggestion(row);
    ASSERT_TRUE(m_model->reject({row}));
    EXPECT_EQ(m_model->rowCount(), 3);
    SuggestionModel other(&store);
    other.setDocument(m_doc);
    EXPECT_FALSE(other.suggestions().contains(s));
    EXPECT_TRUE(SuggestionStore::isRejected(store, m_doc, s));
}

TEST_F(SuggestionModelTest, RemovingTheDocumentEmptiesTheModel)
{
    ASSERT_TRUE(store.removeDocument(m_doc));
    EXPECT_EQ(m_model->rowCount(), 0);
    EXPECT_FALSE(m_model->accept({0}));
}
