// SPDX-License-Identifier: MIT
#include "documentmodel.h"
#include "roles.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Crossread;
using Crossread::Test::kTextA;
using Crossread::Test::kTextB;

namespace {

class DocumentModelTest : public Crossread::Test::StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        model = std::make_unique<DocumentModel>(&store);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        resets = std::make_unique<QSignalSpy>(model.get(), &QAbstractItemModel::modelReset);
    }

    QString cell(int row, int column) const { return model->index(row, column).data().toString(); }

    std::unique_ptr<DocumentModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::unique_ptr<QSignalSpy> resets;
};

TEST_F(DocumentModelTest, AddingDocumentsInsertsRows)
{
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    EXPECT_EQ(model->rowCount(), 0);
    const DocumentId a = addDocument(QStringLiteral("Minister on training"), kTextA, QStringLiteral("Daily"),
                                     QDate(2024, 3, 5));
    ASSERT_EQ(model->rowCount(), 1);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(cell(0, DocumentModel::TitleColumn), QStringLiteral("Minister on training"));
    EXPECT_EQ(cell(0, DocumentModel::OutletColumn), QStringLiteral("Daily"));
    EXPECT_FALSE(cell(0, DocumentModel::DateColumn).isEmpty());
    EXPECT_EQ(model->index(0, DocumentModel::DateColumn).data(SortRole).toDate(), QDate(2024, 3, 5));
    EXPECT_EQ(model->index(0, DocumentModel::AnnotationsColumn).data().toInt(), 0);
    EXPECT_EQ(model->documentId(model->index(0, 0)), a);

    const DocumentId b = addDocument(QStringLiteral("Ministry statement"), kTextB);
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->indexOf(b).row(), 1);
    EXPECT_EQ(model->index(1, 0).data(DocumentIdRole).toLongLong(), b);
    EXPECT_TRUE(cell(1, DocumentModel::DateColumn).isEmpty()) << "unknown date shows empty";
    EXPECT_EQ(resets->count(), 0);
}

TEST_F(DocumentModelTest, AnnotationCountFollowsAnnotationsWithPreciseDataChanged)
{
    const DocumentId b = addDocument(QStringLiteral("B"), kTextB);
    const DocumentId a = addDocument(QStringLiteral("A"), kTextA);
    const QModelIndex countIndex = model->indexOf(a, DocumentModel::AnnotationsColumn);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);

    const AnnotationId first = annotate(a, QStringLiteral("76,000 soldiers"), {builtin("claim")});
    annotate(a, QStringLiteral("Critics"), {builtin("attribution")});
    EXPECT_EQ(countIndex.data().toInt(), 2);
    ASSERT_GE(changed.count(), 1);
    for (const QList<QVariant>& args : changed) {
        EXPECT_EQ(args.at(0).toModelIndex(), countIndex);
        EXPECT_EQ(args.at(1).toModelIndex(), countIndex);
    }
    EXPECT_EQ(model->indexOf(b, DocumentModel::AnnotationsColumn).data().toInt(), 0)
        << "the other document keeps its count";

    ASSERT_TRUE(store.removeAnnotation(first));
    EXPECT_EQ(countIndex.data().toInt(), 1);
    undo();
    EXPECT_EQ(countIndex.data().toInt(), 2);
    EXPECT_EQ(resets->count(), 0);
}

TEST_F(DocumentModelTest, MetadataEditChangesTheRow)
{
    const DocumentId a = addDocument(QStringLiteral("Old title"), kTextA);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    DocumentMetadata meta = store.document(a)->meta;
    meta.title = QStringLiteral("New title");
    meta.author = QStringLiteral("R. Porter");
    ASSERT_TRUE(store.setDocumentMetadata(a, meta));
    EXPECT_EQ(cell(0, DocumentModel::TitleColumn), QStringLiteral("New title"));
    EXPECT_TRUE(model->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("R. Porter")));
    EXPECT_GE(changed.count(), 1);
    undo();
    EXPECT_EQ(cell(0, DocumentModel::TitleColumn), QStringLiteral("Old title"));
}

TEST_F(DocumentModelTest, RemoveUndoRedoRemovesAndRestoresTheRow)
{
    const DocumentId a = addDocument(QStringLiteral("A"), kTextA);
    const DocumentId b = addDocument(QStringLiteral("B"), kTextB);
    annotate(b, QStringLiteral("seventy-six thousand troops"), {builtin("claim")});
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);

    ASSERT_TRUE(store.removeDocument(b));
    EXPECT_EQ(model->rowCount(), 1);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(model->documentId(model->index(0, 0)), a);
    EXPECT_FALSE(model->indexOf(b).isValid());

    undo();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->indexOf(b, DocumentModel::AnnotationsColumn).data().toInt(), 1);
    redo();
    EXPECT_EQ(model->rowCount(), 1);
    EXPECT_EQ(resets->count(), 0);
}

TEST_F(DocumentModelTest, ResetsOnlyWhenTheProjectChanges)
{
    addDocument(QStringLiteral("A"), kTextA);
    addDocument(QStringLiteral("B"), kTextB);
    EXPECT_EQ(resets->count(), 0);
    store.close();
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_GE(resets->count(), 1);
    ASSERT_TRUE(store.open(projectPath()));
    EXPECT_EQ(model->rowCount(), 2);
}

TEST_F(DocumentModelTest, HeadersAndInvalidIndexes)
{
    for (int column = 0; column < model->columnCount(); ++column)
        EXPECT_FALSE(model->headerData(column, Qt::Horizontal).toString().isEmpty()) << column;
    EXPECT_EQ(model->documentId(QModelIndex()), 0);
    EXPECT_FALSE(model->indexOf(4242).isValid());
}

} // namespace
