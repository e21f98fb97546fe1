// SPDX-License-Identifier: MIT
// Claims, coverage, timeline and revisions as a user meets them: Same Claim from the keyboard,
// a click on a matrix cell or a timeline dot opens the passage, the claim's verdict edited in the
// inspector, stepping between revisions in a column header and comparing them.
#include "annotationsdock.h"
#include "claimpanel.h"
#include "clustermodel.h"
#include "clustersdock.h"
#include "matching/clusterjob.h"
#include "comparisonarea.h"
#include "coveragedock.h"
#include "coverageheatmapwidget.h"
#include "coveragematrixmodel.h"
#include "coverageroles.h"
#include "documentcolumn.h"
#include "documentview.h"
#include "mainwindow.h"
#include "revisionbar.h"
#include "revisioncomparedialog.h"
#include "revisiondiff.h"
#include "roles.h"
#include "test_dockhelpers.h"
#include "text/offsets.h"
#include "timelinedock.h"
#include "timelinewidget.h"
#include "viewtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Crossread;
using Crossread::Test::TempProject;

namespace {

class ClaimWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_project.createDemo());
        store = m_project.store.get();
        m_window = std::make_unique<MainWindow>(store);
        m_window->setInteractive(false);
        m_window->resize(1400, 900);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        for (const Document& d : store->documents())
            docs.append(d.id);
        ASSERT_GE(docs.size(), 2);
        auto* snap = m_window->findChild<QAction*>(QStringLiteral("snapToWords"));
        if (snap && snap->isChecked())
            snap->trigger(); // exact offsets
        m_window->comparisonArea()->openDocuments(docs);
        QApplication::processEvents();
    }
    void TearDown() override
    {
        m_window.reset();
        QSettings().clear();
    }
    DocumentView* focusColumn(int i)
    {
        DocumentView* v = m_window->comparisonArea()->column(i)->view();
        v->setFocus(Qt::OtherFocusReason);
        QApplication::processEvents();
        return v;
    }
    AnnotationId firstAnnotation(DocumentId doc) const
    {
        const QList<Annotation> list = store->annotations(doc);
        return list.isEmpty() ? 0 : list.first().id;
    }

    TempProject m_project;
    ProjectStore* store = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QList<DocumentId> docs;
};

} // namespace

TEST_F(ClaimWindowTest, SameClaimFromTheKeyboardJoinsTheColumnsSelections)
{
    DocumentView* left = focusColumn(0);
    QTest::keyClick(left, Qt::Key_F8); // selects the first annotation of the column
    const AnnotationId a = left->selectedAnnotation();
    DocumentView* right = focusColumn(1);
    QTest::keyClick(right, Qt::Key_F8);
    const AnnotationId b = right->selectedAnnotation();
    ASSERT_NE(a, 0);
    ASSERT_NE(b, 0);
    EXPECT_EQ(m_window->claimSelection(), (QList<AnnotationId>{a, b}));

    QTest::keyClick(right, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    const QList<ClaimRecord> claims = store->claims();
    ASSERT_EQ(claims.size(), 1);
    QList<AnnotationId> anchors;
    for (const ClaimAnchor& anchor : claims.first().anchors)
        anchors.append(anchor.annotation);
    EXPECT_EQ(anchors, (QList<AnnotationId>{a, b}));
    EXPECT_EQ(store->claimOfAnnotation(b), claims.first().id);

    // The inspector shows the claim record of the selected anchor.
    EXPECT_TRUE(m_window->claimPanel()->isVisible());
    EXPECT_EQ(m_window->claimPanel()->claim(), claims.first().id);

    QTest::keyClick(right, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(store->claims().isEmpty()) << "Same Claim is one undo step";
}

TEST_F(ClaimWindowTest, EditingTheVerdictInTheClaimPanelEditsTheClaim)
{
    const AnnotationId a = firstAnnotation(docs.at(0));
    const AnnotationId b = firstAnnotation(docs.at(1));
    const ClaimId id = store->createClaim({a, b});
    ASSERT_NE(id, 0);
    m_window->showAnnotation(b, false);
    ClaimPanel* panel = m_window->claimPanel();
    ASSERT_TRUE(panel->isVisible());
    auto* verdict = panel->findChild<QComboBox*>(QStringLiteral("claimVerdict"));
    ASSERT_NE(verdict, nullptr);
    const QString rating = store->ratingScale().at(2); // a key; the combo box shows its label
    verdict->setFocus(Qt::TabFocusReason);
    for (int guard = 0; guard < 20 && verdict->currentData().toString() != rating; ++guard)
        QTest::keyClick(verdict, Qt::Key_Down);
    ASSERT_EQ(verdict->currentData().toString(), rating);
    EXPECT_EQ(verdict->currentText(), QStringLiteral("Misleading"));
    EXPECT_EQ(store->claim(id)->verdict, rating) << "the claim carries the verdict, for every anchor";
    m_window->showAnnotation(a, false);
    EXPECT_EQ(verdict->currentData().toString(), rating);
}

TEST_F(ClaimWindowTest, ClickingAMatrixCellSelectsThePassageInItsColumn)
{
    const AnnotationId a = firstAnnotation(docs.at(0));
    const AnnotationId b = firstAnnotation(docs.at(1));
    ASSERT_NE(store->createClaim({a, b}), 0);
    CoverageDock* dock = m_window->coverageDock();
    dock->model()->refresh();
    m_window->comparisonArea()->openDocuments({});
    dock->show();
    dock->raise();
    QApplication::processEvents();

    const std::optional<Annotation> target = store->annotation(b);
    int row = -1, column = -1;
    CoverageMatrixModel* model = dock->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->index(r, c).data(RowKindRole).toInt() == 0 // a claim row, not a speaker's
                && model->index(r, c).data(AnchorIdsRole).toList().contains(QVariant(b))) {
                row = r;
                column = c;
            }
        }
    }
    ASSERT_GE(row, 0) << "the anchor's outlet carries the claim";
    QTableView* table = dock->table();
    const QModelIndex cell = model->index(row, column);
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, table->visualRect(cell).center());

    DocumentView* view = m_window->comparisonArea()->viewFor(target->document);
    ASSERT_NE(view, nullptr) << "the passage's document was opened";
    EXPECT_EQ(view->selectedRange(), std::make_pair(target->start, target->end));
}

TEST_F(ClaimWindowTest, StepsBetweenRevisionsInTheColumnHeaderAndComparesThem)
{
    const DocumentId original = docs.at(0);
    const QString text = store->documentText(original);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("updated.txt"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        // An inserted paragraph near the top: every annotation moves but keeps its wording.
        const qsizetype cut = text.indexOf(QLatin1Char('\n'));
        ASSERT_GT(cut, 0);
        const QString edited = text.left(cut) + QStringLiteral("\n\nUpdate: this article was corrected after publication.")
            + text.mid(cut);
        file.write(edited.toUtf8());
    }
    m_window->comparisonArea()->openDocuments({original});
    QApplication::processEvents();
    const DocumentId revision = m_window->importRevisionFile(original, path);
    ASSERT_NE(revision, 0) << store->lastError().message.toStdString();
    DocumentColumn* column = m_window->comparisonArea()->column(0);
    EXPECT_EQ(column->documentId(), revision) << "the column shows the new revision";

    auto* bar = column->findChild<RevisionBar*>();
    ASSERT_NE(bar, nullptr);
    ASSERT_TRUE(bar->isVisible());
    auto* previous = bar->findChild<QToolButton*>(QStringLiteral("previousRevision"));
    auto* next = bar->findChild<QToolButton*>(QStringLiteral("nextRevision"));
    ASSERT_NE(previous, nullptr);
    ASSERT_NE(next, nullptr);
    EXPECT_FALSE(next->isEnabled());
    QTest::mouseClick(previous, Qt::LeftButton);
    EXPECT_EQ(column->documentId(), original);
    EXPECT_TRUE(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(column->documentId(), revision);

    auto* compare = bar->findChild<QToolButton*>(QStringLiteral("compareRevisions"));
    ASSERT_NE(compare, nullptr);
    QTest::mouseClick(compare, Qt::LeftButton);
    RevisionCompareDialog* dialog = m_window->lastRevisionDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->diffHtml().contains(QLatin1String("corrected after publication")));
    EXPECT_EQ(dialog->auditView()->topLevelItemCount(), store->annotations(original).size())
        << "one audit line per annotation of the older revision";
}

TEST(RevisionDiff, InsertedRewordedAndDeletedParagraphs)
{
    const QString before = QStringLiteral("Title\nThe mayor said 400 dockers kept the cranes running.\n"
                                          "A paragraph that will go.\nThe end of the story.");
    const QString after = QStringLiteral("Title\nA new paragraph about the correction that nobody expected.\n"
                                         "The mayor said 500 dockers kept the cranes running.\nThe end of the story.");
    RevisionDiffStats stats;
    const QString html = revisionDiffHtml(before, after, &stats);
    EXPECT_EQ(stats.paragraphsSame, 2);
    EXPECT_EQ(stats.paragraphsChanged, 1) << "the mayor's paragraph is reworded, not replaced";
    EXPECT_EQ(stats.paragraphsAdded, 1);
    EXPECT_EQ(stats.paragraphsRemoved, 1);
    EXPECT_TRUE(html.contains(QLatin1String("<s>400</s>"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QLatin1String("500")));
    RevisionDiffStats none;
    revisionDiffHtml(before, before, &none);
    EXPECT_EQ(none.paragraphsChanged + none.paragraphsAdded + none.paragraphsRemoved, 0);
}

TEST(TimelineWidgetTest, FirstAppearanceUndatedBandAndClicks)
{
    TimelineInput input;
    input.documents = {{1, QStringLiteral("Herald"), QStringLiteral("A"), QDate(2031, 3, 4)},
                       {2, QStringLiteral("Voice"), QStringLiteral("B"), QDate(2031, 3, 9)},
                       {3, QStringLiteral("Gazette"), QStringLiteral("C"), QDate()}};
    input.claims = {{7, QStringLiteral("400 dockers"), QColor(Qt::red), {{2, 21, 5, 9}, {1, 11, 30, 40}, {3, 31, 1, 2}}}};
    TimelineWidget widget;
    widget.setInput(input);
    ASSERT_TRUE(Crossread::Test::showActive(&widget));
    EXPECT_EQ(widget.firstDocument(7), 1) << "the earliest dated outlet said it first";
    const QPoint herald = widget.appearancePoint(7, 1);
    const QPoint voice = widget.appearancePoint(7, 2);
    const QPoint gazette = widget.appearancePoint(7, 3);
    ASSERT_FALSE(herald.isNull());
    EXPECT_LT(herald.x(), voice.x()) << "later publication, further right";
    EXPECT_GT(gazette.x(), voice.x()) << "undated documents stand apart, after the axis";
    EXPECT_EQ(herald.y(), voice.y());

    QSignalSpy clicked(&widget, &TimelineWidget::appearanceActivated);
    QTest::mouseClick(&widget, Qt::LeftButton, Qt::NoModifier, voice);
    ASSERT_EQ(clicked.count(), 1);
    const auto appearance = clicked.first().at(1).value<TimelineInput::Appearance>();
    EXPECT_EQ(appearance.annotation, 21);
    EXPECT_EQ(appearance.start, 5);
    QSignalSpy documents(&widget, &TimelineWidget::documentActivated);
    QTest::mouseClick(&widget, Qt::LeftButton, Qt::NoModifier, widget.documentPoint(3));
    ASSERT_EQ(documents.count(), 1);
    EXPECT_EQ(documents.first().first().toLongLong(), 3);
}

TEST_F(ClaimWindowTest, HeatMapClickRevealsTheCell)
{
    const AnnotationId a = firstAnnotation(docs.at(0));
    ASSERT_NE(store->createClaim({a}), 0);
    CoverageDock* dock = m_window->coverageDock();
    dock->model()->refresh();
    dock->show();
    dock->raise();
    if (auto* tabs = dock->findChild<QTabWidget*>())
        tabs->setCurrentIndex(1); // the heat map
    QApplication::processEvents();
    CoverageHeatMapWidget* map = dock->heatMap();
    int column = -1;
    for (int c = 0; c < dock->model()->columnCount(); ++c) {
        if (dock->model()->index(0, c).data(CarriedRole).toBool())
            column = c;
    }
    ASSERT_GE(column, 0);
    QSignalSpy reveal(dock, &CoverageDock::revealRequested);
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, map->cellCenter(0, column));
    ASSERT_EQ(reveal.count(), 1);
    const auto passages = reveal.first().first().value<QList<PassageLocation>>();
    ASSERT_EQ(passages.size(), 1);
    EXPECT_EQ(passages.first().document, docs.at(0));
}

TEST_F(ClaimWindowTest, SameClaimOnRowsOfTheAnnotationsTableAndItsClaimColumn)
{
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("annotationsTable"));
    ASSERT_NE(table, nullptr);
    m_window->annotationsDock()->show();
    m_window->annotationsDock()->raise();
    QApplication::processEvents();
    ASSERT_GE(table->model()->rowCount(), 2);
    Crossread::Test::clickRow(table, table->model()->index(0, 0));
    Crossread::Test::clickRow(table, table->model()->index(1, 0), Qt::ControlModifier);
    const AnnotationId first = table->model()->index(0, 0).data(AnnotationIdRole).toLongLong();
    const AnnotationId second = table->model()->index(1, 0).data(AnnotationIdRole).toLongLong();
    ASSERT_TRUE(table->hasFocus());
    EXPECT_EQ(m_window->claimSelection().size(), 2);

    QTest::keyClick(table, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    const QList<ClaimRecord> claims = store->claims();
    ASSERT_EQ(claims.size(), 1);
    QSet<AnnotationId> anchors;
    for (const ClaimAnchor& anchor : claims.first().anchors)
        anchors.insert(anchor.annotation);
    EXPECT_EQ(anchors, (QSet<AnnotationId>{first, second}));

    int claimColumn = -1;
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        if (table->model()->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Claim"))
            claimColumn = c;
    }
    ASSERT_GE(claimColumn, 0) << "the annotations table has a Claim column";
    int shown = 0;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        shown += table->model()->index(r, claimColumn).data().toString() == claims.first().title ? 1 : 0;
    EXPECT_EQ(shown, 2);
}

TEST_F(ClaimWindowTest, AClusterBecomesAClaimRecord)
{
    ClustersDock* clusters = m_window->clustersDock();
    clusters->job()->waitForFinished();
    QApplication::processEvents();
    ASSERT_GT(clusters->model()->rowCount(), 0) << "the demo renders the minister's quote in several outlets";
    const QModelIndex first = clusters->model()->index(0, 0);
    const StatementCluster* cluster = clusters->model()->clusterAt(first);
    ASSERT_NE(cluster, nullptr);
    const int members = int(cluster->members.size());
    clusters->selectCluster(cluster->id);
    auto* action = m_window->findChild<QAction*>(QStringLiteral("claimFromCluster"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    const QList<ClaimRecord> claims = store->claims();
    ASSERT_EQ(claims.size(), 1);
    EXPECT_EQ(claims.first().anchors.size(), members);

    // The timeline places the new claim with a passage for each outlet's dot.
    const TimelineInput input = TimelineDock::inputFor(*store);
    ASSERT_EQ(input.claims.size(), 1);
    EXPECT_FALSE(input.claims.first().appearances.isEmpty());
    for (const TimelineInput::Appearance& a : input.claims.first().appearances)
        EXPECT_NE(a.annotation, 0) << "document " << a.document;
}

TEST_F(ClaimWindowTest, EnterOnAClaimInTheClaimsTreeOpensEveryRendering)
{
    const AnnotationId a = firstAnnotation(docs.at(0));
    const AnnotationId b = firstAnnotation(docs.at(1));
    ASSERT_NE(store->createClaim({a, b}), 0);
    CoverageDock* dock = m_window->coverageDock();
    auto* tree = dock->findChild<QTreeView*>(QStringLiteral("claimTree"));
    ASSERT_NE(tree, nullptr);
    QSignalSpy reveal(dock, &CoverageDock::revealRequested);
    ASSERT_TRUE(Crossread::Test::moveCurrentByKeyboard(tree, [](const QModelIndex& i) { return i.isValid(); }));
    QTest::keyClick(tree, Qt::Key_Return);
    ASSERT_EQ(reveal.count(), 1);
    const auto passages = reveal.first().first().value<QList<PassageLocation>>();
    ASSERT_EQ(passages.size(), 2);
    EXPECT_EQ(passages.at(0).document, docs.at(0));
    EXPECT_EQ(passages.at(1).document, docs.at(1));
}
