// SPDX-License-Identifier: MIT
#include "comparisonarea.h"
#include "documentcolumn.h"
#include "documentview.h"
#include "viewtestsupport.h"

#include <QApplication>
#include <QScrollBar>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Crossread;
using Crossread::Test::TempProject;

namespace {

QString longText(int paragraphs, const QString& word)
{
    QStringList out;
    for (int i = 0; i < paragraphs; ++i)
        out.append(QStringLiteral("%1 %2: the review flagged serious erosion below the spillway gates.").arg(word).arg(i));
    return out.join(QLatin1Char('\n'));
}

QToolButton* button(DocumentColumn* column, const QString& accessibleName)
{
    for (QToolButton* b : column->findChildren<QToolButton*>()) {
        if (b->accessibleName() == accessibleName)
            return b;
    }
    return nullptr;
}

class ComparisonAreaTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_project.create());
        for (int i = 0; i < 7; ++i)
            m_docs.append(m_project.addText(QStringLiteral("Doc %1").arg(i), longText(20 + 40 * i, QStringLiteral("W%1").arg(i))));
        m_area = std::make_unique<ComparisonArea>(m_project.store.get());
        m_area->resize(1200, 600);
        m_area->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_area.get()));
    }

    TempProject m_project;
    QList<DocumentId> m_docs;
    std::unique_ptr<ComparisonArea> m_area;
};

TEST_F(ComparisonAreaTest, OpensSideBySideUpToSixColumns)
{
    m_area->openDocuments(m_docs.mid(0, 3));
    EXPECT_EQ(m_area->documentIds(), m_docs.mid(0, 3));
    EXPECT_EQ(m_area->currentView(), m_area->column(0)->view());
    m_area->openDocuments(m_docs);
    EXPECT_EQ(m_area->columnCount(), ComparisonArea::MaxColumns);
    EXPECT_EQ(m_area->addDocument(m_docs.last()), nullptr) << "a seventh column is refused";
    // Opening one that is already shown focuses its column instead of duplicating it.
    EXPECT_EQ(m_area->addDocument(m_docs.at(2)), m_area->column(2));
    EXPECT_EQ(m_area->columnCount(), ComparisonArea::MaxColumns);
}

TEST_F(ComparisonAreaTest, ColumnsAreMovedAndClosedWithTheirHeaderButtons)
{
    m_area->openDocuments(m_docs.mid(0, 3));
    QApplication::processEvents();
    DocumentColumn* first = m_area->column(0);
    QToolButton* left = button(first, QStringLiteral("Move column left"));
    QToolButton* right = button(first, QStringLiteral("Move column right"));
    ASSERT_TRUE(left && right);
    EXPECT_FALSE(left->isEnabled());
    QTest::mouseClick(right, Qt::LeftButton);
    EXPECT_EQ(m_area->documentIds(), (QList<DocumentId>{m_docs[1], m_docs[0], m_docs[2]}));
    EXPECT_TRUE(left->isEnabled());
    QTest::mouseClick(button(m_area->column(2), QStringLiteral("Close column")), Qt::LeftButton);
    EXPECT_EQ(m_area->documentIds(), (QList<DocumentId>{m_docs[1], m_docs[0]}));
    m_area->moveColumn(1, 0);
    EXPECT_EQ(m_area->documentIds(), (QList<DocumentId>{m_docs[0], m_docs[1]}));
}

TEST_F(ComparisonAreaTest, FocusingAViewMakesItCurrent)
{
    m_area->openDocuments(m_docs.mid(0, 3));
    QList<DocumentView*> changes;
    QObject::connect(m_area.get(), &ComparisonArea::currentViewChanged, [&](DocumentView* v) { changes.append(v); });
    m_area->activateWindow();
    m_area->column(2)->view()->setFocus(Qt::MouseFocusReason);
    QApplication::processEvents();
    EXPECT_EQ(m_area->currentView(), m_area->column(2)->view());
    EXPECT_EQ(changes.value(0), m_area->column(2)->view());
}

TEST_F(ComparisonAreaTest, SynchronizedScrollingFollowsByRelativePosition)
{
    m_area->openDocuments({m_docs[2], m_docs[5]});
    QApplication::processEvents();
    QScrollBar* a = m_area->column(0)->view()->verticalScrollBar();
    QScrollBar* b = m_area->column(1)->view()->verticalScrollBar();
    ASSERT_GT(a->maximum(), 0);
    ASSERT_GT(b->maximum(), a->maximum());
    a->setValue(a->maximum() / 2);
    EXPECT_EQ(b->value(), 0) << "off by default";
    m_area->setSynchronizedScrolling(true);
    a->setValue(a->maximum());
    EXPECT_EQ(b->value(), b->maximum());
    b->setValue(b->maximum() / 2);
    EXPECT_NEAR(double(a->value()) / a->maximum(), 0.5, 0.05);
}

TEST_F(ComparisonAreaTest, ZoomAppliesToEveryColumnAndNewOnes)
{
    m_area->openDocuments(m_docs.mid(0, 2));
    const qreal base = m_area->column(0)->view()->font().pointSizeF();
    m_area->setZoom(3);
    EXPECT_DOUBLE_EQ(m_area->column(1)->view()->font().pointSizeF(), base + 3);
    m_area->addDocument(m_docs[4]);
    EXPECT_DOUBLE_EQ(m_area->column(2)->view()->font().pointSizeF(), base + 3);
}

TEST_F(ComparisonAreaTest, RemovedDocumentsCloseTheirColumns)
{
    m_area->openDocuments(m_docs.mid(0, 3));
    ASSERT_TRUE(m_project.store->removeDocument(m_docs[1]));
    EXPECT_EQ(m_area->documentIds(), (QList<DocumentId>{m_docs[0], m_docs[2]}));
    m_project.store->close();
    EXPECT_EQ(m_area->columnCount(), 0);
}

} // namespace
