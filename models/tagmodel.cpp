// SPDX-License-Identifier: MIT
#include "tagmodel.h"

#include "roles.h"
#include "store/projectstore.h"

#include <algorithm>

namespace Crossread {

namespace {

void insertSorted(QList<TagId>& ids, TagId id)
{
    ids.insert(std::lower_bound(ids.begin(), ids.end(), id), id);
}

int sortedPosition(const QList<TagId>& ids, TagId id)
{
    return int(std::lower_bound(ids.cbegin(), ids.cend(), id) - ids.cbegin());
}

} // namespace

TagModel::TagModel(ProjectStore* store, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(store, &ProjectStore::projectOpened, this, &TagModel::reload);
    connect(store, &ProjectStore::projectClosed, this, &TagModel::reload);
    connect(store, &ProjectStore::tagAdded, this, &TagModel::onTagAdded);
    connect(store, &ProjectStore::tagRemoved, this, &TagModel::onTagRemoved);
    connect(store, &ProjectStore::tagChanged, this, &TagModel::onTagChanged);
    reload();
}

TagModel::~TagModel() = default;

QModelIndex TagModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<TagId>& children = childrenOf(parent.isValid() ? TagId(parent.internalId()) : 0);
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex TagModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const auto it = m_nodes.constFind(TagId(child.internalId()));
    if (it == m_nodes.cend() || it->parent == 0)
        return {};
    return createIndex(rowOf(it->parent), 0, quintptr(it->parent));
}

int TagModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? TagId(parent.internalId()) : 0).size());
}

int TagModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant TagModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto it = m_nodes.constFind(TagId(index.internalId()));
    if (it == m_nodes.cend())
        return {};
    const Tag& tag = it->tag;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == NameColumn ? tag.name : tag.shortcut;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return tag.color;
        break;
    case Qt::CheckStateRole:
        if (m_checkable && index.column() == NameColumn)
            return m_checked.contains(tag.id) ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole: {
        QStringList lines { tag.name };
        if (!tag.description.isEmpty())
            lines << tag.description;
        if (!tag.shortcut.isEmpty())
            lines << tr("Shortcut key: %1").arg(tag.shortcut);
        if (m_store->isOpen())
            lines << tr("Used by %n annotation(s)", nullptr, m_store->annotationCountForTag(tag.id));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleDescriptionRole:
        return tag.description;
    case IdRole:
    case TagIdRole:
        return tag.id;
    case ColorRole:
        return tag.color;
    case ShortcutRole:
        return tag.shortcut;
    case BuiltinRole:
        return tag.builtin;
    case ParentTagIdRole:
        return tag.parent;
    case UsageCountRole:
        return m_store->isOpen() ? m_store->annotationCountForTag(tag.id) : 0;
    case SortRole:
        return index.column() == NameColumn ? tag.name.toCaseFolded() : tag.shortcut;
    }
    return {};
}

bool TagModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const TagId id = tagId(index);
    if (role == Qt::CheckStateRole && m_checkable && index.column() == NameColumn) {
        const bool checked = value.toInt() == Qt::Checked;
        if (checked == m_checked.contains(id))
            return true;
        if (checked)
            m_checked.insert(id);
        else
            m_checked.remove(id);
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        Q_EMIT checkToggled(id, checked);
        return true;
    }
    if (role != Qt::EditRole || !m_editable)
        return false;
    Tag tag = this->tag(id);
    const QString text = value.toString().trimmed();
    if (index.column() == NameColumn) {
        if (text.isEmpty() || text == tag.name)
            return text == tag.name;
        const std::optional<Tag> other = m_store->tagByName(text);
        if (other && other->id != id)
            return false;
        tag.name = text;
    } else {
        if (text.size() > 1 || text == tag.shortcut)
            return text == tag.shortcut;
        tag.shortcut = text;
    }
    return m_store->updateTag(tag);
}

Qt::ItemFlags TagModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_checkable && index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (m_editable)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TagModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Tag");
    case ShortcutColumn:
        return tr("Key", "keyboard shortcut of a tag");
    }
    return {};
}

void TagModel::setCheckable(bool checkable)
{
    if (checkable == m_checkable)
        return;
    // Flags change for every item; views only re-read them after a reset or layout change.
    Q_EMIT layoutAboutToBeChanged();
    m_checkable = checkable;
    Q_EMIT layoutChanged();
}

void TagModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    Q_EMIT layoutAboutToBeChanged();
    m_editable = editable;
    Q_EMIT layoutChanged();
}

void TagModel::setCheckedTags(const QList<TagId>& tags)
{
    const QSet<TagId> checked(tags.cbegin(), tags.cend());
    const QSet<TagId> changed = (checked - m_checked) + (m_checked - checked);
    m_checked = checked;
    if (!m_checkable)
        return;
    for (TagId id : changed) {
        const QModelIndex idx = indexOf(id);
        if (idx.isValid())
            Q_EMIT dataChanged(idx, idx, {Qt::CheckStateRole});
    }
}

TagId TagModel::tagId(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return 0;
    return TagId(index.internalId());
}

QModelIndex TagModel::indexOf(TagId id, int column) const
{
    if (!m_nodes.contains(id))
        return {};
    return createIndex(rowOf(id), column, quintptr(id));
}

bool TagModel::isDescendantOf(TagId tag, TagId ancestor) const
{
    // Bounded by the number of tags, so a damaged parent chain cannot loop forever.
    for (qsizetype steps = 0; tag != 0 && steps <= m_nodes.size(); ++steps) {
        if (tag == ancestor)
            return true;
        const auto it = m_nodes.constFind(tag);
        if (it == m_nodes.cend())
            return false;
        tag = it->parent;
    }
    return false;
}

QSet<TagId> TagModel::subtree(TagId tag) const
{
    QSet<TagId> result;
    if (!m_nodes.contains(tag))
        return result;
    QList<TagId> pending { tag };
    while (!pending.isEmpty()) {
        const TagId id = pending.takeLast();
        result.insert(id);
        pending.append(m_nodes.value(id).children);
    }
    return result;
}

QList<TagId> TagModel::tagsInTreeOrder(QList<int>* depth) const
{
    QList<TagId> order;
    QList<std::pair<TagId, int>> stack;
    for (auto it = m_roots.crbegin(); it != m_roots.crend(); ++it)
        stack.append({*it, 0});
    while (!stack.isEmpty()) {
        const auto [id, level] = stack.takeLast();
        order << id;
        if (depth)
            depth->append(level);
        const QList<TagId>& children = m_nodes.value(id).children;
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append({*it, level + 1});
    }
    return order;
}

Tag TagModel::tag(TagId id) const
{
    return m_nodes.value(id).tag;
}

void TagModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_checked.clear();
    const QList<Tag> tags = m_store->isOpen() ? m_store->tags() : QList<Tag>();
    for (const Tag& tag : tags)
        m_nodes.insert(tag.id, Node { tag, 0, {} });
    // Parents are resolved once every tag is known; a chain that loops back is cut at the tag
    // that closes it, so the tree stays a tree whatever the file holds.
    for (const Tag& tag : tags) {
        const TagId parent = effectiveParent(tag);
        m_nodes[tag.id].parent = parent;
        insertSorted(childrenOf(parent), tag.id);
    }
    endResetModel();
}

void TagModel::onTagAdded(TagId id)
{
    if (m_nodes.contains(id)) {
        onTagChanged(id);
        return;
    }
    const std::optional<Tag> tag = m_store->tag(id);
    if (!tag)
        return;
    const TagId parent = m_nodes.contains(tag->parent) ? tag->parent : 0;
    const int row = sortedPosition(childrenOf(parent), id);
    beginInsertRows(indexOf(parent), row, row);
    m_nodes.insert(id, Node { *tag, parent, {} });
    childrenOf(parent).insert(row, id);
    endInsertRows();
    // Subtags that waited at the top level for this parent (it was removed, now restored by undo).
    const QList<TagId> roots = m_roots;
    for (TagId root : roots) {
        if (m_nodes.value(root).tag.parent == id)
            moveNode(root, id);
    }
}

void TagModel::onTagRemoved(TagId id)
{
    if (!m_nodes.contains(id))
        return;
    const QList<TagId> children = m_nodes.value(id).children;
    for (TagId child : children)
        moveNode(child, 0);
    const TagId parent = m_nodes.value(id).parent;
    const int row = rowOf(id);
    beginRemoveRows(indexOf(parent), row, row);
    childrenOf(parent).removeAt(row);
    m_nodes.remove(id);
    m_checked.remove(id);
    endRemoveRows();
}

void TagModel::onTagChanged(TagId id)
{
    const std::optional<Tag> tag = m_store->tag(id);
    if (!tag || !m_nodes.contains(id)) {
        if (tag)
            onTagAdded(id);
        return;
    }
    m_nodes[id].tag = *tag;
    const TagId parent = effectiveParent(*tag);
    if (parent != m_nodes.value(id).parent)
        moveNode(id, parent);
    Q_EMIT dataChanged(indexOf(id, 0), indexOf(id, ColumnCount - 1));
}

TagId TagModel::effectiveParent(const Tag& tag) const
{
    if (tag.parent == 0 || tag.parent == tag.id || !m_nodes.contains(tag.parent))
        return 0;
    // Walk the stored parent chain above the new parent; meeting `tag` again means a cycle.
    TagId up = tag.parent;
    for (qsizetype steps = 0; up != 0 && steps <= m_nodes.size(); ++steps) {
        if (up == tag.id)
            return 0;
        const auto it = m_nodes.constFind(up);
        if (it == m_nodes.cend())
            break;
        up = it->tag.parent;
    }
    return tag.parent;
}

void TagModel::moveNode(TagId id, TagId newParent)
{
    if (newParent != 0 && isDescendantOf(newParent, id))
        return;
    const TagId oldParent = m_nodes.value(id).parent;
    if (oldParent == newParent)
        return;
    const int from = rowOf(id);
    const int to = sortedPosition(childrenOf(newParent), id);
    if (!beginMoveRows(indexOf(oldParent), from, from, indexOf(newParent), to))
        return;
    childrenOf(oldParent).removeAt(from);
    insertSorted(childrenOf(newParent), id);
    m_nodes[id].parent = newParent;
    endMoveRows();
}

QList<TagId>& TagModel::childrenOf(TagId parent)
{
    return parent == 0 ? m_roots : m_nodes[parent].children;
}

const QList<TagId>& TagModel::childrenOf(TagId parent) const
{
    if (parent == 0)
        return m_roots;
    const auto it = m_nodes.constFind(parent);
    static const QList<TagId> none;
    return it == m_nodes.cend() ? none : it->children;
}

int TagModel::rowOf(TagId id) const
{
    const auto it = m_nodes.constFind(id);
    if (it == m_nodes.cend())
        return -1;
    return int(childrenOf(it->parent).indexOf(id));
}

} // namespace Crossread
