// SPDX-License-Identifier: MIT
// ClaimModel and CoverageMatrixModel follow the store: claims created, extended, re-verdicted,
// undone; anchoring annotations removed and restored; documents added and removed.
#include "storefixture.h"

#include "annotationfiltermodel.h"
#include "annotationmodel.h"
#include "claimcolumnproxy.h"
#include "claimmodel.h"
#include "coverageheatmap.h"
#include "coveragematrixmodel.h"
#include "coverageroles.h"
#include "matching/statementcluster.h"
#include "roles.h"
#include "verdictcolor.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Crossread;
using namespace Crossread::Test;

namespace {

const QString kHerald = QStringLiteral(
    "Harbour reopens after storm\n\nThe harbour reopened on Monday after three weeks of repairs, the port "
    "authority said in a statement to reporters.\n\nThe mayor said that 400 dockers kept the cranes running.\n\n"
    "Traffic resumed at noon.");
const QString kVoice = QStringLiteral(
    "Port back in business\n\nShips queued outside the port on Monday morning as crews prepared the berths for the "
    "first arrivals.\n\nOfficials said 400 dockers kept the cranes running through the winter.");
const QString kGazette = QStringLiteral(
    "Late edition\n\nThe port is open again, and nobody could say when the next storm would come or how long it "
    "would last.");

class ClaimModelsTest : public StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        herald = addDocument(QStringLiteral("Harbour reopens after storm"), kHerald, QStringLiteral("Herald"),
                             QDate(2031, 3, 4));
        voice = addDocument(QStringLiteral("Port back in business"), kVoice, QStringLiteral("Voice"), QDate(2031, 3, 5));
        gazette = addDocument(QStringLiteral("Late edition"), kGazette, QStringLiteral("Gazette"));
        const TagId claim = builtin("claim");
        a = annotate(herald, QStringLiteral("400 dockers kept the cranes running"), {claim});
        b = annotate(voice, QStringLiteral("400 dockers kept the cranes running through the winter"), {claim});
        c = annotate(gazette, QStringLiteral("The port is open again"), {claim});
    }

    int columnOf(const QAbstractItemModel& model, const QString& outlet) const
    {
        for (int col = 0; col < model.columnCount(); ++col) {
            if (model.headerData(col, Qt::Horizontal).toString() == outlet)
                return col;
        }
        return -1;
    }

    DocumentId herald = 0, voice = 0, gazette = 0;
    AnnotationId a = 0, b = 0, c = 0;
};

} // namespace

TEST_F(ClaimModelsTest, ClaimTreeFollowsClaimEditsAndUndo)
{
    ClaimModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 0);

    const ClaimId id = store.createClaim({a, b}, QStringLiteral("400 dockers"));
    ASSERT_NE(id, 0) << store.lastError().message.toStdString();
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex row = model.indexOfClaim(id);
    EXPECT_EQ(model.data(row).toString(), QStringLiteral("400 dockers"));
    ASSERT_EQ(model.rowCount(row), 2);
    EXPECT_EQ(model.annotationId(model.index(0, 0, row)), a);
    EXPECT_EQ(model.annotationId(model.index(1, 0, row)), b);
    EXPECT_EQ(model.claimId(model.index(1, 0, row)), id);
    const auto passage = model.index(1, 0, row).data(PassageRole).value<PassageLocation>();
    EXPECT_EQ(passage.document, voice);
    EXPECT_EQ(codePointMid(kVoice, passage.start, passage.end), store.annotation(b)->quote);
    EXPECT_TRUE(model.index(0, ClaimModel::DocumentsColumn).data().toString().contains(QLatin1String("Voice")));

    ASSERT_TRUE(store.addClaimAnchor(id, c));
    EXPECT_EQ(model.rowCount(model.indexOfClaim(id)), 3);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QString verdict = store.ratingScale().first();
    ASSERT_TRUE(store.setClaimVerdict(id, verdict));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(model.index(0, ClaimModel::VerdictColumn).data().toString(), QStringLiteral("True")); // the key's label
    EXPECT_EQ(model.index(0, ClaimModel::VerdictColumn).data(VerdictRole).toString(), verdict);
    EXPECT_EQ(model.index(0, ClaimModel::VerdictColumn).data(VerdictColorRole).value<QColor>(),
              verdictColor(store.ratingScale(), verdict));

    undo(); // verdict
    EXPECT_TRUE(model.index(0, ClaimModel::VerdictColumn).data().toString().isEmpty());
    undo(); // third anchor
    EXPECT_EQ(model.rowCount(model.indexOfClaim(id)), 2);
    undo(); // the claim
    EXPECT_EQ(model.rowCount(), 0);
    redo();
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 2);
}

TEST_F(ClaimModelsTest, AnchorsGoAndComeBackWithTheirAnnotation)
{
    ClaimModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const ClaimId id = store.createClaim({a, b});
    ASSERT_NE(id, 0);
    ASSERT_TRUE(store.removeAnnotation(b));
    ASSERT_EQ(model.rowCount(model.indexOfClaim(id)), 1);
    EXPECT_EQ(model.annotationId(model.index(0, 0, model.indexOfClaim(id))), a);
    undo();
    ASSERT_EQ(model.rowCount(model.indexOfClaim(id)), 2);

    // A second claim inserted before nothing, removed again: the first claim's children stay valid.
    const ClaimId other = store.createClaim({c});
    ASSERT_NE(other, 0);
    EXPECT_EQ(model.rowCount(), 2);
    ASSERT_TRUE(store.removeClaim(id));
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.claimId(model.index(0, 0)), other);
}

TEST_F(ClaimModelsTest, CoverageMatrixShowsCarriersOmissionsAndPassages)
{
    CoverageMatrixModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.columnCount(), 3) << "one column per outlet";

    const ClaimId id = store.createClaim({a, b}, QStringLiteral("400 dockers"));
    ASSERT_NE(id, 0);
    model.refresh();
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("400 dockers"));
    const int heraldCol = columnOf(model, QStringLiteral("Herald"));
    const int voiceCol = columnOf(model, QStringLiteral("Voice"));
    const int gazetteCol = columnOf(model, QStringLiteral("Gazette"));
    ASSERT_GE(heraldCol, 0);
    ASSERT_GE(voiceCol, 0);
    ASSERT_GE(gazetteCol, 0);
    EXPECT_TRUE(model.index(0, heraldCol).data(CarriedRole).toBool());
    EXPECT_TRUE(model.index(0, voiceCol).data(CarriedRole).toBool());
    EXPECT_FALSE(model.index(0, gazetteCol).data(CarriedRole).toBool()) << "the Gazette omits it";
    EXPECT_EQ(model.index(0, gazetteCol).data().toString(), QStringLiteral("—"));
    EXPECT_TRUE(model.index(0, gazetteCol).data(Qt::ToolTipRole).toString().contains(QLatin1String("Gazette")));
    EXPECT_FALSE(model.index(0, gazetteCol).data(PassageRole).isValid());
    const auto passage = model.index(0, voiceCol).data(PassageRole).value<PassageLocation>();
    EXPECT_EQ(passage.document, voice);
    EXPECT_EQ(codePointMid(kVoice, passage.start, passage.end), store.annotation(b)->quote);
    EXPECT_EQ(model.index(0, voiceCol).data(AnchorIdsRole).toList(), QVariantList{b});
    EXPECT_FALSE(model.index(0, heraldCol).data(ProminenceRole).toString().isEmpty());
    EXPECT_FALSE(model.index(0, heraldCol).data(FramingRole).toString().isEmpty());

    // Live: a verdict colours the carried cells; an anchor in the Gazette fills the omission.
    ASSERT_TRUE(store.setClaimVerdict(id, store.ratingScale().last()));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int i = 0; i < 200 && changed.count() == 0; ++i) // coalesced into a later event-loop turn
        QTest::qWait(10);
    EXPECT_GT(changed.count(), 0);
    EXPECT_TRUE(model.index(0, heraldCol).data(VerdictColorRole).value<QColor>().isValid());
    ASSERT_TRUE(store.addClaimAnchor(id, c));
    model.refresh();
    EXPECT_TRUE(model.index(0, gazetteCol).data(CarriedRole).toBool());

    // Removing a document removes its outlet's column; undo brings it back.
    ASSERT_TRUE(store.removeDocument(gazette));
    model.refresh();
    EXPECT_EQ(columnOf(model, QStringLiteral("Gazette")), -1);
    undo();
    model.refresh();
    EXPECT_GE(columnOf(model, QStringLiteral("Gazette")), 0);

    EXPECT_TRUE(model.toCsv().contains(QLatin1String("400 dockers")));
}

TEST_F(ClaimModelsTest, CoverageMatrixRowsComeAndGoWithClaims)
{
    CoverageMatrixModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = model.rowCount();
    const ClaimId first = store.createClaim({a});
    const ClaimId second = store.createClaim({c});
    ASSERT_NE(first, 0);
    ASSERT_NE(second, 0);
    model.refresh();
    EXPECT_EQ(model.rowCount(), before + 2);
    ASSERT_TRUE(store.removeClaim(first));
    model.refresh();
    EXPECT_EQ(model.rowCount(), before + 1);
    bool found = false;
    for (int r = 0; r < model.rowCount(); ++r)
        found = found || model.index(r, 0).data(ClaimIdRole).toLongLong() == second;
    EXPECT_TRUE(found);
    undo();
    model.refresh();
    EXPECT_EQ(model.rowCount(), before + 2);
}

TEST_F(ClaimModelsTest, CoverageMatrixWaitsWhileNotLiveAndCatchesUpOnce)
{
    CoverageMatrixModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLive(false);
    const int before = model.rowCount();
    ASSERT_NE(store.createClaim({a, b}), 0);
    QTest::qWait(50);
    EXPECT_EQ(model.rowCount(), before) << "a hidden matrix is not rebuilt on every edit";
    model.setLive(true);
    for (int i = 0; i < 200 && model.rowCount() == before; ++i)
        QTest::qWait(10);
    EXPECT_EQ(model.rowCount(), before + 1);
}

TEST_F(ClaimModelsTest, HeatMapPaintsCarriedCellsAndHatchesOmissions)
{
    CoverageMatrixModel model(&store);
    ASSERT_NE(store.createClaim({a, b}), 0);
    model.refresh();
    const QImage image = CoverageHeatMap::render(model, QGuiApplication::font());
    ASSERT_FALSE(image.isNull());
    const HeatMapLayout layout = CoverageHeatMap::layout(model, QRect(0, 0, 0, 0), QGuiApplication::font());
    const int heraldCol = columnOf(model, QStringLiteral("Herald"));
    const int gazetteCol = columnOf(model, QStringLiteral("Gazette"));
    const QRect carried = layout.cellRect(0, heraldCol);
    const QRect omitted = layout.cellRect(0, gazetteCol);
    EXPECT_NE(image.pixelColor(carried.center()), QColor(Qt::white)) << "a carried cell is filled";
    // An omission is hatched: some of its pixels stay white, some do not.
    int white = 0;
    for (int x = omitted.left() + 1; x < omitted.right(); ++x)
        white += image.pixelColor(x, omitted.center().y()) == QColor(Qt::white) ? 1 : 0;
    EXPECT_GT(white, 0);
    EXPECT_LT(white, omitted.width() - 2);
    EXPECT_EQ(layout.cellAt(carried.center()), std::make_pair(0, heraldCol));
}

TEST_F(ClaimModelsTest, ClaimColumnNamesTheClaimAndFeedsTheTextFilter)
{
    AnnotationModel annotations(&store);
    ClaimColumnProxy proxy(&store);
    proxy.setSourceModel(&annotations);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    AnnotationFilterModel filter;
    filter.setSourceModel(&proxy);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(proxy.columnCount(), annotations.columnCount() + 1);
    EXPECT_EQ(proxy.headerData(proxy.claimColumn(), Qt::Horizontal).toString(), QStringLiteral("Claim"));

    const ClaimId id = store.createClaim({a, c}, QStringLiteral("Harbour open"));
    ASSERT_NE(id, 0);
    const QModelIndex ofA = proxy.index(annotations.indexOf(a).row(), proxy.claimColumn());
    const QModelIndex ofB = proxy.index(annotations.indexOf(b).row(), proxy.claimColumn());
    EXPECT_EQ(ofA.data().toString(), QStringLiteral("Harbour open"));
    EXPECT_EQ(ofA.data(ClaimIdRole).toLongLong(), id);
    EXPECT_TRUE(ofB.data().toString().isEmpty());

    filter.setTextFilter(QStringLiteral("harbour OPEN"));
    EXPECT_EQ(filter.rowCount(), 2) << "both anchors of the claim, found by its title";
    filter.setTextFilter(QString());
    filter.sort(proxy.claimColumn(), Qt::DescendingOrder);
    EXPECT_EQ(filter.index(0, proxy.claimColumn()).data().toString(), QStringLiteral("Harbour open"));
    EXPECT_EQ(filter.index(1, proxy.claimColumn()).data().toString(), QStringLiteral("Harbour open"));

    undo();
    EXPECT_TRUE(ofA.data().toString().isEmpty()) << "the column follows undo";
}

TEST(VerdictColor, RunsFromGreenToRedWithUnprovenGrey)
{
    const QStringList scale{QStringLiteral("True"), QStringLiteral("Misleading"), QStringLiteral("False"),
                            QStringLiteral("Unproven")};
    const QColor good = verdictColor(scale, QStringLiteral("True"));
    const QColor bad = verdictColor(scale, QStringLiteral("False"));
    EXPECT_GT(good.green(), good.red());
    EXPECT_GT(bad.red(), bad.green());
    EXPECT_EQ(verdictColor(scale, QStringLiteral("Unproven")).saturation(), 0);
    EXPECT_FALSE(verdictColor(scale, QString()).isValid());
    EXPECT_FALSE(verdictColor(scale, QStringLiteral("Pants on fire")).isValid());
}
