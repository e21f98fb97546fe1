// SPDX-License-Identifier: MIT
// The workbench reached like a user does: custom tag keys, files dropped on the window, every
// pane by keyboard, names for assistive technology.
#include "annotationsdock.h"
#include "comparisonarea.h"
#include "documentcolumn.h"
#include "documentsdock.h"
#include "documentview.h"
#include "inspectordock.h"
#include "mainwindow.h"
#include "tagmanagerdialog.h"
#include "viewtestsupport.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QDockWidget>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Crossread;
using Crossread::Test::TempProject;

namespace {

class WorkbenchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
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
    QAction* action(const char* name) const
    {
        return m_window->findChild<QAction*>(QString::fromLatin1(name));
    }
    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    TempProject m_project;
    std::unique_ptr<MainWindow> m_window;
    QList<DocumentId> m_docs;
};

TEST_F(WorkbenchTest, BuildingTheDemoIsNotOnTheUndoStack)
{
    EXPECT_EQ(m_project.store->undoStack()->count(), 0);
    EXPECT_FALSE(action("undo")->isEnabled()) << "Undo would take the demo apart";
}

TEST_F(WorkbenchTest, CustomTagKeyMadeInTheTagManagerTagsTheSelection)
{
    TagManagerDialog dialog(m_project.store.get(), m_window.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* newTag = dialog.findChild<QPushButton*>(QStringLiteral("newTag"));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("tagName"));
    auto* shortcut = dialog.findChild<QLineEdit*>(QStringLiteral("tagShortcut"));
    ASSERT_TRUE(newTag && name && shortcut);
    QTest::mouseClick(newTag, Qt::LeftButton);
    QTest::keyClicks(name, QStringLiteral("Context missing"));
    QTest::keyClick(name, Qt::Key_Return);
    shortcut->setFocus();
    shortcut->selectAll();
    QTest::keyClicks(shortcut, QStringLiteral("4"));
    QTest::keyClick(shortcut, Qt::Key_Return);
    const std::optional<Tag> tag = m_project.store->tagByName(QStringLiteral("Context missing"));
    ASSERT_TRUE(tag.has_value());
    ASSERT_EQ(tag->shortcut, QStringLiteral("4"));
    dialog.close();
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));

    DocumentView* view = m_window->comparisonArea()->column(0)->view();
    view->setFocus(Qt::OtherFocusReason);
    const QString word = QStringLiteral("spillway");
    const int at = int(view->toPlainText().indexOf(word));
    ASSERT_GE(at, 0);
    QTextCursor c = view->textCursor();
    c.setPosition(at);
    view->setTextCursor(c);
    for (qsizetype i = 0; i < word.size(); ++i)
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    const auto [start, end] = view->selectedRange();
    QTest::keyClick(view, Qt::Key_4);

    bool found = false;
    for (const Annotation& a : m_project.store->annotations(view->documentId()))
        found = found || (a.start == start && a.end == end && a.tags == QList<TagId>{tag->id});
    EXPECT_TRUE(found) << "key 4 made an annotation with the new tag";
    EXPECT_EQ(m_window->inspectorDock()->annotation() != 0, true);
}

TEST_F(WorkbenchTest, DroppingFilesAndAFolderOnTheWindowImportsThem)
{
    const QDir dir(m_project.dir.path());
    writeFile(dir.filePath(QStringLiteral("single.txt")), "Gate report\n\nThe western gate jammed twice in May.\n");
    ASSERT_TRUE(dir.mkpath(QStringLiteral("batch")));
    writeFile(dir.filePath(QStringLiteral("batch/one.txt")), "Rescue log\n\nBoats reached the lower valley at dawn.\n");
    writeFile(dir.filePath(QStringLiteral("batch/two.txt")), "Budget note\n\nReconstruction funds were set aside.\n");
    const qsizetype before = m_project.store->documents().size();

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("single.txt"))),
                  QUrl::fromLocalFile(dir.filePath(QStringLiteral("batch")))});
    const QPoint pos = m_window->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    ASSERT_TRUE(enter.isAccepted()) << "the window takes files";
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    EXPECT_TRUE(drop.isAccepted());
    // The import starts once the drop handler has returned.
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_project.store->documents().size() == before + 3; }, 10000));
    QStringList titles;
    for (const Document& d : m_project.store->documents())
        titles << d.meta.title;
    EXPECT_TRUE(titles.contains(QStringLiteral("Rescue log"))) << titles.join(u'|').toStdString();
    EXPECT_TRUE(titles.contains(QStringLiteral("Budget note")));
    EXPECT_TRUE(titles.contains(QStringLiteral("Gate report")));
}

TEST_F(WorkbenchTest, DropsOfNonFilesAreRefused)
{
    QMimeData mime;
    mime.setText(QStringLiteral("just text"));
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &enter);
    EXPECT_FALSE(enter.isAccepted());
}

TEST_F(WorkbenchTest, EveryPaneIsReachableWithTheKeyboard)
{
    // An annotation in the inspector, so the inspector has fields to focus.
    DocumentView* view = m_window->comparisonArea()->column(1)->view();
    view->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(view, Qt::Key_F8);
    ASSERT_NE(m_window->inspectorDock()->annotation(), 0);

    const auto focusIn = [](QWidget* pane) {
        QWidget* f = QApplication::focusWidget();
        return f && (f == pane || pane->isAncestorOf(f));
    };
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(focusIn(m_window->documentsDock()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(focusIn(m_window->annotationsDock()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(focusIn(m_window->inspectorDock()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(qobject_cast<DocumentView*>(QApplication::focusWidget()));

    // F6 visits every pane in turn and comes back round.
    QList<QWidget*> panes = {m_window->documentsDock(), m_window->annotationsDock(), m_window->inspectorDock()};
    for (int i = 0; i < m_window->comparisonArea()->columnCount(); ++i)
        panes.append(m_window->comparisonArea()->column(i)->view());
    QList<QWidget*> visited;
    for (int i = 0; i < 12; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        for (QWidget* pane : std::as_const(panes)) {
            if (focusIn(pane) && !visited.contains(pane))
                visited.append(pane);
        }
    }
    EXPECT_EQ(visited.size(), panes.size());
}

TEST_F(WorkbenchTest, TabWalksTheInspectorFromTagsToEvidence)
{
    DocumentView* view = m_window->comparisonArea()->column(1)->view();
    view->setFocus(Qt::OtherFocusReason);
    // A claim, so the verdict fields are shown.
    const TagId claim = m_project.builtin("claim");
    AnnotationId target = 0;
    for (const Annotation& a : m_project.store->annotations(view->documentId()))
        if (target == 0 && a.tags.contains(claim))
            target = a.id;
    ASSERT_NE(target, 0);
    m_window->showAnnotation(target, true);
    QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QStringList reached;
    for (int i = 0; i < 12; ++i) {
        if (QWidget* f = QApplication::focusWidget())
            reached << f->objectName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    for (const char* name : {"inspectorTags", "inspectorNote", "inspectorVerdict", "inspectorRationale", "inspectorAddEvidence"})
        EXPECT_TRUE(reached.contains(QString::fromLatin1(name))) << name << " in " << reached.join(u',').toStdString();
}

TEST_F(WorkbenchTest, FocusableControlsHaveAccessibleNames)
{
    DocumentView* view = m_window->comparisonArea()->column(1)->view();
    view->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(view, Qt::Key_F8); // fills the inspector
    QStringList unnamed;
    const auto check = [&unnamed](const QList<QWidget*>& controls) {
        for (QWidget* w : controls) {
            // A spin box's inner line edit is announced through the spin box.
            if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
                continue;
            if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
                continue;
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            const QString name = iface ? iface->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty())
                unnamed << QStringLiteral("%1 (%2) in %3")
                               .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()),
                                    w->parentWidget() ? w->parentWidget()->objectName() : QString());
        }
    };
    check(m_window->comparisonArea()->findChildren<QWidget*>());
    // Every dock, each brought to the front of its tab group in turn.
    for (QDockWidget* dock : m_window->findChildren<QDockWidget*>()) {
        dock->show();
        dock->raise();
        QCoreApplication::processEvents();
        check(dock->findChildren<QWidget*>());
    }
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u'\n').toStdString();
}

} // namespace
