// SPDX-License-Identifier: MIT
// The Search panel driven like a user: Ctrl+Shift+F, typing, filters, Enter on a hit.
#include "comparisonarea.h"
#include "documentview.h"
#include "mainwindow.h"
#include "searchdock.h"
#include "searchresultsmodel.h"
#include "spellservice.h"
#include "viewtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Crossread;
using Crossread::Test::TempProject;
using namespace Qt::StringLiterals;

namespace {

class SearchDockTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_project.create());
        m_first = m_project.addText(u"Kursk"_s, u"👍🏽 Officials said 76,000 soldiers were trapped near Sudzha."_s);
        m_second = m_project.addText(u"Denial"_s, u"The ministry said nobody was trapped and no soldiers were lost."_s);
        m_window = std::make_unique<MainWindow>(m_project.store.get());
        m_window->setInteractive(false);
        m_window->resize(1400, 900);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        m_dock = m_window->searchDock();
        ASSERT_NE(m_dock, nullptr);
    }
    void TearDown() override
    {
        m_window.reset();
        QSettings().clear();
    }
    /// Ctrl+Shift+F, then the query typed key by key.
    void typeQuery(const QString& text)
    {
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QApplication::processEvents();
        EXPECT_TRUE(m_dock->searchEdit()->hasFocus());
        QTest::keyClicks(m_dock->searchEdit(), text);
    }

    TempProject m_project;
    DocumentId m_first = 0;
    DocumentId m_second = 0;
    std::unique_ptr<MainWindow> m_window;
    SearchDock* m_dock = nullptr;
};

TEST_F(SearchDockTest, TypingSearchesAfterAPauseWithoutBlocking)
{
    typeQuery(u"sudzha"_s);
    // Nothing runs while the user is typing; the search follows the pause.
    EXPECT_EQ(m_dock->model()->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_dock->model()->rowCount(), 1, 2000);
    EXPECT_EQ(m_dock->model()->index(0).data(SearchResultsModel::TitleRole).toString(), u"Kursk"_s);
    EXPECT_FALSE(m_dock->statusText().isEmpty());
}

TEST_F(SearchDockTest, EnterOnAHitOpensTheDocumentAndSelectsIt)
{
    typeQuery(u"trapped"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_dock->model()->rowCount(), 2, 2000);
    // Pick the Kursk hit in the list and press Enter on it.
    int row = -1;
    for (int r = 0; r < m_dock->model()->rowCount(); ++r) {
        if (m_dock->model()->hit(r).document == m_first)
            row = r;
    }
    ASSERT_GE(row, 0);
    QListView* list = m_dock->resultsView();
    list->setFocus();
    list->setCurrentIndex(m_dock->model()->index(row));
    QTest::keyClick(list, Qt::Key_Return);
    QApplication::processEvents();
    DocumentView* view = m_window->comparisonArea()->viewFor(m_first);
    ASSERT_NE(view, nullptr) << "the document was opened in a column";
    // "👍🏽 Officials said 76,000 soldiers were " is 39 code points (41 UTF-16 units).
    EXPECT_EQ(view->selectedRange(), (std::pair<qint64, qint64>(39, 46)));
    EXPECT_EQ(view->textCursor().selectedText(), u"trapped"_s);
}

TEST_F(SearchDockTest, EnterInTheSearchBoxOpensTheFirstHit)
{
    typeQuery(u"ministry"_s);
    QTest::keyClick(m_dock->searchEdit(), Qt::Key_Return); // before the pause: searches at once
    DocumentView* view = m_window->comparisonArea()->viewFor(m_second);
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->textCursor().selectedText(), u"ministry"_s);
}

TEST_F(SearchDockTest, BadSyntaxShowsAnErrorAndFiltersNarrow)
{
    typeQuery(u"soldiers OR"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dock->model()->errorString().isEmpty(), 2000);
    EXPECT_EQ(m_dock->statusText(), m_dock->model()->errorString());
    m_dock->searchEdit()->clear();
    QTest::keyClicks(m_dock->searchEdit(), u"soldiers"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_dock->model()->rowCount(), 2, 2000);
    // Tag filter: only documents with a Claim annotation.
    ASSERT_NE(m_project.store->addAnnotation(m_second, 0, 3, {m_project.builtin("claim")}), 0);
    auto* tag = m_dock->findChild<QComboBox*>(u"searchTag"_s);
    ASSERT_NE(tag, nullptr);
    const int claim = tag->findData(m_project.builtin("claim"));
    ASSERT_GT(claim, 0);
    tag->setCurrentIndex(claim);
    Q_EMIT tag->activated(claim);
    ASSERT_EQ(m_dock->model()->rowCount(), 1);
    EXPECT_EQ(m_dock->model()->hit(0).document, m_second);
}

TEST_F(SearchDockTest, SearchInChoosesTheFieldsAndKeepsOneOn)
{
    ASSERT_NE(m_project.store->addAnnotation(m_second, 4, 12, {m_project.builtin("claim")}, u"Were soldiers trapped? Ask."_s), 0);
    typeQuery(u"trapped"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_dock->model()->rowCount(), 3, 2000); // two texts and the note
    auto* inText = m_dock->findChild<QCheckBox*>(u"searchInText"_s);
    auto* inTitles = m_dock->findChild<QCheckBox*>(u"searchInTitles"_s);
    auto* inNotes = m_dock->findChild<QCheckBox*>(u"searchInNotes"_s);
    ASSERT_TRUE(inText && inTitles && inNotes);
    EXPECT_FALSE(inNotes->accessibleName().isEmpty());

    QTest::mouseClick(inNotes, Qt::LeftButton, {}, QPoint(6, inNotes->height() / 2));
    ASSERT_FALSE(inNotes->isChecked());
    ASSERT_EQ(m_dock->model()->rowCount(), 2);
    for (int r = 0; r < 2; ++r)
        EXPECT_EQ(m_dock->model()->hit(r).field, SearchField::Text);

    // Notes only: the note's hit, which opens its annotation.
    QTest::mouseClick(inNotes, Qt::LeftButton, {}, QPoint(6, inNotes->height() / 2));
    QTest::mouseClick(inText, Qt::LeftButton, {}, QPoint(6, inText->height() / 2));
    QTest::mouseClick(inTitles, Qt::LeftButton, {}, QPoint(6, inTitles->height() / 2));
    ASSERT_EQ(m_dock->model()->rowCount(), 1);
    EXPECT_EQ(m_dock->model()->hit(0).field, SearchField::Note);

    // The last field on cannot be turned off: a search always searches somewhere.
    QTest::mouseClick(inNotes, Qt::LeftButton, {}, QPoint(6, inNotes->height() / 2));
    EXPECT_TRUE(inNotes->isChecked());
    EXPECT_EQ(m_dock->currentQuery().fields, SearchFields(SearchField::Note));
    EXPECT_EQ(m_dock->model()->rowCount(), 1);
}

TEST_F(SearchDockTest, WordFormsFollowTheSpellingLanguageChosenInSettings)
{
    SpellService* spelling = m_window->spellService();
    if (!SpellService::availableLanguages().contains(u"de_DE"_s))
        GTEST_SKIP() << "no de_DE Hunspell dictionary installed";
    m_project.addText(u"Kessel"_s, u"Die Soldaten wurden bei Sudscha eingeschlossen."_s);
    const auto useLanguage = [&](const QString& language) {
        QSignalSpy changed(spelling, &SpellService::checkerChanged);
        spelling->setLanguage(language);
        ASSERT_TRUE(changed.wait(10000)) << language.toStdString();
        EXPECT_EQ(m_dock->model()->stemmer(), spelling->checker());
    };
    useLanguage(u"de_DE"_s);
    typeQuery(u"Soldat"_s);
    auto* stems = m_dock->findChild<QCheckBox*>(u"searchStems"_s);
    ASSERT_NE(stems, nullptr);
    QTest::mouseClick(stems, Qt::LeftButton, {}, stems->rect().center());
    ASSERT_TRUE(stems->isChecked());
    QTest::qWait(SearchDock::DebounceMs + 50);
    EXPECT_EQ(m_dock->model()->rowCount(), 1) << m_dock->statusText().toStdString(); // "Soldaten"
    // In English "Soldat" is no word: the same search finds only itself, which no text has.
    useLanguage(u"en_US"_s);
    QApplication::processEvents();
    EXPECT_EQ(m_dock->model()->rowCount(), 0) << m_dock->statusText().toStdString();
}

} // namespace
