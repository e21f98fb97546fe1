// SPDX-License-Identifier: MIT
#include "annotationfiltermodel.h"
#include "annotationmodel.h"
#include "roles.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>

using namespace Crossread;
using Crossread::Test::kTextA;
using Crossread::Test::kTextB;

namespace {

class AnnotationFilterModelTest : public Crossread::Test::StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        docA = addDocument(QStringLiteral("Alpha"), kTextA);
        docB = addDocument(QStringLiteral("Beta"), kTextB);
        source = std::make_unique<AnnotationModel>(&store);
        proxy = std::make_unique<AnnotationFilterModel>();
        proxy->setSourceModel(source.get());
        sourceTester = std::make_unique<QAbstractItemModelTester>(
            source.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);

        claimA = annotate(docA, QStringLiteral("76,000 soldiers had been trained"), {builtin("claim")},
                          QStringLiteral("figure from the briefing"));
        speakerA = annotate(docA, QStringLiteral("The minister said"), {builtin("attribution")});
        claimB = annotate(docB, QStringLiteral("seventy-six thousand troops"), {builtin("claim")});
        unverifiedB = annotate(docB, QStringLiteral("The claim was not verified"), {builtin("unverified")});
    }

    QSet<AnnotationId> visible() const
    {
        QSet<AnnotationId> ids;
        for (int row = 0; row < proxy->rowCount(); ++row)
            ids.insert(proxy->index(row, 0).data(AnnotationIdRole).toLongLong());
        return ids;
    }

    DocumentId docA = 0;
    DocumentId docB = 0;
    AnnotationId claimA = 0;
    AnnotationId speakerA = 0;
    AnnotationId claimB = 0;
    AnnotationId unverifiedB = 0;
    std::unique_ptr<AnnotationModel> source;
    std::unique_ptr<AnnotationFilterModel> proxy;
    std::unique_ptr<QAbstractItemModelTester> sourceTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
};

TEST_F(AnnotationFilterModelTest, NoFilterShowsEverything)
{
    EXPECT_EQ(visible(), (QSet<AnnotationId> {claimA, speakerA, claimB, unverifiedB}));
}

TEST_F(AnnotationFilterModelTest, FiltersByTag)
{
    proxy->setTagFilter(builtin("claim"));
    EXPECT_EQ(visible(), (QSet<AnnotationId> {claimA, claimB}));
    proxy->setTagFilter(QSet<TagId> {builtin("attribution"), builtin("unverified")});
    EXPECT_EQ(visible(), (QSet<AnnotationId> {speakerA, unverifiedB}));
    proxy->setTagFilter(TagId(0));
    EXPECT_EQ(proxy->rowCount(), 4);
}

TEST_F(AnnotationFilterModelTest, TagFilterFollowsStoreEdits)
{
    proxy->setTagFilter(builtin("claim"));
    ASSERT_TRUE(store.setAnnotationTags(unverifiedB, {builtin("unverified"), builtin("claim")}));
    EXPECT_TRUE(visible().contains(unverifiedB));
    undo();
    EXPECT_FALSE(visible().contains(unverifiedB));
    const AnnotationId added = annotate(docA, QStringLiteral("Critics called the plan reckless"), {builtin("claim")});
    EXPECT_TRUE(visible().contains(added));
    ASSERT_TRUE(store.removeAnnotation(claimA));
    EXPECT_EQ(visible(), (QSet<AnnotationId> {claimB, added}));
}

TEST_F(AnnotationFilterModelTest, FiltersByDocumentAndVerdict)
{
    proxy->setDocumentFilter(docB);
    EXPECT_EQ(visible(), (QSet<AnnotationId> {claimB, unverifiedB}));

    const QString verdict = store.ratingScale().value(0);
    ASSERT_FALSE(verdict.isEmpty());
    ASSERT_TRUE(store.setVerdict(claimB, verdict));
    proxy->setVerdictFilter(verdict);
    EXPECT_EQ(visible(), (QSet<AnnotationId> {claimB}));
    proxy->setVerdictFilter(QString()); // "without a verdict"
    EXPECT_EQ(visible(), (QSet<AnnotationId> {unverifiedB}));
    proxy->setDocumentFilter(0);
    EXPECT_EQ(visible(), (QSet<AnnotationId> {claimA, speakerA, unverifiedB}));
    proxy->setVerdictFilter(std::nullopt);
    EXPECT_EQ(proxy->rowCount(), 4);
}

TEST_F(AnnotationFilterModelTest, FreeTextMatchesAllWordsAnywhereCaseInsensitively)
{
    proxy->setTextFilter(QStringLiteral("BRIEFING"));
    EXPECT_EQ(visible(), (QSet<AnnotationId> {claimA})) << "matches the note";
    proxy->setTextFilter(QStringLiteral("beta claim"));
    EXPECT_EQ(visible(), (QSet<AnnotationId> {claimB, unverifiedB})) << "title word plus tag or quote word";
    proxy->setTextFilter(QStringLiteral("troops alpha"));
    EXPECT_TRUE(visible().isEmpty());
    proxy->setTextFilter(QStringLiteral("  "));
    EXPECT_EQ(proxy->rowCount(), 4);
}

TEST_F(AnnotationFilterModelTest, SortsByDocumentThenPosition)
{
    proxy->sort(AnnotationModel::DocumentColumn, Qt::AscendingOrder);
    QList<AnnotationId> order;
    for (int row = 0; row < proxy->rowCount(); ++row)
        order << proxy->index(row, 0).data(AnnotationIdRole).toLongLong();
    // Alpha before Beta; within Alpha "The minister said" (offset 0) before the figure.
    EXPECT_EQ(order, (QList<AnnotationId> {speakerA, claimA, claimB, unverifiedB}));
    proxy->sort(AnnotationModel::DocumentColumn, Qt::DescendingOrder);
    EXPECT_EQ(proxy->index(0, 0).data(AnnotationIdRole).toLongLong(), unverifiedB);
}

} // namespace
