// SPDX-License-Identifier: MIT
#include "documentmodel.h"
#include "documentsdock.h"
#include "roles.h"
#include "storefixture.h"
#include "test_dockhelpers.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace Crossread;
using namespace Crossread::Test;

namespace {

class DocumentsDockTest : public StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        alpha = addDocument(QStringLiteral("Alpha report"), kTextA, QStringLiteral("Kyiv Post"), QDate(2024, 3, 5));
        beta = addDocument(QStringLiteral("Beta statement"), kTextB, QStringLiteral("Ministry"), QDate(2024, 3, 6));
        gamma = addDocument(QStringLiteral("Gamma analysis"), QStringLiteral("Analysts doubt the numbers."),
                            QStringLiteral("Kyiv Independent"));
        dock = std::make_unique<DocumentsDock>(&store);
        ASSERT_TRUE(showActive(dock.get()));
        view = dock->findChild<QTableView*>(QStringLiteral("documentsTable"));
        filter = dock->findChild<QLineEdit*>(QStringLiteral("documentsFilter"));
        compare = dock->findChild<QPushButton*>(QStringLiteral("compareButton"));
        ASSERT_TRUE(view && filter && compare);
    }

    QModelIndex rowOf(DocumentId id) const
    {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data(DocumentIdRole).toLongLong() == id)
                return index;
        }
        return {};
    }

    DocumentId alpha = 0;
    DocumentId beta = 0;
    DocumentId gamma = 0;
    std::unique_ptr<DocumentsDock> dock;
    QTableView* view = nullptr;
    QLineEdit* filter = nullptr;
    QPushButton* compare = nullptr;
};

TEST_F(DocumentsDockTest, ListsDocumentsSortedByTitle)
{
    ASSERT_EQ(view->model()->rowCount(), 3);
    EXPECT_EQ(view->model()->index(0, 0).data().toString(), QStringLiteral("Alpha report"));
    EXPECT_EQ(view->model()->index(2, 0).data().toString(), QStringLiteral("Gamma analysis"));
    EXPECT_FALSE(view->accessibleName().isEmpty());
    EXPECT_FALSE(filter->accessibleName().isEmpty());
}

TEST_F(DocumentsDockTest, TypingInTheFilterNarrowsTheTable)
{
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("kyiv"));
    EXPECT_EQ(view->model()->rowCount(), 2) << "outlet matches case-insensitively";
    QTest::keyClicks(filter, QStringLiteral(" ind"));
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->index(0, 0).data(DocumentIdRole).toLongLong(), gamma);
    filter->selectAll();
    QTest::keyClick(filter, Qt::Key_Backspace);
    EXPECT_EQ(view->model()->rowCount(), 3);
}

TEST_F(DocumentsDockTest, DownFromTheFilterEntersTheTable)
{
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("beta"));
    QTest::keyClick(filter, Qt::Key_Down);
    EXPECT_TRUE(view->hasFocus());
    QSignalSpy activated(dock.get(), &DocumentsDock::documentActivated);
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toLongLong(), beta);
}

TEST_F(DocumentsDockTest, MultiSelectAndCompareSideBySide)
{
    QSignalSpy requested(dock.get(), &DocumentsDock::compareRequested);
    EXPECT_FALSE(compare->isEnabled()) << "nothing selected yet";
    clickRow(view, rowOf(gamma));
    clickRow(view, rowOf(alpha), Qt::ControlModifier);
    EXPECT_EQ(dock->selectedDocuments(), (QList<DocumentId> {alpha, gamma})) << "in table order";
    ASSERT_TRUE(compare->isEnabled());
    QTest::mouseClick(compare, Qt::LeftButton);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).value<QList<DocumentId>>(), (QList<DocumentId> {alpha, gamma}));

    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(requested.count(), 2) << "Ctrl+Return compares too";
}

TEST_F(DocumentsDockTest, DoubleClickOpensOneDocument)
{
    QSignalSpy activated(dock.get(), &DocumentsDock::documentActivated);
    const QModelIndex index = rowOf(beta);
    doubleClickRow(view, index);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toLongLong(), beta);
}

TEST_F(DocumentsDockTest, CountsAndRowsFollowTheStore)
{
    const QModelIndex count = rowOf(alpha).siblingAtColumn(DocumentModel::AnnotationsColumn);
    EXPECT_EQ(count.data().toInt(), 0);
    annotate(alpha, QStringLiteral("76,000 soldiers"), {builtin("claim")});
    EXPECT_EQ(rowOf(alpha).siblingAtColumn(DocumentModel::AnnotationsColumn).data().toInt(), 1);

    dock->selectDocuments({beta});
    ASSERT_TRUE(store.removeDocument(beta));
    EXPECT_EQ(view->model()->rowCount(), 2);
    EXPECT_FALSE(compare->isEnabled()) << "the selected document is gone";
    undo();
    EXPECT_EQ(view->model()->rowCount(), 3);
}

} // namespace
