// SPDX-License-Identifier: MIT
// What a new user sees on a 1700×1100 screen (issue #13): the first window's size, and every
// panel readable with four articles side by side.
#include "clustermodel.h"
#include "clustersdock.h"
#include "comparisonarea.h"
#include "documentcolumn.h"
#include "documentmodel.h"
#include "documentsdock.h"
#include "annotationsdock.h"
#include "inspectordock.h"
#include "mainwindow.h"
#include "searchdock.h"
#include "suggestionsdock.h"
#include "matching/clusterjob.h"
#include "viewtestsupport.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace Crossread;
using Crossread::Test::TempProject;

namespace {

// ---- the first window -------------------------------------------------------------------------

TEST(FirstRunGeometry, TakesMostOfTheScreenCentred)
{
    EXPECT_EQ(MainWindow::firstRunGeometry(QRect(0, 0, 1700, 1100)), QRect(127, 82, 1445, 935));
    // A panel along the top: the window stays inside what is left, centred in it.
    const QRect available(0, 40, 1700, 1060);
    const QRect frame = MainWindow::firstRunGeometry(available);
    EXPECT_TRUE(available.contains(frame));
    EXPECT_LE(std::abs((frame.left() - available.left()) - (available.right() - frame.right())), 1);
    EXPECT_LE(std::abs((frame.top() - available.top()) - (available.bottom() - frame.bottom())), 1);
    // A very large screen: a bounded window rather than 85 % of 5K.
    EXPECT_EQ(MainWindow::firstRunGeometry(QRect(0, 0, 5120, 2880)).size(), QSize(2400, 1500));
}

TEST(FirstRunGeometry, WindowWithoutSavedGeometryFollowsTheScreen)
{
    QSettings().clear();
    ProjectStore store;
    const MainWindow window(&store);
    const QRect expected = MainWindow::firstRunGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    // The offscreen screen is smaller than the window can be; on the user's it fits (next test).
    EXPECT_EQ(window.size(), expected.size().expandedTo(window.minimumSize()));
    EXPECT_EQ(window.pos(), expected.topLeft());
}

// The offscreen platform reads its screens from a file given in QT_QPA_PLATFORM: this test runs
// the next one in a child process whose one screen is 1700×1100, as the user's was.
TEST(FirstRunGeometry, OnA1700x1100ScreenTheFirstWindowIs1445x935AndCentredThenAsSaved)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"screens": [{"name": "user", "x": 0, "y": 0, "width": 1700, "height": 1100,
                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + config);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_also_run_disabled_tests"),
                 QStringLiteral("--gtest_filter=FirstRunOnTheUsersScreen.DISABLED_RunByTheTestBefore")});
    ASSERT_TRUE(child.waitForFinished(60000));
    const QString output = QString::fromLocal8Bit(child.readAllStandardOutput() + child.readAllStandardError());
    EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("[  PASSED  ] 1 test"))) << output.toStdString();
}

TEST(FirstRunOnTheUsersScreen, DISABLED_RunByTheTestBefore)
{
    ASSERT_EQ(QGuiApplication::primaryScreen()->geometry(), QRect(0, 0, 1700, 1100));
    QSettings().clear();
    ProjectStore store;
    {
        MainWindow window(&store);
        window.setInteractive(false);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        // The frame's size is known only once shown: the window is 85 %, its frame starts centred.
        EXPECT_EQ(window.size(), QSize(1445, 935));
        EXPECT_EQ(window.frameGeometry().topLeft(), QPoint(127, 82));
        // The side docks get the widths meant for them, not what Qt's default window size left.
        EXPECT_GE(window.documentsDock()->width(), 300);
        EXPECT_GE(window.inspectorDock()->width(), 300);
        window.resize(1300, 800);
        window.close(); // saves the geometry
    }
    // Once a geometry is saved, it wins over the first-run size.
    MainWindow again(&store);
    EXPECT_EQ(again.size(), QSize(1300, 800));
    QSettings().clear();
}

// ---- four articles side by side -------------------------------------------------------------

/// The demo's three articles and a fourth, in the window a 1700×1100 screen gets on first use,
/// with a claim that has a verdict in the inspector.
class FourColumns : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_project.createDemo());
        m_project.addText(QStringLiteral("Evening briefing: what the ministry, the operator and the review board said "
                                         "about the dam breach at Harlow"),
                          QStringLiteral("The review board said the spillway gates were last inspected in 2019. "
                                         "The operator said it had warned the ministry twice."));
        m_window = std::make_unique<MainWindow>(m_project.store.get());
        m_window->setInteractive(false);
        m_window->setGeometry(MainWindow::firstRunGeometry(QRect(0, 0, 1700, 1100)));
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        QList<DocumentId> ids;
        for (const Document& d : m_project.store->documents())
            ids.append(d.id);
        ASSERT_GE(ids.size(), 4);
        m_window->comparisonArea()->openDocuments(ids.mid(0, 4));
        for (const Annotation& a : m_project.store->annotations(ids.at(1))) {
            if (!a.verdict.isEmpty()) {
                m_window->showAnnotation(a.id, true);
                break;
            }
        }
        m_window->clustersDock()->job()->waitForFinished();
        settle();
    }
    void TearDown() override
    {
        // For a look at what the assertions measure: CROSSREAD_LAYOUT_SHOTS=DIR keeps a picture.
        const QString shots = qEnvironmentVariable("CROSSREAD_LAYOUT_SHOTS");
        if (!shots.isEmpty())
            m_window->grab().save(shots + QLatin1Char('/')
                                  + QString::fromLatin1(::testing::UnitTest::GetInstance()->current_test_info()->name())
                                  + QStringLiteral(".png"));
        m_window.reset();
        QSettings().clear();
    }
    static void settle()
    {
        // Layouts and the docks' column fitting run from posted events and queued calls.
        for (int i = 0; i < 5; ++i) {
            QApplication::processEvents();
            QTest::qWait(20);
        }
    }

    TempProject m_project;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(FourColumns, TheInspectorKeepsAUsableWidthWithoutHorizontalScrolling)
{
    ASSERT_EQ(m_window->comparisonArea()->columnCount(), 4);
    InspectorDock* inspector = m_window->inspectorDock();
    ASSERT_NE(inspector->annotation(), 0);
    EXPECT_GE(inspector->width(), 280);
    // Its fields need no more than a narrow dock: 280-320 px are enough.
    EXPECT_LE(inspector->minimumSizeHint().width(), 320);
    auto* scroll = inspector->findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible());
    EXPECT_LE(scroll->widget()->width(), scroll->viewport()->width());
    EXPECT_LE(scroll->widget()->minimumSizeHint().width(), scroll->viewport()->width());
}

TEST_F(FourColumns, TheColumnsNarrowBeforeTheDocks)
{
    ComparisonArea* area = m_window->comparisonArea();
    ASSERT_EQ(area->columnCount(), 4);
    for (int i = 0; i < 4; ++i) {
        EXPECT_TRUE(area->column(i)->isVisible());
        EXPECT_GE(area->column(i)->width(), 160) << "column " << i;
        // A column asks for little, so that the docks never have to give way to it.
        EXPECT_LE(area->column(i)->minimumSizeHint().width(), 200) << "column " << i;
    }
    EXPECT_GE(m_window->documentsDock()->width(), 260);
    EXPECT_GE(m_window->inspectorDock()->width(), 280);
    // Four columns and every dock fit the first window on the user's 1700×1100 screen.
    EXPECT_LE(m_window->minimumSizeHint().width(), MainWindow::firstRunGeometry(QRect(0, 0, 1700, 1100)).width())
        << "columns " << area->column(0)->minimumSizeHint().width() << ", " << area->column(1)->minimumSizeHint().width()
        << ", " << area->column(2)->minimumSizeHint().width() << ", " << area->column(3)->minimumSizeHint().width()
        << "; area " << area->minimumSizeHint().width() << "; documents " << m_window->documentsDock()->minimumSizeHint().width()
        << "; inspector " << m_window->inspectorDock()->minimumSizeHint().width() << "; annotations "
        << m_window->annotationsDock()->minimumSizeHint().width() << "; clusters "
        << m_window->clustersDock()->minimumSizeHint().width() << "; suggestions "
        << m_window->suggestionsDock()->minimumSizeHint().width() << "; search "
        << m_window->searchDock()->minimumSizeHint().width();
    EXPECT_EQ(m_window->width(), MainWindow::firstRunGeometry(QRect(0, 0, 1700, 1100)).width());
}

TEST_F(FourColumns, TheSidePanelsTabsAreReadWhole)
{
    QTabBar* side = nullptr;
    for (QTabBar* bar : m_window->findChildren<QTabBar*>()) {
        for (int i = 0; bar->isVisible() && i < bar->count(); ++i) {
            if (bar->tabText(i) == m_window->documentsDock()->windowTitle())
                side = bar;
        }
    }
    ASSERT_NE(side, nullptr);
    ASSERT_EQ(side->count(), 4) << "documents, suggestions, clusters and search share the left side";
    const bool alongTheSide = side->shape() == QTabBar::RoundedWest || side->shape() == QTabBar::TriangularWest;
    EXPECT_TRUE(alongTheSide);
    for (int i = 0; i < side->count(); ++i) {
        const QRect tab = side->tabRect(i);
        EXPECT_GE(alongTheSide ? tab.height() : tab.width(), side->fontMetrics().horizontalAdvance(side->tabText(i)))
            << side->tabText(i).toStdString();
    }
}

TEST_F(FourColumns, TheDocumentsTableGivesTheTitleTheRoom)
{
    auto* table = m_window->documentsDock()->findChild<QTableView*>(QStringLiteral("documentsTable"));
    ASSERT_NE(table, nullptr);
    const QHeaderView* header = table->horizontalHeader();
    EXPECT_EQ(header->sectionResizeMode(DocumentModel::TitleColumn), QHeaderView::Stretch);
    EXPECT_GE(header->sectionSize(DocumentModel::TitleColumn), table->viewport()->width() / 2);
    EXPECT_FALSE(table->horizontalScrollBar()->isVisible());
    // The short columns show their contents whole.
    for (int column : {DocumentModel::DateColumn, DocumentModel::AnnotationsColumn}) {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString text = table->model()->index(row, column).data().toString();
            EXPECT_GE(header->sectionSize(column), table->fontMetrics().horizontalAdvance(text)) << text.toStdString();
        }
    }
    // A title cut in the table is whole in its tooltip.
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex title = table->model()->index(row, DocumentModel::TitleColumn);
        EXPECT_TRUE(title.data(Qt::ToolTipRole).toString().contains(title.data().toString()));
    }
}

TEST_F(FourColumns, TheClustersPanelShowsTheStatementFirst)
{
    ClustersDock* dock = m_window->clustersDock();
    dock->raise();
    settle();
    auto* view = dock->findChild<QTreeView*>(QStringLiteral("clusterView"));
    ASSERT_NE(view, nullptr);
    ASSERT_GT(view->model()->rowCount(), 0) << "the demo articles share statements";
    EXPECT_EQ(view->textElideMode(), Qt::ElideMiddle);
    const QHeaderView* header = view->header();
    EXPECT_GE(header->sectionSize(ClusterModel::StatementColumn), view->viewport()->width() * 45 / 100);
    EXPECT_FALSE(view->horizontalScrollBar()->isVisible());
    const QModelIndex cluster = view->model()->index(0, ClusterModel::StatementColumn);
    const QString shown = cluster.data().toString();
    const QString speaker = cluster.data(ClusterModel::SpeakerRole).toString();
    const StatementCluster* c = dock->model()->clusterAt(cluster);
    ASSERT_NE(c, nullptr);
    const QString statement = c->members.first().text.simplified();
    EXPECT_TRUE(shown.startsWith(QChar(0x201C) + statement.left(20))) << shown.toStdString();
    if (!speaker.isEmpty()) {
        EXPECT_TRUE(shown.endsWith(speaker)) << shown.toStdString();
    }
    const QString tip = cluster.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(statement));
    // A short column is shown whole or not at all; what it would show is in the tooltip.
    for (int column : {ClusterModel::RenderingsColumn, ClusterModel::DatesColumn}) {
        const QString text = view->model()->index(0, column).data().toString();
        EXPECT_TRUE(tip.contains(text)) << text.toStdString();
        if (!view->isColumnHidden(column)) {
            EXPECT_GE(header->sectionSize(column), view->fontMetrics().horizontalAdvance(text)) << text.toStdString();
        }
    }
    EXPECT_FALSE(view->isColumnHidden(ClusterModel::RenderingsColumn)) << "a dock of default width has room for it";
}

} // namespace
