// SPDX-License-Identifier: MIT
// ClusterModel over real matching results on a small project; confirm, split and the verdict
// offer through ClusterActions.
#include "storefixture.h"

#include "clustermodel.h"
#include "roles.h"
#include "matching/clusteractions.h"
#include "matching/clusterjob.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Crossread;
using namespace Crossread::Test;

namespace {

const QString kFirst = QStringLiteral(
    "The harbour reopened on Monday. “We will always honour the dockers who kept the cranes running through the "
    "winter storms,” the mayor Anna Lindqvist said. Traffic resumed at noon.");
const QString kSecond = QStringLiteral(
    "Ships queued outside the port. Mayor Anna Lindqvist said: “We will always honor the dockers who kept the cranes "
    "running through the storms of winter.” Officials gave no figures.");
const QString kThird = QStringLiteral(
    "Unrelated news: the council approved a new budget for schools and libraries on Tuesday evening.");

class ClusterModelTest : public StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        a = addDocument(QStringLiteral("First"), kFirst, QStringLiteral("Herald"), QDate(2031, 3, 4));
        b = addDocument(QStringLiteral("Second"), kSecond, QStringLiteral("Voice"), QDate(2031, 3, 5));
        c = addDocument(QStringLiteral("Third"), kThird, QStringLiteral("Post"), QDate(2031, 3, 6));
        model = std::make_unique<ClusterModel>(&store);
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        clusters = QuoteMatcher::cluster(matchDocumentsOf(store));
    }

    DocumentId a = 0, b = 0, c = 0;
    std::unique_ptr<ClusterModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    QList<StatementCluster> clusters;
};

} // namespace

TEST_F(ClusterModelTest, ShowsClustersWithMembersAsChildren)
{
    ASSERT_EQ(clusters.size(), 1);
    model->setClusters(clusters);
    ASSERT_EQ(model->rowCount(), 1);
    const QModelIndex cluster = model->index(0, 0);
    ASSERT_EQ(model->rowCount(cluster), 2);
    EXPECT_EQ(model->data(cluster, ClusterModel::SpeakerRole).toString(), QLatin1String("Anna Lindqvist"));
    EXPECT_TRUE(model->data(cluster).toString().contains(QLatin1String("Anna Lindqvist")));
    EXPECT_EQ(model->data(model->index(0, ClusterModel::OutletsColumn)).toString(), QLatin1String("Herald, Voice"));
    const QModelIndex first = model->index(0, 0, cluster);
    const QModelIndex second = model->index(1, 0, cluster);
    EXPECT_EQ(model->parent(second), cluster);
    EXPECT_EQ(model->data(first, DocumentIdRole).toLongLong(), a);
    EXPECT_EQ(model->data(second, DocumentIdRole).toLongLong(), b);
    const QString text = model->data(second, ClusterModel::MemberTextRole).toString();
    EXPECT_EQ(codePointMid(kSecond, model->data(second, ClusterModel::StartRole).toLongLong(),
                           model->data(second, ClusterModel::EndRole).toLongLong()),
              text);
    EXPECT_TRUE(text.startsWith(QLatin1String("We will always honor")));
    EXPECT_TRUE(model->data(first, ClusterModel::DiffRole).toList().isEmpty());
    const QVariantList diff = model->data(second, ClusterModel::DiffRole).toList();
    ASSERT_FALSE(diff.isEmpty());
    bool sawStormsOfWinter = false;
    for (const QVariant& v : diff) {
        const WordDiffOp op = v.value<WordDiffOp>();
        EXPECT_FALSE(op.kind != WordDiffOp::Kind::Same && op.text.contains(QLatin1String("hono")));
        sawStormsOfWinter = sawStormsOfWinter || (op.kind == WordDiffOp::Kind::Added && op.text.contains(QLatin1String("of")));
    }
    EXPECT_TRUE(sawStormsOfWinter);
}

TEST_F(ClusterModelTest, StatementComesFirstWholeAndTheTooltipHasEverything)
{
    ASSERT_EQ(clusters.size(), 1);
    model->setClusters(clusters);
    const QModelIndex cluster = model->index(0, ClusterModel::StatementColumn);
    const QString statement = clusters.first().members.first().text.simplified();
    ASSERT_GT(statement.size(), 80) << "long enough to have been cut before";
    // Views elide it in the middle: the start of the statement and the speaker stay visible.
    EXPECT_EQ(model->data(cluster).toString(), QStringLiteral("“%1” — Anna Lindqvist").arg(statement));
    const QString tip = model->data(cluster, Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(statement)) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QLatin1String("Anna Lindqvist"))) << tip.toStdString();
    for (int column : {ClusterModel::OutletsColumn, ClusterModel::DatesColumn, ClusterModel::RenderingsColumn})
        EXPECT_TRUE(tip.contains(model->index(0, column).data().toString())) << tip.toStdString();
    // A rendering's tooltip is its passage as written.
    EXPECT_EQ(model->data(model->index(1, ClusterModel::StatementColumn, model->index(0, 0)), Qt::ToolTipRole).toString(),
              model->data(model->index(1, 0, model->index(0, 0)), ClusterModel::MemberTextRole).toString());
}

TEST_F(ClusterModelTest, RemovingADocumentRemovesItsClusterPrecisely)
{
    model->setClusters(clusters);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    ASSERT_TRUE(store.removeDocument(c)); // not in any cluster
    EXPECT_EQ(removed.count(), 0);
    ASSERT_TRUE(store.removeDocument(b)); // leaves the cluster with one document
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(model->rowCount(), 0);
}

TEST_F(ClusterModelTest, ConfirmLinksMembersInOneUndoStepAndMarksTheCluster)
{
    model->setClusters(clusters);
    const QModelIndex cluster = model->index(0, 0);
    EXPECT_FALSE(model->data(cluster, ClusterModel::ConfirmedRole).toBool());
    const int before = store.undoStack()->count();
    const QList<AnnotationId> ids = ClusterActions::confirm(store, clusters.first());
    ASSERT_EQ(ids.size(), 2);
    EXPECT_EQ(store.undoStack()->count(), before + 1);
    EXPECT_TRUE(model->data(cluster, ClusterModel::ConfirmedRole).toBool());
    const QList<AnnotationLink> links = store.links(ids[0]);
    ASSERT_EQ(links.size(), 1);
    EXPECT_EQ(links.first().kind, LinkKind::SameStatement);
    EXPECT_EQ(store.annotation(ids[1])->start, clusters.first().members[1].start);
    undo();
    EXPECT_FALSE(model->data(cluster, ClusterModel::ConfirmedRole).toBool());
    EXPECT_TRUE(store.annotations(a).isEmpty());
    redo();
    EXPECT_TRUE(ClusterActions::isConfirmed(store, clusters.first()));
}

TEST_F(ClusterModelTest, VerdictOnOneMemberIsOfferedToTheOthers)
{
    const QList<AnnotationId> ids = ClusterActions::confirm(store, clusters.first());
    ASSERT_EQ(ids.size(), 2);
    EXPECT_TRUE(ClusterActions::membersLackingVerdict(store, ids[0]).isEmpty()); // no verdict yet
    const QString verdict = store.ratingScale().value(0);
    ASSERT_FALSE(verdict.isEmpty());
    ASSERT_TRUE(store.setVerdict(ids[1], verdict));
    EXPECT_EQ(ClusterActions::membersLackingVerdict(store, ids[1]), QList<AnnotationId>{ids[0]});
    ASSERT_TRUE(ClusterActions::offerVerdict(store, ids[1], {ids[0]}));
    EXPECT_EQ(store.annotation(ids[0])->verdict, verdict);
    EXPECT_TRUE(ClusterActions::membersLackingVerdict(store, ids[1]).isEmpty());
}

TEST_F(ClusterModelTest, SplitIsRememberedAndUndoable)
{
    ClusterActions::confirm(store, clusters.first());
    ASSERT_TRUE(ClusterActions::split(store, clusters.first(), {1}));
    EXPECT_FALSE(ClusterActions::isConfirmed(store, clusters.first())); // the link went
    const QList<StatementCluster> again = ClusterActions::applySplits(store, QuoteMatcher::cluster(matchDocumentsOf(store)));
    EXPECT_TRUE(again.isEmpty()); // each part is in one document only
    undo();
    EXPECT_EQ(ClusterActions::applySplits(store, QuoteMatcher::cluster(matchDocumentsOf(store))).size(), 1);
    EXPECT_FALSE(ClusterActions::split(store, clusters.first(), {0, 1})); // nothing would be left
}
