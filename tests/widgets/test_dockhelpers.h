// SPDX-License-Identifier: MIT
#pragma once

// Small user-like actions shared by the dock and dialog tests.

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QTest>
#include <QWidget>
#include <gtest/gtest.h>

namespace Crossread::Test {

/// Shows `widget` as a window and waits until it is exposed and active, so clicks, key focus
/// and widget shortcuts behave as for a user.
inline ::testing::AssertionResult showActive(QWidget* widget)
{
    widget->resize(900, 600);
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget))
        return ::testing::AssertionFailure() << "window not exposed";
    widget->activateWindow();
    if (!QTest::qWaitForWindowActive(widget))
        return ::testing::AssertionFailure() << "window not active";
    return ::testing::AssertionSuccess();
}

/// Double-clicks like a mouse does: press, release, then the double-click press and release.
/// (QTest::mouseDClick alone skips the first press that item views need to accept the second.)
inline void doubleClickRow(QAbstractItemView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    const QPoint pos = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, pos);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, pos);
}

/// Clicks the centre of a row's first visible cell.
inline void clickRow(QAbstractItemView* view, const QModelIndex& index,
                     Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

/// Moves a combo box to the item with `data` the way a keyboard user does: focus, then arrow keys.
inline ::testing::AssertionResult chooseByKeyboard(QComboBox* combo, const QVariant& data)
{
    const int target = combo->findData(data);
    if (target < 0)
        return ::testing::AssertionFailure() << "no item with data " << data.toString().toStdString();
    combo->setFocus(Qt::TabFocusReason);
    for (int guard = 0; combo->currentIndex() != target && guard < 200; ++guard)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    if (combo->currentIndex() != target)
        return ::testing::AssertionFailure() << "could not reach item " << target;
    return ::testing::AssertionSuccess();
}

/// Moves the current item of `view` by arrow keys until `pred(current)` holds.
template<typename Pred>
::testing::AssertionResult moveCurrentByKeyboard(QAbstractItemView* view, Pred pred)
{
    view->setFocus(Qt::TabFocusReason);
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier); // the first item, in trees and tables

    for (int guard = 0; guard < 200 && !pred(view->currentIndex()); ++guard)
        QTest::keyClick(view, Qt::Key_Down);
    return pred(view->currentIndex()) ? ::testing::AssertionSuccess()
                                      : ::testing::AssertionFailure() << "item not reached by arrow keys";
}

} // namespace Crossread::Test
