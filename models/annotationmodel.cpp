// SPDX-License-Identifier: MIT
#include "annotationmodel.h"

#include "roles.h"
#include "store/builtins.h"
#include "store/projectstore.h"

#include <QFont>

namespace Crossread {

namespace {

constexpr qsizetype QuoteDisplayLength = 120;
constexpr qsizetype NoteDisplayLength = 80;

bool sameContent(const Annotation& a, const Annotation& b)
{
    return a.document == b.document && a.start == b.start && a.end == b.end && a.quote == b.quote
        && a.tags == b.tags && a.note == b.note && a.verdict == b.verdict && a.rationale == b.rationale
        && a.speaker == b.speaker && a.evidence == b.evidence && a.orphaned == b.orphaned
        && a.modified == b.modified;
}

/// One line of at most `length` characters: table cells should not grow with newlines.
QString oneLine(const QString& text, qsizetype length)
{
    QString line = text.simplified();
    if (line.size() > length) {
        line.truncate(length - 1);
        line.append(QChar(0x2026)); // …
    }
    return line;
}

QString titleOf(const Document& doc)
{
    return doc.meta.title.isEmpty() ? doc.originalFileName : doc.meta.title;
}

} // namespace

AnnotationModel::AnnotationModel(ProjectStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &ProjectStore::projectOpened, this, &AnnotationModel::reload);
    connect(store, &ProjectStore::projectClosed, this, &AnnotationModel::reload);
    connect(store, &ProjectStore::annotationAdded, this,
            [this](AnnotationId id, DocumentId) { onAnnotationAdded(id); });
    connect(store, &ProjectStore::annotationRemoved, this,
            [this](AnnotationId id, DocumentId) { onAnnotationRemoved(id); });
    connect(store, &ProjectStore::annotationChanged, this,
            [this](AnnotationId id, DocumentId) { onAnnotationChanged(id); });
    connect(store, &ProjectStore::documentAdded, this, [this](DocumentId id) {
        onDocumentChanged(id);
        // Undoing a document's removal brings its annotations back; pick up any not announced.
        sync(m_store->annotations(id), id);
    });
    connect(store, &ProjectStore::documentRemoved, this, [this](DocumentId id) {
        sync({}, id);
        m_documentTitles.remove(id);
    });
    connect(store, &ProjectStore::documentChanged, this, &AnnotationModel::onDocumentChanged);
    // Removing a tag (and undoing that) announces every annotation it is taken from or put back
    // on with annotationChanged; here only the cached name changes.
    connect(store, &ProjectStore::tagAdded, this, &AnnotationModel::onTagChanged);
    connect(store, &ProjectStore::tagRemoved, this, [this](TagId id) {
        onTagChanged(id);
        m_tags.remove(id);
    });
    connect(store, &ProjectStore::tagChanged, this, &AnnotationModel::onTagChanged);
    connect(store, &ProjectStore::entitiesChanged, this, &AnnotationModel::onEntitiesChanged);
    if (store->isOpen()) {
        loadCaches();
        m_rows = store->allAnnotations();
        rebuildRowIndex(0);
    }
}

AnnotationModel::~AnnotationModel() = default;

int AnnotationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation& a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(a, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case QuoteColumn:
            return a.orphaned ? tr("%1\n\nThe text at this position no longer matches the quote.").arg(a.quote)
                              : a.quote;
        case NoteColumn:
            return a.note;
        case VerdictColumn:
            return a.rationale.isEmpty() ? Builtins::ratingLabel(a.verdict)
                                         : tr("%1: %2").arg(Builtins::ratingLabel(a.verdict), a.rationale);
        default:
            return displayData(a, index.column());
        }
    case Qt::DecorationRole:
        if (index.column() == TagsColumn && !a.tags.isEmpty())
            return m_tags.value(a.tags.constFirst()).color;
        break;
    case Qt::FontRole:
        if (a.orphaned && index.column() == QuoteColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case SortRole:
        return sortData(a, index.column());
    case IdRole:
    case AnnotationIdRole:
        return a.id;
    case DocumentIdRole:
        return a.document;
    case TagIdsRole: {
        QVariantList ids;
        for (TagId tag : a.tags)
            ids << tag;
        return ids;
    }
    case ColorRole:
        return a.tags.isEmpty() ? QVariant() : QVariant(m_tags.value(a.tags.constFirst()).color);
    case VerdictRole:
        return a.verdict;
    case SpeakerIdRole:
        return a.speaker;
    case OrphanedRole:
        return a.orphaned;
    case SearchTextRole:
        return searchText(a);
    }
    return {};
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case QuoteColumn:
        return tr("Quote");
    case TagsColumn:
        return tr("Tags");
    case VerdictColumn:
        return tr("Verdict");
    case SpeakerColumn:
        return tr("Speaker");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

AnnotationId AnnotationModel::annotationId(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return 0;
    return m_rows.at(index.row()).id;
}

QModelIndex AnnotationModel::indexOf(AnnotationId id, int column) const
{
    const auto it = m_rowOf.constFind(id);
    return it == m_rowOf.cend() ? QModelIndex() : index(*it, column);
}

QString AnnotationModel::tagNames(const QList<TagId>& tags) const
{
    QStringList names;
    for (TagId tag : tags) {
        const auto it = m_tags.constFind(tag);
        if (it != m_tags.cend())
            names << it->name;
    }
    return names.join(tr(", ", "separator between tag names"));
}

void AnnotationModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_documentTitles.clear();
    m_tags.clear();
    m_entityNames.clear();
    if (m_store->isOpen()) {
        loadCaches();
        m_rows = m_store->allAnnotations();
    }
    m_rowOf.clear();
    rebuildRowIndex(0);
    endResetModel();
}

void AnnotationModel::loadCaches()
{
    for (const Document& doc : m_store->documents())
        m_documentTitles.insert(doc.id, titleOf(doc));
    for (const Tag& tag : m_store->tags())
        m_tags.insert(tag.id, tag);
    for (const Entity& entity : m_store->entities())
        m_entityNames.insert(entity.id, entity.name);
}

void AnnotationModel::sync(const QList<Annotation>& fresh, DocumentId onlyDocument)
{
    QHash<AnnotationId, qsizetype> freshIndex;
    freshIndex.reserve(fresh.size());
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshIndex.insert(fresh.at(i).id, i);

    // Remove vanished rows from the bottom up, one contiguous run per beginRemoveRows.
    bool removedAny = false;
    int row = int(m_rows.size()) - 1;
    while (row >= 0) {
        const auto gone = [&](int r) {
            const Annotation& a = m_rows.at(r);
            return (onlyDocument == 0 || a.document == onlyDocument) && !freshIndex.contains(a.id);
        };
        if (!gone(row)) {
            --row;
            continue;
        }
        const int last = row;
        while (row > 0 && gone(row - 1))
            --row;
        beginRemoveRows({}, row, last);
        for (int r = last; r >= row; --r)
            m_rowOf.remove(m_rows.at(r).id);
        m_rows.remove(row, last - row + 1);
        endRemoveRows();
        removedAny = true;
        --row;
    }
    if (removedAny)
        rebuildRowIndex(0);

    QList<Annotation> added;
    for (const Annotation& a : fresh) {
        const auto it = m_rowOf.constFind(a.id);
        if (it == m_rowOf.cend()) {
            added << a;
        } else if (!sameContent(m_rows.at(*it), a)) {
            m_rows[*it] = a;
            Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        rebuildRowIndex(first);
        endInsertRows();
    }
}

void AnnotationModel::onAnnotationAdded(AnnotationId id)
{
    if (m_rowOf.contains(id)) {
        onAnnotationChanged(id);
        return;
    }
    const std::optional<Annotation> a = m_store->annotation(id);
    if (!a)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(*a);
    m_rowOf.insert(id, row);
    endInsertRows();
}

void AnnotationModel::onAnnotationRemoved(AnnotationId id)
{
    const auto it = m_rowOf.constFind(id);
    if (it != m_rowOf.cend())
        removeRowAt(*it);
}

void AnnotationModel::onAnnotationChanged(AnnotationId id)
{
    const auto it = m_rowOf.constFind(id);
    if (it == m_rowOf.cend()) {
        onAnnotationAdded(id);
        return;
    }
    const std::optional<Annotation> a = m_store->annotation(id);
    if (!a) {
        removeRowAt(*it);
        return;
    }
    const int row = *it;
    if (sameContent(m_rows.at(row), *a))
        return; // e.g. a link to another annotation: nothing this table shows
    m_rows[row] = *a;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AnnotationModel::onDocumentChanged(DocumentId id)
{
    // Also emitted for every annotation added to the document: act only when the title changed.
    QString title;
    for (const Document& doc : m_store->documents()) {
        if (doc.id == id)
            title = titleOf(doc);
    }
    const auto cached = m_documentTitles.constFind(id);
    if (cached != m_documentTitles.cend() && *cached == title)
        return;
    m_documentTitles.insert(id, title);
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).document == id) {
            first = first < 0 ? row : first;
            last = row;
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, DocumentColumn), index(last, DocumentColumn));
}

void AnnotationModel::onTagChanged(TagId id)
{
    if (const std::optional<Tag> tag = m_store->tag(id))
        m_tags.insert(id, *tag);
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).tags.contains(id)) {
            first = first < 0 ? row : first;
            last = row;
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, TagsColumn), index(last, TagsColumn));
}

void AnnotationModel::onEntitiesChanged()
{
    m_entityNames.clear();
    for (const Entity& entity : m_store->entities())
        m_entityNames.insert(entity.id, entity.name);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, SpeakerColumn), index(int(m_rows.size()) - 1, SpeakerColumn));
}

void AnnotationModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_rowOf.remove(m_rows.at(row).id);
    m_rows.removeAt(row);
    rebuildRowIndex(row);
    endRemoveRows();
}

void AnnotationModel::rebuildRowIndex(int fromRow)
{
    for (int row = fromRow; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).id, row);
}

QVariant AnnotationModel::displayData(const Annotation& a, int column) const
{
    switch (column) {
    case DocumentColumn:
        return m_documentTitles.value(a.document);
    case QuoteColumn:
        return oneLine(a.quote, QuoteDisplayLength);
    case TagsColumn:
        return tagNames(a.tags);
    case VerdictColumn:
        return Builtins::ratingLabel(a.verdict);
    case SpeakerColumn:
        return m_entityNames.value(a.speaker);
    case NoteColumn:
        return oneLine(a.note, NoteDisplayLength);
    }
    return {};
}

QVariant AnnotationModel::sortData(const Annotation& a, int column) const
{
    switch (column) {
    case DocumentColumn:
        // Within a document, the order of reading.
        return QString(m_documentTitles.value(a.document).toCaseFolded() + QChar(0)
                       + QStringLiteral("%1").arg(a.start, 12, 10, QLatin1Char('0')));
    case QuoteColumn:
        return a.quote.simplified().toCaseFolded();
    case TagsColumn:
        return tagNames(a.tags).toCaseFolded();
    case VerdictColumn:
        return Builtins::ratingLabel(a.verdict).toCaseFolded();
    case SpeakerColumn:
        return m_entityNames.value(a.speaker).toCaseFolded();
    case NoteColumn:
        return a.note.simplified().toCaseFolded();
    }
    return {};
}

QString AnnotationModel::searchText(const Annotation& a) const
{
    return QStringList { m_documentTitles.value(a.document), a.quote, tagNames(a.tags), Builtins::ratingLabel(a.verdict),
                         a.rationale, m_entityNames.value(a.speaker), a.note }
        .join(QLatin1Char('\n'));
}

} // namespace Crossread
