// SPDX-License-Identifier: MIT
// The workbench driven like a user: keys, the annotations table, undo, find, settings.
#include "annotationmodel.h"
#include "annotationsdock.h"
#include "clustersdock.h"
#include "comparisonarea.h"
#include "cuelayer.h"
#include "documentcolumn.h"
#include "documentsdock.h"
#include "documentview.h"
#include "findbar.h"
#include "inspectordock.h"
#include "mainwindow.h"
#include "suggestionmodel.h"
#include "suggestionsdock.h"
#include "viewtestsupport.h"
#include "windowsettings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Crossread;
using Crossread::Test::TempProject;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear(); // test-mode location: never the user's settings
        ASSERT_TRUE(m_project.createDemo());
        m_window = std::make_unique<MainWindow>(m_project.store.get());
        m_window->setInteractive(false);
        m_window->resize(1400, 900);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        for (const Document& d : m_project.store->documents())
            m_docs.append(d.id);
        m_window->comparisonArea()->openDocuments(m_docs);
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
    // Puts the caret before the n-th occurrence of `word` with Ctrl+F, then selects it with Shift+Right.
    void selectWithKeyboard(DocumentView* view, const QString& word)
    {
        const int at = int(view->toPlainText().indexOf(word));
        ASSERT_GE(at, 0);
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        QTextCursor c = view->textCursor();
        c.setPosition(at);
        view->setTextCursor(c);
        for (qsizetype i = 0; i < word.size(); ++i)
            QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        ASSERT_EQ(view->textCursor().selectedText(), word);
    }

    TempProject m_project;
    std::unique_ptr<MainWindow> m_window;
    QList<DocumentId> m_docs;
};

TEST_F(MainWindowTest, PressingOneTagsTheSelectionAsAClaimUndoAndRedo)
{
    AnnotationModel model(m_project.store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int rowsBefore = model.rowCount();
    DocumentView* view = focusColumn(0);
    const DocumentId doc = view->documentId();
    const qsizetype before = m_project.store->annotations(doc).size();
    selectWithKeyboard(view, QStringLiteral("Two people were treated for hypothermia"));

    QTest::keyClick(view, Qt::Key_1);

    const QList<Annotation> after = m_project.store->annotations(doc);
    ASSERT_EQ(after.size(), before + 1);
    const auto added = std::find_if(after.begin(), after.end(), [](const Annotation& a) {
        return a.quote == QStringLiteral("Two people were treated for hypothermia");
    });
    ASSERT_NE(added, after.end());
    EXPECT_EQ(added->tags, QList<TagId>{m_project.builtin("claim")});
    EXPECT_EQ(model.rowCount(), rowsBefore + 1);
    EXPECT_TRUE(model.indexOf(added->id).isValid());
    EXPECT_EQ(view->selectedAnnotation(), added->id);
    EXPECT_EQ(m_window->inspectorDock()->annotation(), added->id);
    EXPECT_FALSE(view->annotationRects(added->id).isEmpty());
    const QString undoText = m_project.store->undoStack()->undoText();
    EXPECT_TRUE(undoText.contains(QStringLiteral("Claim"))) << undoText.toStdString();

    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_project.store->annotations(doc).size(), before);
    EXPECT_EQ(model.rowCount(), rowsBefore);
    EXPECT_FALSE(view->index().contains(added->id));

    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(m_project.store->annotations(doc).size(), before + 1);
    EXPECT_EQ(model.rowCount(), rowsBefore + 1);
}

TEST_F(MainWindowTest, KeysTwoAndThreeAddTagsToTheSameRangeAndTheSelectedAnnotation)
{
    DocumentView* view = focusColumn(2);
    const DocumentId doc = view->documentId();
    const QString words = QStringLiteral("A commission is due to report within 90 days.");
    selectWithKeyboard(view, words);
    QTest::keyClick(view, Qt::Key_2);
    const AnnotationId id = view->selectedAnnotation();
    ASSERT_NE(id, 0);
    // The same range again: the tag joins the existing annotation.
    selectWithKeyboard(view, words);
    QTest::keyClick(view, Qt::Key_3);
    EXPECT_EQ(m_project.store->annotation(id)->tags,
              (QList<TagId>{m_project.builtin("attribution"), m_project.builtin("unverified")}));
    int withQuote = 0;
    for (const Annotation& a : m_project.store->annotations(doc))
        withQuote += a.quote == words;
    EXPECT_EQ(withQuote, 1);
    // No text selected, annotation selected: the key toggles that tag.
    QTest::keyClick(view, Qt::Key_3);
    EXPECT_EQ(m_project.store->annotation(id)->tags, QList<TagId>{m_project.builtin("attribution")});
}

TEST_F(MainWindowTest, F8WalksTheAnnotationsAndFillsTheInspector)
{
    DocumentView* view = focusColumn(1);
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_F8);
    const QList<Annotation> annotations = m_project.store->annotations(view->documentId());
    ASSERT_FALSE(annotations.isEmpty());
    EXPECT_EQ(view->selectedAnnotation(), annotations.first().id);
    EXPECT_EQ(m_window->inspectorDock()->annotation(), annotations.first().id);
    QTest::keyClick(view, Qt::Key_F8);
    EXPECT_EQ(view->selectedAnnotation(), annotations.at(1).id);
    QTest::keyClick(view, Qt::Key_F8, Qt::ShiftModifier);
    EXPECT_EQ(view->selectedAnnotation(), annotations.first().id);
    QTest::keyClick(view, Qt::Key_F8, Qt::ShiftModifier);
    EXPECT_EQ(view->selectedAnnotation(), annotations.last().id) << "wraps around";
}

TEST_F(MainWindowTest, DeleteRemovesTheSelectedAnnotationUndoably)
{
    DocumentView* view = focusColumn(0);
    QTest::keyClick(view, Qt::Key_F8);
    const AnnotationId id = view->selectedAnnotation();
    ASSERT_NE(id, 0);
    QTest::keyClick(view, Qt::Key_Delete);
    EXPECT_FALSE(m_project.store->annotation(id).has_value());
    EXPECT_EQ(m_window->inspectorDock()->annotation(), 0);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(m_project.store->annotation(id).has_value());
}

TEST_F(MainWindowTest, ChangingTheVerdictInTheInspectorReachesTheStore)
{
    DocumentView* view = focusColumn(1);
    QTest::keyClick(view, Qt::Key_F8);
    AnnotationId claimId = 0;
    const TagId claim = m_project.builtin("claim");
    for (int i = 0; i < 30 && claimId == 0; ++i) {
        const std::optional<Annotation> a = m_project.store->annotation(view->selectedAnnotation());
        if (a && a->tags.contains(claim))
            claimId = a->id;
        else
            QTest::keyClick(view, Qt::Key_F8);
    }
    ASSERT_NE(claimId, 0);
    auto* verdict = m_window->inspectorDock()->findChild<QComboBox*>(QStringLiteral("inspectorVerdict"));
    ASSERT_NE(verdict, nullptr);
    const int falseIndex = verdict->findText(QStringLiteral("False"));
    ASSERT_GE(falseIndex, 0);
    verdict->setFocus();
    verdict->setCurrentIndex(falseIndex);
    Q_EMIT verdict->activated(falseIndex); // what choosing it from the popup does
    EXPECT_EQ(m_project.store->annotation(claimId)->verdict, QStringLiteral("false")); // shown "False", kept by key
}

TEST_F(MainWindowTest, EnterInTheAnnotationsTableJumpsToThePassage)
{
    m_window->comparisonArea()->openDocuments({m_docs[0]}); // the target is not open yet
    auto* table = m_window->annotationsDock()->findChild<QTableView*>(QStringLiteral("annotationsTable"));
    ASSERT_NE(table, nullptr);
    auto* filter = m_window->annotationsDock()->findChild<QLineEdit*>(QStringLiteral("annotationFilterText"));
    ASSERT_NE(filter, nullptr);
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("largest relief package"));
    ASSERT_EQ(table->model()->rowCount(), 1);
    QTest::keyClick(filter, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Return);
    QApplication::processEvents();

    DocumentView* view = m_window->comparisonArea()->currentView();
    ASSERT_NE(view, nullptr);
    ASSERT_NE(view->documentId(), m_docs[0]);
    const AnnotationId id = view->selectedAnnotation();
    ASSERT_NE(id, 0);
    EXPECT_EQ(m_project.store->annotation(id)->quote, QStringLiteral("the largest relief package in the region’s history"));
    EXPECT_FALSE(view->annotationRects(id).isEmpty()) << "scrolled into view";
    EXPECT_TRUE(view->hasFocus());
}

TEST_F(MainWindowTest, CtrlFFindsInTheCurrentColumn)
{
    DocumentView* view = focusColumn(2);
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    FindBar* bar = m_window->comparisonArea()->column(2)->findBar();
    ASSERT_TRUE(bar->isVisible());
    ASSERT_TRUE(bar->field()->hasFocus());
    QTest::keyClicks(bar->field(), QStringLiteral("spillway"));
    EXPECT_EQ(view->textCursor().selectedText(), QStringLiteral("spillway"));
    const int first = view->textCursor().selectionStart();
    QTest::keyClick(bar->field(), Qt::Key_Return);
    EXPECT_GT(view->textCursor().selectionStart(), first);
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_TRUE(view->hasFocus());
}

TEST_F(MainWindowTest, SuggestionsAndClustersDocksAndShowCuesAreWiredToTheViews)
{
    ASSERT_NE(m_window->suggestionsDock(), nullptr);
    ASSERT_NE(m_window->clustersDock(), nullptr);
    EXPECT_EQ(m_window->suggestionsDock()->objectName(), QStringLiteral("SuggestionsDock"));
    EXPECT_EQ(m_window->clustersDock()->objectName(), QStringLiteral("ClustersDock"));
    EXPECT_EQ(m_window->dockWidgetArea(m_window->suggestionsDock()), m_window->dockWidgetArea(m_window->documentsDock()));

    // The suggestions follow the column the user works in.
    focusColumn(1);
    EXPECT_EQ(m_window->suggestionsDock()->model()->document(), m_docs.at(1));
    DocumentView* view = focusColumn(0);
    EXPECT_EQ(m_window->suggestionsDock()->model()->document(), m_docs.at(0));

    auto* showCues = m_window->findChild<QAction*>(QStringLiteral("showCues"));
    ASSERT_NE(showCues, nullptr);
    EXPECT_TRUE(showCues->isCheckable());
    EXPECT_TRUE(showCues->isChecked());
    ASSERT_NE(view->cueLayer(), nullptr);
    EXPECT_TRUE(view->cueLayer()->isEnabled());
    EXPECT_FALSE(view->cueLayer()->cues().isEmpty()) << "the demo articles quote and attribute";

    showCues->trigger();
    EXPECT_FALSE(showCues->isChecked());
    for (int i = 0; i < m_window->comparisonArea()->columnCount(); ++i)
        EXPECT_FALSE(m_window->comparisonArea()->column(i)->view()->cueLayer()->isEnabled());
    showCues->trigger();
    EXPECT_TRUE(view->cueLayer()->isEnabled());
}

TEST_F(MainWindowTest, ClusterRevealSelectsThePassageInEachColumn)
{
    auto* snap = m_window->findChild<QAction*>(QStringLiteral("snapToWords"));
    ASSERT_NE(snap, nullptr);
    if (snap->isChecked())
        snap->trigger(); // exact offsets, not whole words
    m_window->comparisonArea()->openDocuments({m_docs.at(0)});
    QApplication::processEvents();
    const PassageLocation a{m_docs.at(0), 4, 12};
    const PassageLocation b{m_docs.at(1), 2, 9};
    Q_EMIT m_window->clustersDock()->revealRequested({a, b});
    ASSERT_EQ(m_window->comparisonArea()->columnCount(), 2) << "the second document gets a column";
    EXPECT_EQ(m_window->comparisonArea()->viewFor(a.document)->selectedRange(), std::make_pair(a.start, a.end));
    EXPECT_EQ(m_window->comparisonArea()->viewFor(b.document)->selectedRange(), std::make_pair(b.start, b.end));
}

TEST_F(MainWindowTest, ZoomKeysScaleEveryColumn)
{
    DocumentView* view = focusColumn(0);
    const qreal before = view->font().pointSizeF();
    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(m_window->comparisonArea()->column(2)->view()->font().pointSizeF(), before + 2);
    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(view->font().pointSizeF(), before);
}

TEST_F(MainWindowTest, RemembersTheLastProjectAndItsColumns)
{
    m_window->comparisonArea()->openDocuments({m_docs[2], m_docs[0]});
    m_window->close();
    const WindowSettings saved = WindowSettings::load();
    EXPECT_EQ(saved.lastProject, m_project.path);
    EXPECT_EQ(saved.columns, (QList<DocumentId>{m_docs[2], m_docs[0]}));
    EXPECT_FALSE(saved.state.isEmpty());

    m_window.reset();
    m_project.store->close();
    ProjectStore store;
    MainWindow again(&store);
    again.setInteractive(false);
    ASSERT_TRUE(again.openProject(saved.lastProject));
    EXPECT_EQ(again.comparisonArea()->documentIds(), (QList<DocumentId>{m_docs[2], m_docs[0]}));
}

TEST_F(MainWindowTest, ImportsATextFileAndShowsIt)
{
    m_window->comparisonArea()->closeAll();
    const QString file = m_project.dir.filePath(QStringLiteral("notes.txt"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Dam inspection notes\n\nThe gates were last inspected in 2019.\n");
    f.close();
    const qsizetype before = m_project.store->documents().size();
    m_window->importFiles({file, m_project.dir.filePath(QStringLiteral("missing.txt"))});
    ASSERT_EQ(m_project.store->documents().size(), before + 1);
    ASSERT_EQ(m_window->comparisonArea()->columnCount(), 1);
    EXPECT_TRUE(m_window->comparisonArea()->currentView()->toPlainText().contains(QStringLiteral("last inspected in 2019")));
    // The same file again is recognised and skipped.
    m_window->importFiles({file});
    EXPECT_EQ(m_project.store->documents().size(), before + 1);
}

TEST_F(MainWindowTest, OpeningAFileThatIsNoProjectFailsClearly)
{
    const QString bogus = m_project.dir.filePath(QStringLiteral("bogus.crossread"));
    QFile f(bogus);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("this is not a database");
    f.close();
    EXPECT_FALSE(m_window->openProject(bogus));
    EXPECT_FALSE(m_project.store->isOpen());
    EXPECT_EQ(m_window->comparisonArea()->columnCount(), 0);
}

} // namespace
