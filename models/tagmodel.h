// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace Crossread {

class ProjectStore;

/// The project's tags as a tree following each tag's parent, with a colour swatch
/// (DecorationRole) and the shortcut key.
///
/// In checkable mode (the inspector) column 0 carries check boxes that reflect
/// setCheckedTags(); a user toggling one emits checkToggled() and leaves it to the caller to
/// change the store. In editable mode names and keys can be edited in place; the edit goes to
/// ProjectStore::updateTag() and thus onto the undo stack.
class TagModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagModel)

public:
    enum Column { NameColumn, ShortcutColumn, ColumnCount };

    explicit TagModel(ProjectStore* store, QObject* parent = nullptr);
    ~TagModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCheckable(bool checkable);
    bool isCheckable() const { return m_checkable; }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    /// The tags shown checked in checkable mode.
    void setCheckedTags(const QList<TagId>& tags);
    QSet<TagId> checkedTags() const { return m_checked; }

    TagId tagId(const QModelIndex& index) const;
    QModelIndex indexOf(TagId id, int column = NameColumn) const;
    /// True when `tag` is `ancestor` or lies below it in the tree.
    bool isDescendantOf(TagId tag, TagId ancestor) const;
    /// `tag` and every tag below it.
    QSet<TagId> subtree(TagId tag) const;
    /// All tags, parents before their children, siblings in tree order; `depth` gets each one's level.
    QList<TagId> tagsInTreeOrder(QList<int>* depth = nullptr) const;
    /// The tag as last read from the store, or a default Tag.
    Tag tag(TagId id) const;

Q_SIGNALS:
    /// The user checked or unchecked a tag in checkable mode.
    void checkToggled(Crossread::TagId tag, bool checked);

private:
    struct Node
    {
        Tag tag;
        TagId parent = 0; // where it sits in this tree: tag.parent unless that is missing or a cycle
        QList<TagId> children; // by id, so a tag restored by undo returns to its place
    };

    void reload();
    void onTagAdded(TagId id);
    void onTagRemoved(TagId id);
    void onTagChanged(TagId id);
    TagId effectiveParent(const Tag& tag) const;
    void moveNode(TagId id, TagId newParent);
    QList<TagId>& childrenOf(TagId parent);
    const QList<TagId>& childrenOf(TagId parent) const;
    int rowOf(TagId id) const;

    ProjectStore* m_store;
    QHash<TagId, Node> m_nodes;
    QList<TagId> m_roots;
    QSet<TagId> m_checked;
    bool m_checkable = false;
    bool m_editable = false;
};

} // namespace Crossread
