// SPDX-License-Identifier: MIT
#include "inspectordock.h"
#include "roles.h"
#include "storefixture.h"
#include "tagmodel.h"
#include "test_dockhelpers.h"

#include <QComboBox>
#include <QCompleter>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTreeView>
#include <QUrl>

using namespace Crossread;
using namespace Crossread::Test;

namespace {

class InspectorDockTest : public StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        doc = addDocument(QStringLiteral("Alpha"), kTextA);
        claim = annotate(doc, QStringLiteral("76,000 soldiers had been trained"), {builtin("claim")});
        quote = annotate(doc, QStringLiteral("The minister said"), {builtin("attribution")});
        dock = std::make_unique<InspectorDock>(&store);
        ASSERT_TRUE(showActive(dock.get()));
        tags = dock->findChild<QTreeView*>(QStringLiteral("inspectorTags"));
        note = dock->findChild<QPlainTextEdit*>(QStringLiteral("inspectorNote"));
        verdict = dock->findChild<QComboBox*>(QStringLiteral("inspectorVerdict"));
        rationale = dock->findChild<QPlainTextEdit*>(QStringLiteral("inspectorRationale"));
        speaker = dock->findChild<QLineEdit*>(QStringLiteral("inspectorSpeaker"));
        claimBox = dock->findChild<QGroupBox*>(QStringLiteral("inspectorClaim"));
        speakerBox = dock->findChild<QGroupBox*>(QStringLiteral("inspectorAttribution"));
        evidence = dock->findChild<QListWidget*>(QStringLiteral("inspectorEvidence"));
        hint = dock->findChild<QLabel*>(QStringLiteral("inspectorHint"));
        ASSERT_TRUE(tags && note && verdict && rationale && speaker && claimBox && speakerBox && evidence && hint);
    }

    bool hintShown() const { return dock->findChild<QStackedWidget*>()->currentWidget() == hint; }

    Annotation stored(AnnotationId id) const { return store.annotation(id).value_or(Annotation {}); }

    DocumentId doc = 0;
    AnnotationId claim = 0;
    AnnotationId quote = 0;
    std::unique_ptr<InspectorDock> dock;
    QTreeView* tags = nullptr;
    QPlainTextEdit* note = nullptr;
    QComboBox* verdict = nullptr;
    QPlainTextEdit* rationale = nullptr;
    QLineEdit* speaker = nullptr;
    QGroupBox* claimBox = nullptr;
    QGroupBox* speakerBox = nullptr;
    QListWidget* evidence = nullptr;
    QLabel* hint = nullptr;
};

TEST_F(InspectorDockTest, ShowsAHintWithoutAnnotationAndTheFieldsWithOne)
{
    EXPECT_TRUE(hintShown());
    dock->setAnnotation(claim);
    EXPECT_FALSE(hintShown());
    const QLabel* quoteLabel = dock->findChild<QLabel*>(QStringLiteral("inspectorQuote"));
    ASSERT_TRUE(quoteLabel);
    EXPECT_TRUE(quoteLabel->text().contains(QStringLiteral("76,000 soldiers had been trained")));
    EXPECT_FALSE(claimBox->isHidden()) << "claims show verdict and rationale";
    EXPECT_TRUE(speakerBox->isHidden());

    dock->setAnnotation(quote);
    EXPECT_TRUE(claimBox->isHidden());
    EXPECT_FALSE(speakerBox->isHidden()) << "attributions show the speaker";
    dock->setAnnotation(0);
    EXPECT_TRUE(hintShown());
}

TEST_F(InspectorDockTest, CheckingATagWithTheKeyboardChangesTheStore)
{
    dock->setAnnotation(claim);
    const TagId unverified = builtin("unverified");
    ASSERT_TRUE(moveCurrentByKeyboard(tags, [&](const QModelIndex& index) {
        return index.data(TagIdRole).toLongLong() == unverified;
    }));
    QTest::keyClick(tags, Qt::Key_Space);
    EXPECT_TRUE(stored(claim).tags.contains(unverified));
    EXPECT_TRUE(stored(claim).tags.contains(builtin("claim")));

    undo();
    EXPECT_FALSE(stored(claim).tags.contains(unverified));
    EXPECT_EQ(tags->currentIndex().siblingAtColumn(0).data(Qt::CheckStateRole).toInt(), Qt::Unchecked)
        << "the check box follows undo";

    // Unchecking Claim and checking Attribution switches the sections.
    ASSERT_TRUE(moveCurrentByKeyboard(tags, [&](const QModelIndex& index) {
        return index.data(TagIdRole).toLongLong() == builtin("attribution");
    }));
    QTest::keyClick(tags, Qt::Key_Space);
    EXPECT_FALSE(speakerBox->isHidden());
}

TEST_F(InspectorDockTest, ClickingATagCheckBoxWithTheMouse)
{
    dock->setAnnotation(claim);
    const TagId unverified = builtin("unverified");
    const auto* model = qobject_cast<const TagModel*>(tags->model());
    ASSERT_TRUE(model);
    const QModelIndex index = model->indexOf(unverified);
    tags->scrollTo(index);
    // Where the style draws the check box inside the row (as the delegate computes it).
    QStyleOptionViewItem option;
    option.initFrom(tags->viewport());
    option.rect = tags->visualRect(index);
    option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay
        | QStyleOptionViewItem::HasDecoration;
    option.decorationSize = tags->iconSize().isValid() ? tags->iconSize() : QSize(16, 16);
    const QRect box = tags->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, tags);
    ASSERT_TRUE(box.isValid());
    QTest::mouseClick(tags->viewport(), Qt::LeftButton, Qt::NoModifier, box.center());
    EXPECT_TRUE(stored(claim).tags.contains(unverified));
    QTest::mouseClick(tags->viewport(), Qt::LeftButton, Qt::NoModifier, box.center());
    EXPECT_FALSE(stored(claim).tags.contains(unverified));
    undo();
    EXPECT_TRUE(stored(claim).tags.contains(unverified)) << "each click is one undo step";
}

TEST_F(InspectorDockTest, TypingANoteIsOneUndoStepAndIsNotClobbered)
{
    dock->setAnnotation(claim);
    const int before = store.undoStack()->count();
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Needs a source"));
    EXPECT_EQ(stored(claim).note, QStringLiteral("Needs a source"));
    EXPECT_EQ(note->toPlainText(), QStringLiteral("Needs a source"));
    EXPECT_EQ(store.undoStack()->count(), before + 1) << "keystrokes merge into one step";

    // An edit from elsewhere (another field) leaves the text and the cursor alone.
    QTextCursor cursor = note->textCursor();
    cursor.setPosition(5);
    note->setTextCursor(cursor);
    ASSERT_TRUE(store.setVerdict(claim, store.ratingScale().value(0)));
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("X"));
    EXPECT_EQ(note->toPlainText(), QStringLiteral("NeedsX a source"));

    // Undo from the Edit menu shows up in the editor.
    store.undoStack()->setIndex(before);
    EXPECT_TRUE(stored(claim).note.isEmpty());
    EXPECT_TRUE(note->toPlainText().isEmpty());
}

TEST_F(InspectorDockTest, ChoosingAVerdictAndTypingARationale)
{
    dock->setAnnotation(claim);
    const QStringList scale = store.ratingScale();
    ASSERT_GE(scale.size(), 2);
    EXPECT_EQ(verdict->count(), scale.size() + 1) << "no verdict + the rating scale";
    verdict->setFocus();
    QTest::keyClick(verdict, Qt::Key_Down);
    QTest::keyClick(verdict, Qt::Key_Down);
    EXPECT_EQ(stored(claim).verdict, scale.at(1));
    rationale->setFocus();
    QTest::keyClicks(rationale, QStringLiteral("Ministry says 60,000"));
    EXPECT_EQ(stored(claim).rationale, QStringLiteral("Ministry says 60,000"));
    undo();
    EXPECT_TRUE(stored(claim).rationale.isEmpty());
    undo();
    EXPECT_EQ(stored(claim).verdict, scale.at(0));
    EXPECT_EQ(verdict->currentData().toString(), scale.at(0)); // the key; the label shows
    EXPECT_EQ(verdict->currentText(), QStringLiteral("True"));
}

TEST_F(InspectorDockTest, SpeakerIsCreatedOnEnterAsOneUndoStepAndCompleted)
{
    dock->setAnnotation(quote);
    speaker->setFocus();
    QTest::keyClicks(speaker, QStringLiteral("Defence Minister"));
    QTest::keyClick(speaker, Qt::Key_Return);
    const std::optional<Entity> entity = store.entityByName(QStringLiteral("Defence Minister"));
    ASSERT_TRUE(entity.has_value());
    EXPECT_EQ(stored(quote).speaker, entity->id);

    undo();
    EXPECT_EQ(stored(quote).speaker, 0) << "one undo step for naming the speaker";
    EXPECT_TRUE(speaker->text().isEmpty());
    redo();
    EXPECT_EQ(speaker->text(), QStringLiteral("Defence Minister"));

    // The entity is offered for the next attribution.
    const AnnotationId other = annotate(doc, QStringLiteral("Critics"), {builtin("attribution")});
    dock->setAnnotation(other);
    ASSERT_TRUE(speaker->completer());
    speaker->setFocus();
    QTest::keyClicks(speaker, QStringLiteral("defence"));
    EXPECT_EQ(speaker->completer()->completionCount(), 1);
    EXPECT_EQ(speaker->completer()->currentCompletion(), QStringLiteral("Defence Minister"));
}

TEST_F(InspectorDockTest, EvidenceLinksAreAddedOpenedAndRemoved)
{
    dock->setAnnotation(claim);
    EvidenceLink link;
    link.url = QStringLiteral("https://example.org/briefing");
    link.title = QStringLiteral("Ministry briefing");
    link.accessed = QDate(2024, 3, 7);
    dock->setEvidencePrompt([&](QWidget*) { return std::optional<EvidenceLink>(link); });
    QList<QUrl> opened;
    dock->setUrlOpener([&](const QUrl& url) { opened << url; });

    auto* add = dock->findChild<QPushButton*>(QStringLiteral("inspectorAddEvidence"));
    auto* open = dock->findChild<QPushButton*>(QStringLiteral("inspectorOpenEvidence"));
    auto* remove = dock->findChild<QPushButton*>(QStringLiteral("inspectorRemoveEvidence"));
    ASSERT_TRUE(add && open && remove);
    QTest::mouseClick(add, Qt::LeftButton);
    ASSERT_EQ(stored(claim).evidence.size(), 1);
    EXPECT_EQ(stored(claim).evidence.at(0).url, link.url);
    ASSERT_EQ(evidence->count(), 1);
    EXPECT_EQ(evidence->item(0)->text(), QStringLiteral("Ministry briefing"));

    EXPECT_FALSE(open->isEnabled());
    clickRow(evidence, evidence->model()->index(0, 0));
    ASSERT_TRUE(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.at(0), QUrl(link.url));

    QTest::mouseClick(remove, Qt::LeftButton);
    EXPECT_TRUE(stored(claim).evidence.isEmpty());
    EXPECT_EQ(evidence->count(), 0);
    undo();
    EXPECT_EQ(evidence->count(), 1);
}

TEST_F(InspectorDockTest, RemovingTheInspectedAnnotationShowsTheHint)
{
    dock->setAnnotation(quote);
    ASSERT_TRUE(store.removeAnnotation(quote));
    EXPECT_TRUE(hintShown());
    EXPECT_EQ(dock->annotation(), 0);
}

TEST_F(InspectorDockTest, ControlsHaveAccessibleNames)
{
    dock->setAnnotation(claim);
    for (QWidget* control : std::initializer_list<QWidget*> {tags, note, verdict, rationale, speaker, evidence})
        EXPECT_FALSE(control->accessibleName().isEmpty()) << control->objectName().toStdString();
    EXPECT_TRUE(note->tabChangesFocus()) << "Tab must leave the note editor";
}

} // namespace
