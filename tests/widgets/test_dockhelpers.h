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
    if (!view->currentIndex().isValid())
        QTest::keyClick(view, Qt::Key_Home);
    for (int guard = 0; guard < 200 && !pred(view->currentIndex()); ++guard)
        QTest::keyClick(view, Qt::Key_Down);
    return pred(view->currentIndex()) ? ::testing::AssertionSuccess()
                                      : ::testing::AssertionFailure() << "item not reached by arrow keys";
}

} // namespace Crossread::Test
