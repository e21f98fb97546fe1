// SPDX-License-Identifier: MIT
#include "roles.h"
#include "storefixture.h"
#include "tagmanagerdialog.h"
#include "test_dockhelpers.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>

using namespace Crossread;
using namespace Crossread::Test;

namespace {

class TagManagerDialogTest : public StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        doc = addDocument(QStringLiteral("Alpha"), kTextA);
        dialog = std::make_unique<TagManagerDialog>(&store);
        ASSERT_TRUE(showActive(dialog.get()));
        tree = dialog->findChild<QTreeView*>(QStringLiteral("tagTree"));
        name = dialog->findChild<QLineEdit*>(QStringLiteral("tagName"));
        shortcut = dialog->findChild<QLineEdit*>(QStringLiteral("tagShortcut"));
        parent = dialog->findChild<QComboBox*>(QStringLiteral("tagParent"));
        newTag = dialog->findChild<QPushButton*>(QStringLiteral("newTag"));
        deleteTag = dialog->findChild<QPushButton*>(QStringLiteral("deleteTag"));
        color = dialog->findChild<QPushButton*>(QStringLiteral("tagColor"));
        message = dialog->findChild<QLabel*>(QStringLiteral("tagMessage"));
        ASSERT_TRUE(tree && name && shortcut && parent && newTag && deleteTag && color && message);
    }

    /// Replaces the name field's text like a user: select all, type, Enter.
    void typeName(const QString& text)
    {
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, text);
        QTest::keyClick(name, Qt::Key_Return);
    }

    DocumentId doc = 0;
    std::unique_ptr<TagManagerDialog> dialog;
    QTreeView* tree = nullptr;
    QLineEdit* name = nullptr;
    QLineEdit* shortcut = nullptr;
    QComboBox* parent = nullptr;
    QPushButton* newTag = nullptr;
    QPushButton* deleteTag = nullptr;
    QPushButton* color = nullptr;
    QLabel* message = nullptr;
};

TEST_F(TagManagerDialogTest, CreateATagAndNameIt)
{
    const qsizetype before = store.tags().size();
    QTest::mouseClick(newTag, Qt::LeftButton);
    ASSERT_EQ(store.tags().size(), before + 1);
    EXPECT_TRUE(name->hasFocus()) << "ready to type the name";
    QTest::keyClicks(name, QStringLiteral("Source quality"));
    QTest::keyClick(name, Qt::Key_Return);
    const std::optional<Tag> tag = store.tagByName(QStringLiteral("Source quality"));
    ASSERT_TRUE(tag.has_value());
    EXPECT_EQ(dialog->currentTag(), tag->id);
    EXPECT_TRUE(dialog->isVisible()) << "Enter applies the field and keeps the dialog open";
    EXPECT_EQ(tree->currentIndex().data().toString(), QStringLiteral("Source quality"));
}

TEST_F(TagManagerDialogTest, RenameRefusesEmptyAndDuplicateNames)
{
    const TagId id = addTag(QStringLiteral("Opinion"));
    dialog->selectTag(id);
    typeName(QStringLiteral("Commentary"));
    EXPECT_EQ(store.tag(id)->name, QStringLiteral("Commentary"));

    typeName(store.tag(builtin("claim"))->name.toLower());
    EXPECT_EQ(store.tag(id)->name, QStringLiteral("Commentary"));
    EXPECT_FALSE(message->text().isEmpty());
    EXPECT_EQ(name->text(), QStringLiteral("Commentary")) << "the field shows the stored name again";

    undo();
    EXPECT_EQ(name->text(), QStringLiteral("Opinion")) << "the form follows undo";
}

TEST_F(TagManagerDialogTest, ShortcutKeysMustBeUnique)
{
    const TagId id = addTag(QStringLiteral("Opinion"));
    dialog->selectTag(id);
    shortcut->setFocus();
    QTest::keyClicks(shortcut, QStringLiteral("7"));
    QTest::keyClick(shortcut, Qt::Key_Return);
    EXPECT_EQ(store.tag(id)->shortcut, QStringLiteral("7"));

    const QString taken = store.tag(builtin("claim"))->shortcut;
    if (!taken.isEmpty()) {
        shortcut->selectAll();
        QTest::keyClicks(shortcut, taken);
        QTest::keyClick(shortcut, Qt::Key_Return);
        EXPECT_EQ(store.tag(id)->shortcut, QStringLiteral("7"));
        EXPECT_FALSE(message->text().isEmpty());
    }
}

TEST_F(TagManagerDialogTest, NestUnderAParentWithTheCombo)
{
    const TagId id = addTag(QStringLiteral("Statistic"));
    dialog->selectTag(id);
    EXPECT_LT(parent->findData(id), 0) << "a tag cannot be its own parent";
    ASSERT_TRUE(chooseByKeyboard(parent, builtin("claim")));
    EXPECT_EQ(store.tag(id)->parent, builtin("claim"));
    EXPECT_EQ(tree->currentIndex().parent().data(TagIdRole).toLongLong(), builtin("claim"));
    EXPECT_EQ(dialog->currentTag(), id);
    undo();
    EXPECT_EQ(store.tag(id)->parent, 0);
}

TEST_F(TagManagerDialogTest, RecolourThroughThePicker)
{
    const TagId id = addTag(QStringLiteral("Opinion"));
    dialog->selectTag(id);
    QColor offered;
    dialog->setColorPicker([&](QWidget*, const QColor& initial) {
        offered = initial;
        return QColor(0x12, 0x34, 0x56);
    });
    QTest::mouseClick(color, Qt::LeftButton);
    EXPECT_EQ(offered, QColor(0x33, 0x99, 0x66));
    EXPECT_EQ(store.tag(id)->color, QColor(0x12, 0x34, 0x56));
}

TEST_F(TagManagerDialogTest, DeletingATagInUseAsksFirst)
{
    const TagId id = addTag(QStringLiteral("Opinion"));
    const AnnotationId a = annotate(doc, QStringLiteral("Critics"), {id});
    dialog->selectTag(id);
    QStringList questions;
    bool answer = false;
    dialog->setConfirm([&](QWidget*, const QString&, const QString& question) {
        questions << question;
        return answer;
    });
    QTest::mouseClick(deleteTag, Qt::LeftButton);
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions.at(0).contains(QStringLiteral("Opinion")));
    EXPECT_TRUE(store.tag(id).has_value()) << "answered no";

    answer = true;
    QTest::mouseClick(deleteTag, Qt::LeftButton);
    EXPECT_FALSE(store.tag(id).has_value());
    EXPECT_FALSE(store.annotation(a)->tags.contains(id));
    undo();
    ASSERT_TRUE(store.tag(id).has_value());
    EXPECT_TRUE(store.annotation(a)->tags.contains(id));
}

TEST_F(TagManagerDialogTest, UnusedTagIsDeletedWithoutQuestion)
{
    const TagId id = addTag(QStringLiteral("Spare"));
    dialog->selectTag(id);
    int asked = 0;
    dialog->setConfirm([&](QWidget*, const QString&, const QString&) { return ++asked, true; });
    QTest::mouseClick(deleteTag, Qt::LeftButton);
    EXPECT_EQ(asked, 0);
    EXPECT_FALSE(store.tag(id).has_value());
}

TEST_F(TagManagerDialogTest, TheRealQuestionBoxCanBeAnswered)
{
    const TagId id = addTag(QStringLiteral("Opinion"));
    annotate(doc, QStringLiteral("Critics"), {id});
    dialog->selectTag(id);
    bool sawBox = false;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->button(QMessageBox::Yes)) {
            sawBox = true;
            box->button(QMessageBox::Yes)->click();
        } else if (QWidget* modal = QApplication::activeModalWidget()) {
            modal->close();
        }
    });
    QTest::mouseClick(deleteTag, Qt::LeftButton);
    EXPECT_TRUE(sawBox);
    EXPECT_FALSE(store.tag(id).has_value());
}

TEST_F(TagManagerDialogTest, BuiltInTagsCannotBeDeleted)
{
    dialog->selectTag(builtin("claim"));
    EXPECT_FALSE(deleteTag->isEnabled());
    EXPECT_FALSE(parent->isEnabled());
    EXPECT_TRUE(name->isEnabled()) << "but they can be renamed";
}

} // namespace
