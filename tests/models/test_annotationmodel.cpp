// SPDX-License-Identifier: MIT
#include "annotationmodel.h"
#include "roles.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Crossread;
using Crossread::Test::kTextA;
using Crossread::Test::kTextB;

namespace {

class AnnotationModelTest : public Crossread::Test::StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        docA = addDocument(QStringLiteral("Minister on training"), kTextA);
        docB = addDocument(QStringLiteral("Ministry statement"), kTextB);
        model = std::make_unique<AnnotationModel>(&store);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        resets = std::make_unique<QSignalSpy>(model.get(), &QAbstractItemModel::modelReset);
    }

    QString cell(AnnotationId id, int column) const { return model->indexOf(id, column).data().toString(); }

    DocumentId docA = 0;
    DocumentId docB = 0;
    std::unique_ptr<AnnotationModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::unique_ptr<QSignalSpy> resets;
};

TEST_F(AnnotationModelTest, AddedAnnotationBecomesOneRowWithItsData)
{
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    const AnnotationId id = annotate(docA, QStringLiteral("76,000 soldiers had been trained"),
                                     {builtin("claim"), builtin("unverified")}, QStringLiteral("Check the figure"));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(model->annotationId(model->index(0, 0)), id);
    EXPECT_EQ(cell(id, AnnotationModel::DocumentColumn), QStringLiteral("Minister on training"));
    EXPECT_EQ(cell(id, AnnotationModel::QuoteColumn), QStringLiteral("76,000 soldiers had been trained"));
    const QString tags = cell(id, AnnotationModel::TagsColumn);
    EXPECT_TRUE(tags.contains(store.tag(builtin("claim"))->name)) << tags.toStdString();
    EXPECT_TRUE(tags.contains(store.tag(builtin("unverified"))->name)) << tags.toStdString();
    EXPECT_EQ(cell(id, AnnotationModel::NoteColumn), QStringLiteral("Check the figure"));
    EXPECT_EQ(model->indexOf(id).data(DocumentIdRole).toLongLong(), docA);
    EXPECT_EQ(model->indexOf(id).data(TagIdsRole).toList().size(), 2);
    EXPECT_EQ(model->indexOf(id, AnnotationModel::TagsColumn).data(Qt::DecorationRole).value<QColor>(),
              store.tag(builtin("claim"))->color);
    EXPECT_TRUE(model->indexOf(id).data(SearchTextRole).toString().contains(QStringLiteral("Check the figure")));
    EXPECT_EQ(resets->count(), 0);
}

TEST_F(AnnotationModelTest, EditsEmitDataChangedForTheirRowOnly)
{
    const AnnotationId a1 = annotate(docA, QStringLiteral("The minister said"), {builtin("attribution")});
    const AnnotationId a2 = annotate(docB, QStringLiteral("not verified"), {builtin("unverified")});
    const int row2 = model->indexOf(a2).row();
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);

    ASSERT_TRUE(store.setVerdict(a2, store.ratingScale().value(0)));
    ASSERT_FALSE(changed.isEmpty());
    for (const QList<QVariant>& args : changed) {
        EXPECT_EQ(args.at(0).toModelIndex().row(), row2);
        EXPECT_EQ(args.at(1).toModelIndex().row(), row2);
    }
    EXPECT_EQ(cell(a2, AnnotationModel::VerdictColumn), QStringLiteral("True")) << "the label, in the UI language";
    EXPECT_EQ(model->indexOf(a2).data(VerdictRole).toString(), store.ratingScale().value(0));

    ASSERT_TRUE(store.setAnnotationNote(a1, QStringLiteral("Line one\nline two")));
    EXPECT_EQ(cell(a1, AnnotationModel::NoteColumn), QStringLiteral("Line one line two")) << "one line in the table";
    EXPECT_EQ(model->indexOf(a1, AnnotationModel::NoteColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Line one\nline two"));

    const EntityId minister = store.ensureEntity(QStringLiteral("Defence Minister"));
    ASSERT_NE(minister, 0);
    ASSERT_TRUE(store.setSpeaker(a1, minister));
    EXPECT_EQ(cell(a1, AnnotationModel::SpeakerColumn), QStringLiteral("Defence Minister"));

    ASSERT_TRUE(store.setAnnotationTags(a1, {builtin("attribution"), builtin("claim")}));
    EXPECT_TRUE(cell(a1, AnnotationModel::TagsColumn).contains(store.tag(builtin("claim"))->name));
    undo();
    EXPECT_FALSE(cell(a1, AnnotationModel::TagsColumn).contains(store.tag(builtin("claim"))->name));
    EXPECT_EQ(resets->count(), 0);
}

TEST_F(AnnotationModelTest, AddingAnAnnotationLeavesOtherRowsAlone)
{
    annotate(docA, QStringLiteral("The minister said"), {builtin("attribution")});
    annotate(docB, QStringLiteral("ministry"), {builtin("attribution")});
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    annotate(docA, QStringLiteral("Critics"), {builtin("claim")});
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(changed.count(), 0) << "the document's other annotations did not change";
}

TEST_F(AnnotationModelTest, RemoveUndoRedoOfAnnotations)
{
    const AnnotationId a1 = annotate(docA, QStringLiteral("Officials"), {builtin("attribution")});
    const AnnotationId a2 = annotate(docA, QStringLiteral("reckless"), {builtin("claim")});
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    ASSERT_TRUE(store.removeAnnotation(a1));
    EXPECT_EQ(model->rowCount(), 1);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_FALSE(model->indexOf(a1).isValid());
    EXPECT_EQ(model->annotationId(model->index(0, 0)), a2);
    undo();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(cell(a1, AnnotationModel::QuoteColumn), QStringLiteral("Officials"));
    redo();
    EXPECT_EQ(model->rowCount(), 1);
    EXPECT_EQ(resets->count(), 0);
}

TEST_F(AnnotationModelTest, TagRenameRemovalAndUndoShowInTheTagsColumn)
{
    const TagId custom = addTag(QStringLiteral("Figure"));
    const AnnotationId id = annotate(docA, QStringLiteral("76,000"), {custom});
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);

    Tag tag = *store.tag(custom);
    tag.name = QStringLiteral("Number");
    ASSERT_TRUE(store.updateTag(tag));
    EXPECT_EQ(cell(id, AnnotationModel::TagsColumn), QStringLiteral("Number"));
    EXPECT_FALSE(changed.isEmpty());

    ASSERT_TRUE(store.removeTag(custom));
    EXPECT_EQ(cell(id, AnnotationModel::TagsColumn), QString());
    EXPECT_TRUE(model->indexOf(id).data(TagIdsRole).toList().isEmpty());
    undo();
    EXPECT_EQ(cell(id, AnnotationModel::TagsColumn), QStringLiteral("Number"));
    EXPECT_EQ(resets->count(), 0);
}

TEST_F(AnnotationModelTest, DocumentRemovalTakesItsAnnotationsAndUndoBringsThemBack)
{
    annotate(docA, QStringLiteral("minister"), {builtin("attribution")});
    const AnnotationId b1 = annotate(docB, QStringLiteral("ministry"), {builtin("attribution")});
    const AnnotationId b2 = annotate(docB, QStringLiteral("claim was not verified"), {builtin("unverified")});
    ASSERT_EQ(model->rowCount(), 3);

    ASSERT_TRUE(store.removeDocument(docB));
    EXPECT_EQ(model->rowCount(), 1);
    EXPECT_FALSE(model->indexOf(b1).isValid());
    undo();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(cell(b2, AnnotationModel::DocumentColumn), QStringLiteral("Ministry statement"));
    redo();
    EXPECT_EQ(model->rowCount(), 1);
    EXPECT_EQ(resets->count(), 0);
}

TEST_F(AnnotationModelTest, DocumentRetitleUpdatesTheDocumentColumn)
{
    const AnnotationId id = annotate(docB, QStringLiteral("ministry"), {builtin("attribution")});
    DocumentMetadata meta = store.document(docB)->meta;
    meta.title = QStringLiteral("Ministry press release");
    ASSERT_TRUE(store.setDocumentMetadata(docB, meta));
    EXPECT_EQ(cell(id, AnnotationModel::DocumentColumn), QStringLiteral("Ministry press release"));
}

TEST_F(AnnotationModelTest, ReopeningTheProjectResetsOnce)
{
    annotate(docA, QStringLiteral("minister"), {builtin("attribution")});
    store.close();
    EXPECT_EQ(model->rowCount(), 0);
    ASSERT_TRUE(store.open(projectPath()));
    EXPECT_EQ(model->rowCount(), 1);
    EXPECT_GE(resets->count(), 2);
}

} // namespace
