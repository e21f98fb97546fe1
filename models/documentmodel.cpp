// SPDX-License-Identifier: MIT
#include "documentmodel.h"

#include "roles.h"
#include "store/projectstore.h"

#include <QLocale>
#include <algorithm>

namespace Crossread {

namespace {

std::optional<Document> findDocument(const QList<Document>& documents, DocumentId id)
{
    for (const Document& doc : documents) {
        if (doc.id == id)
            return doc;
    }
    return std::nullopt;
}

} // namespace

DocumentModel::DocumentModel(ProjectStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &ProjectStore::projectOpened, this, &DocumentModel::reload);
    connect(store, &ProjectStore::projectClosed, this, &DocumentModel::reload);
    connect(store, &ProjectStore::documentAdded, this, &DocumentModel::onDocumentAdded);
    connect(store, &ProjectStore::documentRemoved, this, &DocumentModel::onDocumentRemoved);
    connect(store, &ProjectStore::documentChanged, this, &DocumentModel::onDocumentChanged);
    connect(store, &ProjectStore::annotationAdded, this,
            [this](AnnotationId, DocumentId document) { refreshCount(document); });
    connect(store, &ProjectStore::annotationRemoved, this,
            [this](AnnotationId, DocumentId document) { refreshCount(document); });
    if (store->isOpen())
        m_documents = store->documents();
}

DocumentModel::~DocumentModel() = default;

int DocumentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Document& doc = m_documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return doc.meta.title.isEmpty() ? doc.originalFileName : doc.meta.title;
        case OutletColumn:
            return doc.meta.outlet;
        case DateColumn:
            return doc.meta.published.isValid() ? QLocale().toString(doc.meta.published, QLocale::ShortFormat)
                                                : QString();
        case AnnotationsColumn:
            return doc.annotationCount;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return (doc.meta.title.isEmpty() ? doc.originalFileName : doc.meta.title).toCaseFolded();
        case OutletColumn:
            return doc.meta.outlet.toCaseFolded();
        case DateColumn:
            return doc.meta.published;
        case AnnotationsColumn:
            return doc.annotationCount;
        }
        break;
    case Qt::ToolTipRole:
        return toolTip(doc);
    case Qt::TextAlignmentRole:
        if (index.column() == AnnotationsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
    case DocumentIdRole:
        return doc.id;
    }
    return {};
}

QVariant DocumentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TitleColumn:
            return tr("Title");
        case OutletColumn:
            return tr("Outlet");
        case DateColumn:
            return tr("Date");
        case AnnotationsColumn:
            return tr("Annotations", "column header: number of annotations");
        }
    } else if (role == Qt::ToolTipRole && section == AnnotationsColumn) {
        return tr("Number of annotations in the document");
    }
    return {};
}

DocumentId DocumentModel::documentId(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_documents.size())
        return 0;
    return m_documents.at(index.row()).id;
}

QModelIndex DocumentModel::indexOf(DocumentId id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

void DocumentModel::reload()
{
    beginResetModel();
    m_documents = m_store->isOpen() ? m_store->documents() : QList<Document>();
    endResetModel();
}

void DocumentModel::onDocumentAdded(DocumentId id)
{
    if (rowOf(id) >= 0) {
        onDocumentChanged(id);
        return;
    }
    const std::optional<Document> doc = findDocument(m_store->documents(), id);
    if (!doc)
        return;
    const int row = int(m_documents.size());
    beginInsertRows({}, row, row);
    m_documents.append(*doc);
    endInsertRows();
}

void DocumentModel::onDocumentRemoved(DocumentId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_documents.removeAt(row);
    endRemoveRows();
}

void DocumentModel::onDocumentChanged(DocumentId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const std::optional<Document> doc = findDocument(m_store->documents(), id);
    if (!doc)
        return;
    // The store also announces changes that only touch the count; report just the cells that
    // differ so views and proxies do not redo more work than needed.
    const Document& old = m_documents.at(row);
    int first = ColumnCount;
    int last = -1;
    const auto mark = [&](int column, bool changed) {
        if (changed) {
            first = std::min(first, column);
            last = std::max(last, column);
        }
    };
    mark(TitleColumn, old.meta.title != doc->meta.title || old.originalFileName != doc->originalFileName);
    mark(OutletColumn, old.meta.outlet != doc->meta.outlet);
    mark(DateColumn, old.meta.published != doc->meta.published);
    mark(AnnotationsColumn, old.annotationCount != doc->annotationCount);
    if (old.meta != doc->meta || old.importNotes != doc->importNotes || old.encoding != doc->encoding) {
        first = 0; // tool tips of every cell show the metadata
        last = ColumnCount - 1;
    }
    m_documents[row] = *doc;
    if (last >= 0)
        Q_EMIT dataChanged(index(row, first), index(row, last));
}

void DocumentModel::refreshCount(DocumentId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    // Asked from the store rather than counted here: undoing a removal may restore a document
    // together with its annotations, and a local tally would count those twice.
    const std::optional<Document> doc = findDocument(m_store->documents(), id);
    if (!doc || doc->annotationCount == m_documents.at(row).annotationCount)
        return;
    m_documents[row].annotationCount = doc->annotationCount;
    const QModelIndex changed = index(row, AnnotationsColumn);
    Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, SortRole});
}

int DocumentModel::rowOf(DocumentId id) const
{
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).id == id)
            return row;
    }
    return -1;
}

QString DocumentModel::toolTip(const Document& doc) const
{
    QStringList lines;
    lines << (doc.meta.title.isEmpty() ? doc.originalFileName : doc.meta.title);
    if (!doc.meta.author.isEmpty())
        lines << tr("Author: %1").arg(doc.meta.author);
    if (!doc.meta.outlet.isEmpty())
        lines << tr("Outlet: %1").arg(doc.meta.outlet);
    if (doc.meta.published.isValid())
        lines << tr("Published: %1").arg(QLocale().toString(doc.meta.published, QLocale::LongFormat));
    if (!doc.meta.url.isEmpty())
        lines << doc.meta.url;
    if (!doc.originalFileName.isEmpty())
        lines << tr("File: %1 (%2)").arg(doc.originalFileName, doc.encoding);
    lines << tr("%n annotation(s)", nullptr, doc.annotationCount);
    if (!doc.importNotes.isEmpty())
        lines << tr("Import: %1").arg(doc.importNotes);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Crossread
