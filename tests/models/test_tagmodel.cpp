// SPDX-License-Identifier: MIT
#include "roles.h"
#include "storefixture.h"
#include "tagmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Crossread;

namespace {

class TagModelTest : public Crossread::Test::StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        model = std::make_unique<TagModel>(&store);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        resets = std::make_unique<QSignalSpy>(model.get(), &QAbstractItemModel::modelReset);
    }

    QString name(TagId id) const { return model->indexOf(id).data().toString(); }
    TagId parentOf(TagId id) const { return model->tagId(model->indexOf(id).parent()); }

    std::unique_ptr<TagModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::unique_ptr<QSignalSpy> resets;
};

TEST_F(TagModelTest, ShowsTheBuiltInTagsWithColours)
{
    ASSERT_EQ(model->rowCount(), store.tags().size());
    for (const char* key : {"claim", "attribution", "unverified"}) {
        const TagId id = builtin(key);
        const QModelIndex index = model->indexOf(id);
        ASSERT_TRUE(index.isValid()) << key;
        EXPECT_EQ(index.data().toString(), store.tag(id)->name);
        EXPECT_EQ(index.data(Qt::DecorationRole).value<QColor>(), store.tag(id)->color);
        EXPECT_EQ(index.data(BuiltinRole).toString(), QString::fromLatin1(key));
        EXPECT_EQ(index.siblingAtColumn(TagModel::ShortcutColumn).data().toString(), store.tag(id)->shortcut);
    }
}

TEST_F(TagModelTest, NestedTagsAreInsertedUnderTheirParent)
{
    const TagId claim = builtin("claim");
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    const TagId statistic = addTag(QStringLiteral("Statistic"), claim, QStringLiteral("4"));
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(model->tagId(inserted.at(0).at(0).toModelIndex()), claim);
    EXPECT_EQ(parentOf(statistic), claim);
    EXPECT_EQ(model->rowCount(model->indexOf(claim)), 1);
    const TagId casualty = addTag(QStringLiteral("Casualty figure"), statistic);
    EXPECT_EQ(parentOf(casualty), statistic);
    EXPECT_TRUE(model->isDescendantOf(casualty, claim));
    EXPECT_FALSE(model->isDescendantOf(claim, casualty));
    EXPECT_EQ(model->subtree(claim), (QSet<TagId> {claim, statistic, casualty}));

    QList<int> depth;
    const QList<TagId> order = model->tagsInTreeOrder(&depth);
    const qsizetype at = order.indexOf(claim);
    ASSERT_GE(at, 0);
    EXPECT_EQ(order.value(at + 1), statistic);
    EXPECT_EQ(order.value(at + 2), casualty);
    EXPECT_EQ(depth.value(at + 2), 2);
    EXPECT_EQ(resets->count(), 0);
}

TEST_F(TagModelTest, RenameAndReparentAreDataChangedAndMoves)
{
    const TagId source = addTag(QStringLiteral("Source"));
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy moved(model.get(), &QAbstractItemModel::rowsMoved);
    Tag tag = *store.tag(source);
    tag.name = QStringLiteral("Named source");
    ASSERT_TRUE(store.updateTag(tag));
    EXPECT_EQ(name(source), QStringLiteral("Named source"));
    EXPECT_FALSE(changed.isEmpty());
    EXPECT_EQ(moved.count(), 0);

    tag.parent = builtin("attribution");
    ASSERT_TRUE(store.updateTag(tag));
    EXPECT_EQ(moved.count(), 1);
    EXPECT_EQ(parentOf(source), builtin("attribution"));
    undo();
    EXPECT_EQ(parentOf(source), 0);
    undo();
    EXPECT_EQ(name(source), QStringLiteral("Source"));
    EXPECT_EQ(resets->count(), 0);
}

TEST_F(TagModelTest, RemovingAndRestoringATagWithSubtags)
{
    const TagId parent = addTag(QStringLiteral("Numbers"));
    const TagId child = addTag(QStringLiteral("Percentages"), parent);
    const int before = model->rowCount();
    ASSERT_TRUE(store.removeTag(parent));
    EXPECT_FALSE(model->indexOf(parent).isValid());
    // Whatever the store does with the subtag (removes it or lifts it up), the tree stays consistent.
    if (store.tag(child)) {
        EXPECT_TRUE(model->indexOf(child).isValid());
    } else {
        EXPECT_FALSE(model->indexOf(child).isValid());
    }
    undo();
    EXPECT_EQ(model->rowCount(), before);
    ASSERT_TRUE(model->indexOf(parent).isValid());
    EXPECT_EQ(parentOf(child), parent);
    EXPECT_EQ(resets->count(), 0);
}

TEST_F(TagModelTest, CheckableModeReportsTogglesWithoutTouchingTheStore)
{
    model->setCheckable(true);
    const TagId claim = builtin("claim");
    const TagId unverified = builtin("unverified");
    model->setCheckedTags({claim});
    EXPECT_EQ(model->indexOf(claim).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_EQ(model->indexOf(unverified).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    EXPECT_TRUE(model->flags(model->indexOf(claim)) & Qt::ItemIsUserCheckable);

    QSignalSpy toggled(model.get(), &TagModel::checkToggled);
    ASSERT_TRUE(model->setData(model->indexOf(unverified), Qt::Checked, Qt::CheckStateRole));
    ASSERT_EQ(toggled.count(), 1);
    EXPECT_EQ(toggled.at(0).at(0).toLongLong(), unverified);
    EXPECT_TRUE(toggled.at(0).at(1).toBool());
    EXPECT_EQ(model->checkedTags(), (QSet<TagId> {claim, unverified}));
    EXPECT_EQ(store.undoStack()->count(), 0) << "the caller decides what to store";
}

TEST_F(TagModelTest, EditableModeRenamesThroughTheStore)
{
    model->setEditable(true);
    const TagId custom = addTag(QStringLiteral("Opinion"), 0, QStringLiteral("5"));
    const QModelIndex index = model->indexOf(custom);
    ASSERT_TRUE(model->flags(index) & Qt::ItemIsEditable);
    EXPECT_TRUE(model->setData(index, QStringLiteral("Commentary")));
    EXPECT_EQ(store.tag(custom)->name, QStringLiteral("Commentary"));
    EXPECT_EQ(name(custom), QStringLiteral("Commentary"));
    EXPECT_FALSE(model->setData(index, QStringLiteral("  "))) << "empty names are refused";
    EXPECT_FALSE(model->setData(index, store.tag(builtin("claim"))->name.toUpper())) << "duplicates refused";
    EXPECT_TRUE(model->setData(index.siblingAtColumn(TagModel::ShortcutColumn), QStringLiteral("7")));
    EXPECT_EQ(store.tag(custom)->shortcut, QStringLiteral("7"));
    undo();
    undo();
    EXPECT_EQ(name(custom), QStringLiteral("Opinion"));
}

TEST_F(TagModelTest, ReopeningResetsAndRebuildsTheTree)
{
    const TagId parent = addTag(QStringLiteral("Numbers"));
    const TagId child = addTag(QStringLiteral("Percentages"), parent);
    store.close();
    EXPECT_EQ(model->rowCount(), 0);
    ASSERT_TRUE(store.open(projectPath()));
    EXPECT_EQ(parentOf(child), parent);
}

} // namespace
