// SPDX-License-Identifier: MIT
// The lexicon editor used like a user does: type a term and press Return, select and press
// Delete, edit in place with F2, reset; every change is one undo step in the project.
#include "storefixture.h"
#include "test_dockhelpers.h"

#include "cuelayer.h"
#include "cues/cuescanner.h"
#include "lexicondialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace Crossread;
using namespace Crossread::Test;

namespace {

class LexiconDialogTest : public StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        dialog = std::make_unique<LexiconDialog>(&store);
        ASSERT_TRUE(showActive(dialog.get()));
        list = dialog->findChild<QListWidget*>(QStringLiteral("lexiconList"));
        newTerm = dialog->findChild<QLineEdit*>(QStringLiteral("newTerm"));
        message = dialog->findChild<QLabel*>(QStringLiteral("lexiconMessage"));
        ASSERT_NE(list, nullptr);
        ASSERT_NE(newTerm, nullptr);
        ASSERT_NE(message, nullptr);
    }

    QStringList stored() const { return LexiconDialog::projectLexicon(store); }

    QPushButton* button(const QString& text) const
    {
        for (QPushButton* candidate : dialog->findChildren<QPushButton*>()) {
            if (candidate->text().remove(QLatin1Char('&')) == text)
                return candidate;
        }
        return nullptr;
    }

    int rowOf(const QString& term) const
    {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text() == term)
                return i;
        }
        return -1;
    }

    void typeTerm(const QString& term)
    {
        newTerm->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(newTerm, term);
        QTest::keyClick(newTerm, Qt::Key_Return);
        QCoreApplication::processEvents();
    }

    std::unique_ptr<LexiconDialog> dialog;
    QListWidget* list = nullptr;
    QLineEdit* newTerm = nullptr;
    QLabel* message = nullptr;
};

} // namespace

TEST_F(LexiconDialogTest, StartsWithTheDefaults)
{
    EXPECT_EQ(dialog->terms(), CueScanner::defaultLexicon());
    EXPECT_TRUE(dialog->terms().contains(QStringLiteral("human wave")));
    EXPECT_FALSE(button(QStringLiteral("Reset to Defaults"))->isEnabled());
}

TEST_F(LexiconDialogTest, ReturnAddsATermAndUndoTakesItBack)
{
    const int steps = store.undoStack()->count();
    typeTerm(QStringLiteral("special  military operation"));
    EXPECT_TRUE(stored().contains(QStringLiteral("special military operation"))) << stored().join(u',').toStdString();
    EXPECT_EQ(stored().size(), CueScanner::defaultLexicon().size() + 1); // added once, not twice
    EXPECT_GE(rowOf(QStringLiteral("special military operation")), 0);
    EXPECT_TRUE(newTerm->text().isEmpty());
    EXPECT_EQ(store.undoStack()->count(), steps + 1);

    store.undoStack()->undo();
    QCoreApplication::processEvents();
    EXPECT_EQ(stored(), CueScanner::defaultLexicon());
    EXPECT_EQ(rowOf(QStringLiteral("special military operation")), -1); // the list follows the undo
}

TEST_F(LexiconDialogTest, ADuplicateIsRefusedWithAMessage)
{
    typeTerm(QStringLiteral("REGIME"));
    EXPECT_EQ(stored(), CueScanner::defaultLexicon());
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("REGIME")));
}

TEST_F(LexiconDialogTest, DeleteRemovesTheSelectedTermsInOneStep)
{
    const int regime = rowOf(QStringLiteral("regime"));
    const int junta = rowOf(QStringLiteral("junta"));
    ASSERT_GE(regime, 0);
    ASSERT_GE(junta, 0);
    clickRow(list, list->model()->index(regime, 0));
    clickRow(list, list->model()->index(junta, 0), Qt::ControlModifier);
    const int steps = store.undoStack()->count();
    QTest::keyClick(list, Qt::Key_Delete);
    QCoreApplication::processEvents();
    EXPECT_FALSE(stored().contains(QStringLiteral("regime")));
    EXPECT_FALSE(stored().contains(QStringLiteral("junta")));
    EXPECT_TRUE(stored().contains(QStringLiteral("militants")));
    EXPECT_EQ(store.undoStack()->count(), steps + 1);
    store.undoStack()->undo();
    QCoreApplication::processEvents();
    EXPECT_EQ(stored(), CueScanner::defaultLexicon());
}

TEST_F(LexiconDialogTest, F2EditsATermInPlace)
{
    const int row = rowOf(QStringLiteral("militants"));
    ASSERT_GE(row, 0);
    clickRow(list, list->model()->index(row, 0));
    QTest::keyClick(list, Qt::Key_F2);
    QLineEdit* editor = list->viewport()->findChild<QLineEdit*>();
    ASSERT_NE(editor, nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("insurgents"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_FALSE(stored().contains(QStringLiteral("militants")));
    EXPECT_EQ(stored().indexOf(QStringLiteral("insurgents")), row);
    EXPECT_TRUE(button(QStringLiteral("Reset to Defaults"))->isEnabled());
}

TEST_F(LexiconDialogTest, ResetBringsBackTheDefaults)
{
    typeTerm(QStringLiteral("denazification"));
    ASSERT_TRUE(stored().contains(QStringLiteral("denazification")));
    QPushButton* reset = button(QStringLiteral("Reset to Defaults"));
    ASSERT_TRUE(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QCoreApplication::processEvents();
    EXPECT_EQ(stored(), CueScanner::defaultLexicon());
    EXPECT_EQ(dialog->terms(), CueScanner::defaultLexicon());
    EXPECT_FALSE(reset->isEnabled());
}

TEST_F(LexiconDialogTest, AnEmptiedLexiconStaysEmpty)
{
    list->setFocus();
    list->selectAll();
    QTest::keyClick(list, Qt::Key_Delete);
    QCoreApplication::processEvents();
    EXPECT_TRUE(stored().isEmpty()); // not silently back to the defaults
    EXPECT_EQ(list->count(), 0);
}

// What the main window does on settingsChanged: a cue layer given the edited lexicon outlines
// the new term and no longer the removed one.
TEST_F(LexiconDialogTest, TheCueLayerFollowsTheEditedLexicon)
{
    const QString text = QStringLiteral("The regime spoke of a special military operation.");
    CueLayer layer;
    layer.setText(text);
    auto loaded = [&layer] {
        QStringList out;
        for (const Cue& c : layer.cues()) {
            if (c.kind == CueKind::Loaded)
                out.append(QString::number(c.start));
        }
        return out;
    };
    ASSERT_EQ(loaded(), QStringList{QStringLiteral("4")});
    typeTerm(QStringLiteral("special military operation"));
    clickRow(list, list->model()->index(rowOf(QStringLiteral("regime")), 0));
    QTest::keyClick(list, Qt::Key_Delete);
    QCoreApplication::processEvents();
    layer.setLexicon(LexiconDialog::projectLexicon(store));
    EXPECT_EQ(loaded(), QStringList{QString::number(text.indexOf(QStringLiteral("special")))});
}
