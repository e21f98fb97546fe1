// SPDX-License-Identifier: MIT
#include "annotationmodel.h"
#include "annotationsdock.h"
#include "roles.h"
#include "storefixture.h"
#include "test_dockhelpers.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>

using namespace Crossread;
using namespace Crossread::Test;

namespace {

class AnnotationsDockTest : public StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        alpha = addDocument(QStringLiteral("Alpha"), kTextA);
        beta = addDocument(QStringLiteral("Beta"), kTextB);
        figure = annotate(alpha, QStringLiteral("76,000 soldiers had been trained"), {builtin("claim")},
                          QStringLiteral("Compare with the ministry's figure"));
        minister = annotate(alpha, QStringLiteral("The minister said"), {builtin("attribution")});
        troops = annotate(beta, QStringLiteral("seventy-six thousand troops"), {builtin("claim")});
        notVerified = annotate(beta, QStringLiteral("The claim was not verified"), {builtin("unverified")});

        dock = std::make_unique<AnnotationsDock>(&store);
        ASSERT_TRUE(showActive(dock.get()));
        view = dock->findChild<QTableView*>(QStringLiteral("annotationsTable"));
        text = dock->findChild<QLineEdit*>(QStringLiteral("annotationFilterText"));
        tagCombo = dock->findChild<QComboBox*>(QStringLiteral("annotationTagFilter"));
        documentCombo = dock->findChild<QComboBox*>(QStringLiteral("annotationDocumentFilter"));
        verdictCombo = dock->findChild<QComboBox*>(QStringLiteral("annotationVerdictFilter"));
        ASSERT_TRUE(view && text && tagCombo && documentCombo && verdictCombo);
    }

    QSet<AnnotationId> shown() const
    {
        QSet<AnnotationId> ids;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            ids.insert(view->model()->index(row, 0).data(AnnotationIdRole).toLongLong());
        return ids;
    }

    QModelIndex rowOf(AnnotationId id) const
    {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, AnnotationModel::QuoteColumn);
            if (index.data(AnnotationIdRole).toLongLong() == id)
                return index;
        }
        return {};
    }

    DocumentId alpha = 0;
    DocumentId beta = 0;
    AnnotationId figure = 0;
    AnnotationId minister = 0;
    AnnotationId troops = 0;
    AnnotationId notVerified = 0;
    std::unique_ptr<AnnotationsDock> dock;
    QTableView* view = nullptr;
    QLineEdit* text = nullptr;
    QComboBox* tagCombo = nullptr;
    QComboBox* documentCombo = nullptr;
    QComboBox* verdictCombo = nullptr;
};

TEST_F(AnnotationsDockTest, ShowsAllAnnotationsWithAccessibleControls)
{
    EXPECT_EQ(shown(), (QSet<AnnotationId> {figure, minister, troops, notVerified}));
    for (QWidget* control : std::initializer_list<QWidget*> {view, text, tagCombo, documentCombo, verdictCombo}) {
        EXPECT_FALSE(control->accessibleName().isEmpty()) << control->objectName().toStdString();
        EXPECT_NE(control->focusPolicy() & Qt::TabFocus, 0) << control->objectName().toStdString();
    }
}

TEST_F(AnnotationsDockTest, FilterByTagWithTheKeyboard)
{
    ASSERT_TRUE(chooseByKeyboard(tagCombo, builtin("claim")));
    EXPECT_EQ(shown(), (QSet<AnnotationId> {figure, troops}));

    // A subtag of Claim counts as Claim.
    Tag sub;
    sub.name = QStringLiteral("Statistic");
    sub.color = Qt::darkCyan;
    sub.parent = builtin("claim");
    const TagId statistic = store.addTag(sub);
    ASSERT_NE(statistic, 0);
    ASSERT_TRUE(store.setAnnotationTags(notVerified, {statistic}));
    EXPECT_EQ(tagCombo->currentData().toLongLong(), builtin("claim")) << "refilling keeps the choice";
    EXPECT_EQ(shown(), (QSet<AnnotationId> {figure, troops, notVerified}));

    ASSERT_TRUE(chooseByKeyboard(tagCombo, TagId(0)));
    EXPECT_EQ(shown().size(), 4);
}

TEST_F(AnnotationsDockTest, FilterByDocumentVerdictAndText)
{
    ASSERT_TRUE(chooseByKeyboard(documentCombo, beta));
    EXPECT_EQ(shown(), (QSet<AnnotationId> {troops, notVerified}));

    const QString verdict = store.ratingScale().value(0);
    ASSERT_TRUE(store.setVerdict(troops, verdict));
    verdictCombo->setFocus();
    const int verdictRow = verdictCombo->findData(verdict); // shown by label, kept by key
    ASSERT_GE(verdictRow, 2);
    while (verdictCombo->currentIndex() < verdictRow)
        QTest::keyClick(verdictCombo, Qt::Key_Down);
    EXPECT_EQ(shown(), (QSet<AnnotationId> {troops}));
    QTest::keyClick(verdictCombo, Qt::Key_Home); // "Any verdict"
    EXPECT_EQ(shown(), (QSet<AnnotationId> {troops, notVerified}));
    ASSERT_TRUE(chooseByKeyboard(documentCombo, DocumentId(0)));

    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("ministry's"));
    EXPECT_EQ(shown(), (QSet<AnnotationId> {figure})) << "matches the note";
    const QLabel* count = dock->findChild<QLabel*>(QStringLiteral("annotationCount"));
    ASSERT_TRUE(count);
    EXPECT_TRUE(count->text().contains(QLatin1Char('1'))) << count->text().toStdString();
    EXPECT_TRUE(count->text().contains(QLatin1Char('4'))) << count->text().toStdString();
}

TEST_F(AnnotationsDockTest, DoubleClickAndEnterActivateTheAnnotation)
{
    QSignalSpy activated(dock.get(), &AnnotationsDock::annotationActivated);
    const QModelIndex index = rowOf(troops);
    ASSERT_TRUE(index.isValid());
    doubleClickRow(view, index);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toLongLong(), troops);

    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("minister said"));
    QTest::keyClick(text, Qt::Key_Down);
    ASSERT_TRUE(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(activated.count(), 2);
    EXPECT_EQ(activated.at(1).at(0).toLongLong(), minister);
}

TEST_F(AnnotationsDockTest, SelectAnnotationSyncsWithoutEchoAndUserMovesAreReported)
{
    QSignalSpy current(dock.get(), &AnnotationsDock::currentAnnotationChanged);
    dock->selectAnnotation(notVerified);
    EXPECT_EQ(dock->currentAnnotation(), notVerified);
    EXPECT_EQ(view->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(current.count(), 0) << "a programmatic sync does not echo back";

    view->setFocus();
    QTest::keyClick(view, Qt::Key_Up);
    ASSERT_GE(current.count(), 1);
    EXPECT_EQ(current.last().at(0).toLongLong(), dock->currentAnnotation());
    EXPECT_NE(dock->currentAnnotation(), 0);

    dock->selectAnnotation(0);
    EXPECT_TRUE(view->selectionModel()->selectedRows().isEmpty());
}

TEST_F(AnnotationsDockTest, DeleteKeyRemovesTheAnnotationUndoably)
{
    dock->selectAnnotation(minister);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    EXPECT_FALSE(store.annotation(minister).has_value());
    EXPECT_FALSE(shown().contains(minister));
    undo();
    EXPECT_TRUE(shown().contains(minister));
}

TEST_F(AnnotationsDockTest, NewDocumentsAndTagsAppearInTheFilters)
{
    const int documents = documentCombo->count();
    const int tags = tagCombo->count();
    addDocument(QStringLiteral("Gamma"), QStringLiteral("A third text."));
    addTag(QStringLiteral("Context"));
    EXPECT_EQ(documentCombo->count(), documents + 1);
    EXPECT_EQ(tagCombo->count(), tags + 1);
    EXPECT_GE(documentCombo->findText(QStringLiteral("Gamma")), 0);
}

} // namespace
