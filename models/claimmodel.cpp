// SPDX-License-Identifier: MIT
#include "claimmodel.h"

#include "coverageroles.h"
#include "matching/statementcluster.h"
#include "roles.h"
#include "store/projectstore.h"
#include "verdictcolor.h"
#include "store/builtins.h"

#include <QSet>

namespace Crossread {

namespace {

constexpr quintptr TopLevel = 0;

QVariantList anchorIds(const ClaimRecord& c)
{
    QVariantList ids;
    for (const ClaimAnchor& a : c.anchors)
        ids.append(a.annotation);
    return ids;
}

} // namespace

ClaimModel::ClaimModel(ProjectStore* store, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(m_store, &ProjectStore::projectOpened, this, &ClaimModel::reload);
    connect(m_store, &ProjectStore::projectClosed, this, &ClaimModel::reload);
    connect(m_store, &ProjectStore::claimAdded, this, &ClaimModel::onClaimAdded);
    connect(m_store, &ProjectStore::claimRemoved, this, &ClaimModel::onClaimRemoved);
    connect(m_store, &ProjectStore::claimChanged, this, &ClaimModel::refreshClaim);
    // Anchors vanish and come back with their annotations without a claim signal.
    for (auto signal : {&ProjectStore::annotationAdded, &ProjectStore::annotationRemoved, &ProjectStore::annotationChanged})
        connect(m_store, signal, this, &ClaimModel::refreshClaimsTouching);
    connect(m_store, &ProjectStore::documentChanged, this, &ClaimModel::onDocumentChanged);
    connect(m_store, &ProjectStore::entitiesChanged, this, [this] {
        if (!m_claims.isEmpty())
            Q_EMIT dataChanged(index(0, SpeakerColumn), index(int(m_claims.size()) - 1, SpeakerColumn));
    });
    connect(m_store, &ProjectStore::settingsChanged, this, [this] { // the rating scale sets the colours
        if (!m_claims.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_claims.size()) - 1, ColumnCount - 1));
    });
    reload();
}

ClaimModel::~ClaimModel() = default;

void ClaimModel::reload()
{
    beginResetModel();
    m_claims = m_store->isOpen() ? m_store->claims() : QList<ClaimRecord>();
    m_documents.clear();
    if (m_store->isOpen()) {
        for (const Document& d : m_store->documents())
            m_documents.insert(d.id, d.meta.outlet.isEmpty() ? d.meta.title : d.meta.outlet);
    }
    rebuildRowIndex();
    endResetModel();
}

void ClaimModel::rebuildRowIndex()
{
    m_rowOf.clear();
    for (qsizetype i = 0; i < m_claims.size(); ++i)
        m_rowOf.insert(m_claims.at(i).id, int(i));
}

QModelIndex ClaimModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_claims.size() ? createIndex(row, column, TopLevel) : QModelIndex();
    if (parent.internalId() != TopLevel || parent.row() >= m_claims.size())
        return {};
    const ClaimRecord& c = m_claims.at(parent.row());
    // A child carries its claim's id: stable while other claims are inserted or removed.
    return row < c.anchors.size() ? createIndex(row, column, quintptr(c.id)) : QModelIndex();
}

QModelIndex ClaimModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    const int row = m_rowOf.value(ClaimId(child.internalId()), -1);
    return row < 0 ? QModelIndex() : createIndex(row, 0, TopLevel);
}

int ClaimModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_claims.size());
    if (parent.internalId() != TopLevel || parent.column() != 0)
        return 0;
    return int(m_claims.at(parent.row()).anchors.size());
}

int ClaimModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

ClaimId ClaimModel::claimId(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return 0;
    if (index.internalId() != TopLevel)
        return ClaimId(index.internalId());
    return m_claims.at(index.row()).id;
}

AnnotationId ClaimModel::annotationId(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == TopLevel)
        return 0;
    const ClaimRecord* c = claim(ClaimId(index.internalId()));
    return c && index.row() < c->anchors.size() ? c->anchors.at(index.row()).annotation : 0;
}

QModelIndex ClaimModel::indexOfClaim(ClaimId id, int column) const
{
    const int row = m_rowOf.value(id, -1);
    return row < 0 ? QModelIndex() : index(row, column);
}

const ClaimRecord* ClaimModel::claim(ClaimId id) const
{
    const int row = m_rowOf.value(id, -1);
    return row < 0 ? nullptr : &m_claims.at(row);
}

QString ClaimModel::documentLabel(DocumentId id) const
{
    const QString label = m_documents.value(id);
    return label.isEmpty() ? tr("Document %1").arg(id) : label;
}

QString ClaimModel::speakerName(EntityId id) const
{
    if (id == 0)
        return {};
    const std::optional<Entity> e = m_store->entity(id);
    return e ? e->name : QString();
}

QVariant ClaimModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == TopLevel) {
        const ClaimRecord& c = m_claims.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case TitleColumn: return c.title;
            case VerdictColumn: return Builtins::ratingLabel(c.verdict);
            case SpeakerColumn: return speakerName(c.speaker);
            case DocumentsColumn: {
                QStringList outlets;
                for (const ClaimAnchor& a : c.anchors) {
                    if (!outlets.contains(documentLabel(a.document)))
                        outlets.append(documentLabel(a.document));
                }
                return outlets.join(QStringLiteral(", "));
            }
            }
            return {};
        case Qt::ToolTipRole:
            return c.rationale.isEmpty() ? c.title : c.title + QStringLiteral("\n\n") + c.rationale;
        case Qt::DecorationRole:
        case VerdictColorRole:
            if (index.column() == VerdictColumn || role == VerdictColorRole)
                return verdictColor(m_store->ratingScale(), c.verdict);
            return {};
        case ClaimIdRole:
        case IdRole: return c.id;
        case VerdictRole: return c.verdict;
        case AnchorIdsRole: return anchorIds(c);
        case SpeakerIdRole: return c.speaker;
        case RowKindRole: return 0;
        }
        return {};
    }
    const ClaimRecord* c = claim(ClaimId(index.internalId()));
    if (!c || index.row() >= c->anchors.size())
        return {};
    const ClaimAnchor& a = c->anchors.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return a.quote.simplified();
        case DocumentsColumn: return documentLabel(a.document);
        }
        return {};
    case Qt::ToolTipRole: return a.quote;
    case ClaimIdRole: return c->id;
    case IdRole:
    case AnnotationIdRole: return a.annotation;
    case DocumentIdRole: return a.document;
    case AnchorIdsRole: return QVariantList{a.annotation};
    case PassageRole: return QVariant::fromValue(PassageLocation{a.document, a.start, a.end});
    }
    return {};
}

QVariant ClaimModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Claim");
    case VerdictColumn: return tr("Verdict");
    case SpeakerColumn: return tr("Speaker");
    case DocumentsColumn: return tr("Carried by");
    }
    return {};
}

void ClaimModel::onClaimAdded(ClaimId id)
{
    if (m_rowOf.contains(id)) {
        refreshClaim(id);
        return;
    }
    const std::optional<ClaimRecord> c = m_store->claim(id);
    if (!c)
        return;
    // Claims are listed by id, as the store lists them; an undone removal comes back in place.
    int row = 0;
    while (row < m_claims.size() && m_claims.at(row).id < id)
        ++row;
    beginInsertRows({}, row, row);
    m_claims.insert(row, *c);
    rebuildRowIndex();
    endInsertRows();
}

void ClaimModel::onClaimRemoved(ClaimId id)
{
    const int row = m_rowOf.value(id, -1);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_claims.removeAt(row);
    rebuildRowIndex();
    endRemoveRows();
}

void ClaimModel::refreshClaim(ClaimId id)
{
    const int row = m_rowOf.value(id, -1);
    if (row < 0) {
        onClaimAdded(id);
        return;
    }
    const std::optional<ClaimRecord> fresh = m_store->claim(id);
    if (!fresh) {
        onClaimRemoved(id);
        return;
    }
    const QModelIndex parent = index(row, 0);
    ClaimRecord& current = m_claims[row];
    QList<AnnotationId> before, after;
    for (const ClaimAnchor& a : std::as_const(current.anchors))
        before.append(a.annotation);
    for (const ClaimAnchor& a : fresh->anchors)
        after.append(a.annotation);
    if (before != after) {
        // The anchors changed: replace the children (few per claim, so precision adds little).
        if (!current.anchors.isEmpty()) {
            beginRemoveRows(parent, 0, int(current.anchors.size()) - 1);
            current.anchors.clear();
            endRemoveRows();
        }
        if (!fresh->anchors.isEmpty()) {
            beginInsertRows(parent, 0, int(fresh->anchors.size()) - 1);
            current.anchors = fresh->anchors;
            endInsertRows();
        }
    }
    current = *fresh;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (!current.anchors.isEmpty())
        Q_EMIT dataChanged(index(0, 0, parent), index(int(current.anchors.size()) - 1, ColumnCount - 1, parent));
}

void ClaimModel::refreshClaimsTouching(AnnotationId annotation, DocumentId)
{
    QSet<ClaimId> touched;
    for (const ClaimRecord& c : std::as_const(m_claims)) {
        for (const ClaimAnchor& a : c.anchors) {
            if (a.annotation == annotation)
                touched.insert(c.id);
        }
    }
    if (m_store->isOpen()) {
        if (const ClaimId now = m_store->claimOfAnnotation(annotation))
            touched.insert(now);
    }
    for (ClaimId id : std::as_const(touched))
        refreshClaim(id);
}

void ClaimModel::onDocumentChanged(DocumentId id)
{
    const std::optional<Document> d = m_store->document(id);
    if (!d)
        return;
    const QString label = d->meta.outlet.isEmpty() ? d->meta.title : d->meta.outlet;
    if (m_documents.value(id) == label && m_documents.contains(id))
        return; // documentChanged also comes with every annotation edit
    m_documents.insert(id, label);
    for (qsizetype row = 0; row < m_claims.size(); ++row) {
        const ClaimRecord& c = m_claims.at(row);
        if (c.anchors.isEmpty())
            continue;
        const QModelIndex parent = index(int(row), 0);
        Q_EMIT dataChanged(index(int(row), DocumentsColumn), index(int(row), DocumentsColumn));
        Q_EMIT dataChanged(index(0, DocumentsColumn, parent), index(int(c.anchors.size()) - 1, DocumentsColumn, parent));
    }
}

} // namespace Crossread
