// SPDX-License-Identifier: MIT
// The Clusters panel as a user meets it: matching runs in the background, a click on a cluster
// asks the main window to reveal every rendering, Confirm links them, a verdict is offered on.
#include "storefixture.h"
#include "test_dockhelpers.h"

#include "clustermodel.h"
#include "clustersdock.h"
#include "matching/clusteractions.h"
#include "matching/clusterjob.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>

using namespace Crossread;
using namespace Crossread::Test;

namespace {

const QString kFirst = QStringLiteral(
    "The harbour reopened on Monday. “We will always honour the dockers who kept the cranes running through the "
    "winter storms,” the mayor Anna Lindqvist said. Traffic resumed at noon.");
const QString kSecond = QStringLiteral(
    "Ships queued outside the port. Mayor Anna Lindqvist said: “We will always honor the dockers who kept the cranes "
    "running through the storms of winter.” Officials gave no figures.");
const QString kThird = QStringLiteral(
    "Late edition. Anna Lindqvist told reporters: “We will always honour the dockers who kept the cranes running "
    "through the winter storms.” The port is open.");

class ClustersDockTest : public StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        a = addDocument(QStringLiteral("First"), kFirst, QStringLiteral("Herald"), QDate(2031, 3, 4));
        b = addDocument(QStringLiteral("Second"), kSecond, QStringLiteral("Voice"), QDate(2031, 3, 5));
        dock = std::make_unique<ClustersDock>(&store);
        dock->job()->waitForFinished();
        QCoreApplication::processEvents();
        ASSERT_TRUE(showActive(dock.get()));
        view = dock->findChild<QTreeView*>(QStringLiteral("clusterView"));
        ASSERT_NE(view, nullptr);
    }

    QPushButton* button(const QString& text) const
    {
        for (QPushButton* candidate : dock->findChildren<QPushButton*>()) {
            if (candidate->text().remove(QLatin1Char('&')) == text)
                return candidate;
        }
        return nullptr;
    }

    DocumentId a = 0, b = 0;
    std::unique_ptr<ClustersDock> dock;
    QTreeView* view = nullptr;
};

} // namespace

// Was disabled in session 1 (no reveal): activating the window focused the view, which made the
// first cluster current and revealed it, and a timer meant to stop the click that follows from
// revealing twice had not fired yet when the click came, so the click was swallowed.
TEST_F(ClustersDockTest, ClickingAClusterRevealsEveryRenderingAndShowsTheDiff)
{
    ASSERT_EQ(dock->model()->rowCount(), 1);
    QSignalSpy reveal(dock.get(), &ClustersDock::revealRequested);
    clickRow(view, view->model()->index(0, 0));
    ASSERT_EQ(reveal.count(), 1);
    const auto passages = reveal.first().first().value<QList<PassageLocation>>();
    ASSERT_EQ(passages.size(), 2);
    EXPECT_EQ(passages[0].document, a);
    EXPECT_EQ(passages[1].document, b);
    EXPECT_TRUE(codePointMid(kSecond, passages[1].start, passages[1].end).startsWith(QLatin1String("We will always honor")));
    // Added words are coloured; "storms of winter" differs from "winter storms".
    EXPECT_TRUE(dock->diffHtml().contains(QLatin1String("#c8f0c8"), Qt::CaseInsensitive)) << dock->diffHtml().toStdString();
}

TEST_F(ClustersDockTest, FocusAndReclusteringRevealNothingButArrowKeysDo)
{
    QSignalSpy reveal(dock.get(), &ClustersDock::revealRequested);
    view->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    ASSERT_TRUE(view->currentIndex().isValid()); // focusing made the first cluster current…
    EXPECT_EQ(reveal.count(), 0); // …without scrolling the columns
    dock->rematch();
    dock->job()->waitForFinished();
    QCoreApplication::processEvents();
    EXPECT_EQ(reveal.count(), 0) << "re-clustering in the background keeps the selection quietly";
    QTest::keyClick(view, Qt::Key_Right); // expand
    QTest::keyClick(view, Qt::Key_Down); // first rendering
    ASSERT_NE(dock->model()->memberAt(view->currentIndex()), nullptr);
    ASSERT_EQ(reveal.count(), 1);
    EXPECT_EQ(reveal.first().first().value<QList<PassageLocation>>().size(), 2);
}

TEST_F(ClustersDockTest, ConfirmButtonLinksTheRenderings)
{
    clickRow(view, view->model()->index(0, 0));
    QPushButton* confirm = button(QStringLiteral("Confirm"));
    ASSERT_NE(confirm, nullptr);
    ASSERT_TRUE(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    ASSERT_NE(dock->currentCluster(), nullptr);
    EXPECT_TRUE(ClusterActions::isConfirmed(store, *dock->currentCluster()));
    EXPECT_FALSE(confirm->isEnabled());
    EXPECT_TRUE(dock->model()->data(dock->model()->index(0, 0), ClusterModel::ConfirmedRole).toBool());
}

TEST_F(ClustersDockTest, VerdictIsOfferedToTheOtherRenderings)
{
    const QList<AnnotationId> ids = ClusterActions::confirm(store, dock->model()->clusterAt(dock->model()->index(0, 0))
                                                                       ? *dock->model()->clusterAt(dock->model()->index(0, 0))
                                                                       : StatementCluster());
    ASSERT_EQ(ids.size(), 2);
    const QString verdict = store.ratingScale().value(0);
    ASSERT_TRUE(store.setVerdict(ids[0], verdict));
    QPushButton* give = button(QStringLiteral("Give Verdict"));
    ASSERT_NE(give, nullptr);
    EXPECT_TRUE(give->isVisible());
    QTest::mouseClick(give, Qt::LeftButton);
    EXPECT_EQ(store.annotation(ids[1])->verdict, verdict);
    EXPECT_FALSE(give->isVisible());
}

TEST_F(ClustersDockTest, ImportedDocumentIsMatchedIncrementally)
{
    QSignalSpy finished(dock->job(), &ClusterJob::finished);
    addDocument(QStringLiteral("Third"), kThird, QStringLiteral("Post"), QDate(2031, 3, 6));
    QCoreApplication::processEvents(); // the queued batch starts
    dock->job()->waitForFinished();
    QCoreApplication::processEvents();
    ASSERT_GE(finished.count(), 1);
    ASSERT_EQ(dock->model()->rowCount(), 1);
    EXPECT_EQ(dock->model()->rowCount(dock->model()->index(0, 0)), 3);
}
