// SPDX-License-Identifier: MIT
#include "spell/spellchecker.h"
#include "spellhighlighter.h"
#include "spelltextedit.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMenu>
#include <QThread>
#include <QTextBlock>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace Crossread;

namespace {

class SpellEditTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_checker = HunspellChecker::create(QStringLiteral("en_US"), m_dir.filePath(QStringLiteral("w.txt")));
        if (!m_checker)
            GTEST_SKIP() << "no en_US Hunspell dictionary installed";
        m_edit.setSpellChecker(m_checker.get());
        m_edit.resize(400, 200);
        m_edit.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_edit));
        m_edit.setFocus();
    }
    void settle() { QTest::qWait(20); }

    QTemporaryDir m_dir;
    std::unique_ptr<HunspellChecker> m_checker;
    SpellTextEdit m_edit;
};

TEST_F(SpellEditTest, WordBeingTypedIsFlaggedOnlyAfterTheCursorLeavesIt)
{
    QTest::keyClicks(&m_edit, QStringLiteral("The liberashun"));
    settle();
    EXPECT_FALSE(m_edit.highlighter()->isFlagged(6)) << "still typing the word";
    QTest::keyClicks(&m_edit, QStringLiteral(" was"));
    settle();
    EXPECT_TRUE(m_edit.highlighter()->isFlagged(6));
    EXPECT_FALSE(m_edit.highlighter()->isFlagged(1)) << "'The' is spelt right";
}

TEST_F(SpellEditTest, ContextMenuOffersSuggestionsThatReplaceTheWord)
{
    QTest::keyClicks(&m_edit, QStringLiteral("we recieve it"));
    settle();
    ASSERT_TRUE(m_edit.highlighter()->isFlagged(4));
    std::unique_ptr<QMenu> menu(m_edit.createSpellMenu(4));
    QAction* receive = nullptr;
    for (QAction* a : menu->actions())
        if (a->text() == QLatin1String("receive"))
            receive = a;
    ASSERT_NE(receive, nullptr);
    receive->trigger();
    EXPECT_EQ(m_edit.toPlainText(), QStringLiteral("we receive it"));
    m_edit.undo();
    EXPECT_EQ(m_edit.toPlainText(), QStringLiteral("we recieve it"));
}

TEST_F(SpellEditTest, AddToDictionaryClearsTheUnderline)
{
    QTest::keyClicks(&m_edit, QStringLiteral("Gerasimov said"));
    settle();
    ASSERT_TRUE(m_edit.highlighter()->isFlagged(2));
    std::unique_ptr<QMenu> menu(m_edit.createSpellMenu(2));
    QAction* add = nullptr;
    for (QAction* a : menu->actions())
        if (a->text().contains(QLatin1String("Dictionary")))
            add = a;
    ASSERT_NE(add, nullptr);
    add->trigger();
    settle();
    EXPECT_FALSE(m_edit.highlighter()->isFlagged(2));
}

TEST_F(SpellEditTest, LongNoteIsCheckedThroughoutAndStaysEditable)
{
    QString note;
    for (int i = 0; i < 3000; ++i)
        note += QStringLiteral("Paragraph %1 has a mispeled word and otherwise ordinary text.\n").arg(i);
    m_edit.setPlainText(note);
    const int last = m_edit.document()->findBlockByNumber(2999).position();
    EXPECT_TRUE(m_edit.highlighter()->isFlagged(last + 21));
    EXPECT_FALSE(m_edit.highlighter()->isFlagged(last + 2));
    // Fix the word in the last paragraph by typing, as a user would.
    QTextCursor c = m_edit.textCursor();
    c.setPosition(last + 24); // "mis|peled"
    m_edit.setTextCursor(c);
    QTest::keyClicks(&m_edit, QStringLiteral("s"));
    c.setPosition(last + 28); // "misspel|ed"
    m_edit.setTextCursor(c);
    QTest::keyClicks(&m_edit, QStringLiteral("l"));
    ASSERT_TRUE(m_edit.document()->findBlockByNumber(2999).text().contains(QLatin1String(" misspelled ")));
    QTest::keyClick(&m_edit, Qt::Key_End);
    settle();
    EXPECT_FALSE(m_edit.highlighter()->isFlagged(last + 21));
    EXPECT_TRUE(m_edit.highlighter()->isFlagged(m_edit.document()->findBlockByNumber(2998).position() + 21));
}

/// A checker as slow as a cold Hunspell on rare words (0.5 ms each) that counts its calls;
/// words containing "zz" are wrong.
class SlowChecker final : public SpellChecker
{
public:
    QString language() const override { return QStringLiteral("xx"); }
    bool isCorrect(const QString& word) const override
    {
        ++calls;
        QThread::usleep(500);
        return !word.contains(QLatin1String("zz"));
    }
    QStringList suggestions(const QString&) const override { return {}; }
    void addToPersonalDictionary(const QString&) override {}
    QStringList stems(const QString&) const override { return {}; }
    mutable int calls = 0;
};

TEST(SpellHighlighterTest, ALongNoteOfNewWordsIsCheckedInTheBackgroundWithoutBlocking)
{
    SlowChecker checker;
    SpellTextEdit edit;
    edit.setSpellChecker(&checker);
    // 4,000 different words: checked all at once they would hold the UI thread for two seconds.
    QString note;
    for (int i = 0; i < 4000; ++i) {
        QString word;
        for (int n = i; word.size() < 4 || n > 0; n /= 26)
            word += QChar(u'a' + n % 26);
        note += (i == 3990 ? QStringLiteral("zzbad") : word) + (i % 12 == 11 ? u'\n' : u' ');
    }
    QElapsedTimer clock;
    clock.start();
    edit.setPlainText(note);
    EXPECT_LT(clock.elapsed(), 400) << "loading the note must not wait for the checker";
    EXPECT_LT(checker.calls, 1000) << "most words are left for later";
    EXPECT_GT(edit.highlighter()->pendingWords(), 0);

    // Typing while the queue is worked off stays quick.
    edit.show();
    edit.setFocus();
    clock.restart();
    QTest::keyClicks(&edit, QStringLiteral("typing "));
    EXPECT_LT(clock.elapsed(), 400);

    const int position = int(edit.toPlainText().indexOf(QLatin1String("zzbad")));
    ASSERT_GE(position, 0);
    EXPECT_TRUE(QTest::qWaitFor([&] { return edit.highlighter()->pendingWords() == 0; }, 20000));
    QApplication::processEvents();
    EXPECT_TRUE(edit.highlighter()->isFlagged(position + 1)) << "the wrong word was found in the end";
    EXPECT_FALSE(edit.highlighter()->isFlagged(position - 3));
}

} // namespace
