// SPDX-License-Identifier: MIT
// The document properties and settings dialogs, filled in with the keyboard as a user would.
#include "documentpropertiesdialog.h"
#include "import/importer.h"
#include "settingsdialog.h"
#include "spell/spellchecker.h"
#include "spellhighlighter.h"
#include "spellservice.h"
#include "spelltextedit.h"
#include "usersettings.h"
#include "viewtestsupport.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Crossread;
using Crossread::Test::TempProject;

namespace {

/// Replaces a field's text the way a user does: focus, select all, type.
template<typename Edit>
void retype(Edit* edit, const QString& text)
{
    edit->setFocus(Qt::TabFocusReason);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

::testing::AssertionResult showDialog(QDialog* dialog)
{
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog))
        return ::testing::AssertionFailure() << "dialog not exposed";
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog))
        return ::testing::AssertionFailure() << "dialog not active";
    return ::testing::AssertionSuccess();
}

QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        // A spin box's inner line edit is announced through the spin box.
        if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue;
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << w->objectName() + u' ' + QString::fromLatin1(w->metaObject()->className());
    }
    return unnamed;
}

class DocumentPropertiesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_project.create());
        m_doc = m_project.addText(QStringLiteral("Dam report"), QStringLiteral("The spillway failed on Tuesday."));
        ASSERT_NE(m_doc, 0);
        m_project.store->undoStack()->clear();
    }
    TempProject m_project;
    DocumentId m_doc = 0;
};

TEST_F(DocumentPropertiesTest, EditingEveryFieldIsOneUndoStep)
{
    DocumentPropertiesDialog dialog(m_project.store.get(), m_doc, nullptr);
    ASSERT_TRUE(showDialog(&dialog));
    auto* title = dialog.findChild<SpellTextEdit*>(QStringLiteral("propertiesTitle"));
    auto* outlet = dialog.findChild<SpellTextEdit*>(QStringLiteral("propertiesOutlet"));
    auto* author = dialog.findChild<SpellTextEdit*>(QStringLiteral("propertiesAuthor"));
    auto* date = dialog.findChild<QDateEdit*>(QStringLiteral("propertiesDate"));
    auto* unknown = dialog.findChild<QCheckBox*>(QStringLiteral("propertiesDateUnknown"));
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("propertiesUrl"));
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("propertiesLanguage"));
    ASSERT_TRUE(title && outlet && author && date && unknown && url && language);
    EXPECT_EQ(title->toPlainText(), QStringLiteral("Dam report"));
    EXPECT_TRUE(unknown->isChecked()) << "the test document has no date";
    EXPECT_FALSE(date->isEnabled());

    retype(title, QStringLiteral("Spillway failure at Marrow Bay"));
    retype(outlet, QStringLiteral("The Coastal Herald"));
    retype(author, QStringLiteral("Lena Prost"));
    unknown->setFocus(Qt::TabFocusReason);
    QTest::keyClick(unknown, Qt::Key_Space);
    ASSERT_TRUE(date->isEnabled());
    date->setDate(QDate(2031, 3, 4));
    retype(url, QStringLiteral("example.org/dam"));
    language->setFocus(Qt::TabFocusReason);
    for (int guard = 0; language->currentData().toString() != QLatin1String("uk") && guard < 40; ++guard)
        QTest::keyClick(language, Qt::Key_Down);
    ASSERT_EQ(language->currentData().toString(), QStringLiteral("uk"));
    // Enter in a one-line field presses OK, as in a line edit.
    QTest::keyClick(outlet, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    const std::optional<Document> doc = m_project.store->document(m_doc);
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(doc->meta.title, QStringLiteral("Spillway failure at Marrow Bay"));
    EXPECT_EQ(doc->meta.outlet, QStringLiteral("The Coastal Herald"));
    EXPECT_EQ(doc->meta.author, QStringLiteral("Lena Prost"));
    EXPECT_EQ(doc->meta.published, QDate(2031, 3, 4));
    EXPECT_EQ(doc->meta.url, QStringLiteral("http://example.org/dam"));
    EXPECT_EQ(doc->meta.language, QStringLiteral("uk"));
    EXPECT_EQ(m_project.store->undoStack()->count(), 1);
    m_project.store->undoStack()->undo();
    EXPECT_EQ(m_project.store->document(m_doc)->meta.title, QStringLiteral("Dam report"));
    EXPECT_FALSE(m_project.store->document(m_doc)->meta.published.isValid());
}

TEST_F(DocumentPropertiesTest, ShowsWhatImportRecordedAndRefusesABadAddress)
{
    DocumentPropertiesDialog dialog(m_project.store.get(), m_doc, nullptr);
    ASSERT_TRUE(showDialog(&dialog));
    EXPECT_EQ(dialog.findChild<QLabel*>(QStringLiteral("propertiesEncoding"))->text(), QStringLiteral("UTF-8"));
    EXPECT_EQ(dialog.findChild<QLabel*>(QStringLiteral("propertiesFileName"))->text(), QStringLiteral("Dam report.txt"));
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("propertiesLength"))->text().contains(QLatin1String("31")));
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("propertiesUrl"));
    retype(url, QStringLiteral("not an address"));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("propertiesProblem"))->isVisible());
    retype(url, QString());
    EXPECT_TRUE(ok->isEnabled());
    // Nothing changed: OK stores nothing.
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_EQ(m_project.store->undoStack()->count(), 0);
    EXPECT_TRUE(unnamedControls(&dialog).isEmpty()) << unnamedControls(&dialog).join(u',').toStdString();
}

TEST_F(DocumentPropertiesTest, PastedLineBreaksBecomeSpaces)
{
    DocumentPropertiesDialog dialog(m_project.store.get(), m_doc, nullptr);
    ASSERT_TRUE(showDialog(&dialog));
    auto* title = dialog.findChild<SpellTextEdit*>(QStringLiteral("propertiesTitle"));
    QApplication::clipboard()->setText(QStringLiteral("Two\nlines"));
    title->setFocus(Qt::TabFocusReason);
    title->selectAll();
    QTest::keyClick(title, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(title->toPlainText(), QStringLiteral("Two lines"));
    EXPECT_EQ(dialog.metadata().title, QStringLiteral("Two lines"));
}

class SettingsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_project.create());
    }
    void TearDown() override { QSettings().clear(); }
    TempProject m_project;
};

TEST_F(SettingsDialogTest, UserAndProjectSettingsAreStoredWhereTheyBelong)
{
    SettingsDialog dialog(m_project.store.get(), nullptr);
    ASSERT_TRUE(showDialog(&dialog));
    retype(dialog.findChild<QLineEdit*>(QStringLiteral("settingsAnnotator")), QStringLiteral("Jana Novak"));
    retype(dialog.findChild<QLineEdit*>(QStringLiteral("settingsOrganization")), QStringLiteral("Bay Fact Check"));
    retype(dialog.findChild<QLineEdit*>(QStringLiteral("settingsOrganizationUrl")), QStringLiteral("https://factcheck.example"));
    auto* limit = dialog.findChild<QSpinBox*>(QStringLiteral("settingsImportLimit"));
    retype(limit, QStringLiteral("12"));
    auto* repair = dialog.findChild<QCheckBox*>(QStringLiteral("settingsRepairText"));
    ASSERT_TRUE(repair->isChecked()) << "repairing is the default";
    repair->setFocus(Qt::TabFocusReason);
    QTest::keyClick(repair, Qt::Key_Space);
    QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("settingsOrganization")), Qt::Key_Return);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);

    const UserSettings user = UserSettings::load();
    EXPECT_EQ(user.annotator, QStringLiteral("Jana Novak"));
    EXPECT_EQ(user.importLimitMegabytes, 12);
    EXPECT_FALSE(user.repairExtractedText);
    EXPECT_EQ(user.importOptions().maxBytes, 12LL * 1024 * 1024);
    EXPECT_EQ(m_project.store->setting(SettingsDialog::OrganizationNameKey), QStringLiteral("Bay Fact Check"));
    EXPECT_EQ(m_project.store->setting(SettingsDialog::OrganizationUrlKey), QStringLiteral("https://factcheck.example"));
    // The project's settings are one undo step; the user's are not in the project at all.
    EXPECT_EQ(m_project.store->undoStack()->count(), 1);
    m_project.store->undoStack()->undo();
    EXPECT_TRUE(m_project.store->setting(SettingsDialog::OrganizationNameKey).isEmpty());
    EXPECT_TRUE(m_project.store->setting(SettingsDialog::OrganizationUrlKey).isEmpty());
    EXPECT_EQ(UserSettings::load().annotator, QStringLiteral("Jana Novak"));

    // New annotations carry the annotator's name.
    const DocumentId doc = m_project.addText(QStringLiteral("Note"), QStringLiteral("Gates jammed."));
    const AnnotationId a = m_project.store->addAnnotation(doc, 0, 5, {m_project.builtin("claim")});
    EXPECT_EQ(m_project.store->annotation(a)->annotator, QStringLiteral("Jana Novak"));
}

TEST_F(SettingsDialogTest, TheReportLanguageIsAProjectSettingThatDefaultsToTheInterface)
{
    {
        SettingsDialog dialog(m_project.store.get(), nullptr);
        ASSERT_TRUE(showDialog(&dialog));
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("settingsReportLanguage"));
        ASSERT_NE(language, nullptr);
        EXPECT_EQ(language->currentIndex(), 0) << "as the interface, until chosen";
        EXPECT_TRUE(language->currentData().toString().isEmpty());
        ASSERT_EQ(language->count(), 5) << "the interface's and the four UI languages";
        language->setFocus(Qt::TabFocusReason);
        while (language->currentData().toString() != QLatin1String("uk") && language->currentIndex() + 1 < language->count())
            QTest::keyClick(language, Qt::Key_Down);
        EXPECT_EQ(language->currentText(), QStringLiteral("українська"));
        dialog.accept();
    }
    EXPECT_EQ(m_project.store->setting(SettingsDialog::ReportLanguageKey), QStringLiteral("uk"));
    SettingsDialog again(m_project.store.get(), nullptr);
    EXPECT_EQ(again.findChild<QComboBox*>(QStringLiteral("settingsReportLanguage"))->currentData().toString(),
              QStringLiteral("uk"));
}

TEST_F(SettingsDialogTest, ABadOrganisationAddressKeepsOkDisabled)
{
    SettingsDialog dialog(m_project.store.get(), nullptr);
    ASSERT_TRUE(showDialog(&dialog));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    retype(dialog.findChild<QLineEdit*>(QStringLiteral("settingsReviewUrl")), QStringLiteral("no such thing"));
    EXPECT_FALSE(ok->isEnabled());
    retype(dialog.findChild<QLineEdit*>(QStringLiteral("settingsReviewUrl")), QStringLiteral("factcheck.example/dam"));
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_TRUE(unnamedControls(&dialog).isEmpty()) << unnamedControls(&dialog).join(u',').toStdString();
}

TEST_F(SettingsDialogTest, ListsEveryInstalledDictionaryWithEnglishFirstChoice)
{
    const QStringList installed = HunspellChecker::availableLanguages();
    if (installed.isEmpty())
        GTEST_SKIP() << "no Hunspell dictionaries installed";
    SettingsDialog dialog(m_project.store.get(), nullptr);
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("settingsSpellLanguage"));
    ASSERT_NE(language, nullptr);
    QStringList listed;
    for (int i = 0; i < language->count(); ++i)
        listed << language->itemData(i).toString();
    EXPECT_EQ(listed, installed);
    if (installed.contains(QStringLiteral("en_US"))) {
        EXPECT_EQ(language->currentData().toString(), QStringLiteral("en_US"));
    }
}

TEST_F(SettingsDialogTest, ChangingTheLanguageRechecksOpenEditors)
{
    const QStringList installed = HunspellChecker::availableLanguages();
    if (!installed.contains(QStringLiteral("en_US")) || !installed.contains(QStringLiteral("de_DE")))
        GTEST_SKIP() << "needs the en_US and de_DE dictionaries";
    QTemporaryDir dir;
    SpellService spelling;
    spelling.setPersonalDictionaryPath(dir.filePath(QStringLiteral("words.txt")));
    QSignalSpy changed(&spelling, &SpellService::checkerChanged);
    spelling.setLanguage(QStringLiteral("en_US"));
    ASSERT_TRUE(changed.wait(10000));

    SpellTextEdit note;
    note.setSpellService(&spelling);
    note.setPlainText(QStringLiteral("Das Haus steht am Wasser house"));
    QApplication::processEvents();
    EXPECT_TRUE(note.highlighter()->isFlagged(5)) << "'Haus' is no English word";
    EXPECT_FALSE(note.highlighter()->isFlagged(25)) << "'house' is";

    SettingsDialog dialog(m_project.store.get(), &spelling);
    ASSERT_TRUE(showDialog(&dialog));
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("settingsSpellLanguage"));
    language->setFocus(Qt::TabFocusReason);
    for (int guard = 0; language->currentData().toString() != QLatin1String("de_DE") && guard < 40; ++guard)
        QTest::keyClick(language, language->currentIndex() < language->findData(QStringLiteral("de_DE")) ? Qt::Key_Down : Qt::Key_Up);
    ASSERT_EQ(language->currentData().toString(), QStringLiteral("de_DE"));
    dialog.accept();
    ASSERT_TRUE(changed.wait(10000));
    EXPECT_EQ(spelling.language(), QStringLiteral("de_DE"));
    EXPECT_EQ(UserSettings::load().spellLanguage, QStringLiteral("de_DE"));
    QApplication::processEvents();
    EXPECT_FALSE(note.highlighter()->isFlagged(5)) << "'Haus' is German";
    EXPECT_TRUE(note.highlighter()->isFlagged(25)) << "'house' is not";
}

} // namespace
