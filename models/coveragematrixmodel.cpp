// SPDX-License-Identifier: MIT
#include "coveragematrixmodel.h"

#include "coverageroles.h"
#include "matching/statementcluster.h"
#include "roles.h"
#include "store/projectstore.h"
#include "verdictcolor.h"
#include "store/builtins.h"

#include <QBrush>
#include <QColor>
#include <QSet>

namespace Crossread {

namespace {

QString rowKey(const CoverageRow& r)
{
    return r.kind == CoverageRow::Kind::Claim ? QStringLiteral("c%1").arg(r.claim) : QStringLiteral("s%1").arg(r.speaker);
}

bool sameCell(const CoverageCell& a, const CoverageCell& b)
{
    return a.carried == b.carried && a.prominence == b.prominence && a.framing == b.framing && a.verdict == b.verdict
        && a.anchors == b.anchors && a.document == b.document && a.start == b.start && a.end == b.end;
}

bool sameRow(const CoverageRow& a, const CoverageRow& b)
{
    if (a.label != b.label || a.verdict != b.verdict || a.speaker != b.speaker || a.cells.size() != b.cells.size())
        return false;
    for (qsizetype i = 0; i < a.cells.size(); ++i) {
        if (!sameCell(a.cells.at(i), b.cells.at(i)))
            return false;
    }
    return true;
}

/// True when the keys of `current` that `fresh` still has come in the same order in both.
bool sameOrder(const QStringList& current, const QStringList& fresh)
{
    qsizetype j = 0;
    for (const QString& key : current) {
        while (j < fresh.size() && fresh.at(j) != key)
            ++j;
        if (j == fresh.size())
            return false;
        ++j;
    }
    return true;
}

} // namespace

CoverageMatrixModel::CoverageMatrixModel(ProjectStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &CoverageMatrixModel::refresh);
    for (auto signal : {&ProjectStore::claimAdded, &ProjectStore::claimRemoved, &ProjectStore::claimChanged,
                        &ProjectStore::documentAdded, &ProjectStore::documentRemoved, &ProjectStore::documentChanged,
                        &ProjectStore::tagChanged, &ProjectStore::tagRemoved})
        connect(m_store, signal, this, &CoverageMatrixModel::scheduleRefresh);
    for (auto signal : {&ProjectStore::annotationAdded, &ProjectStore::annotationRemoved, &ProjectStore::annotationChanged})
        connect(m_store, signal, this, &CoverageMatrixModel::scheduleRefresh);
    connect(m_store, &ProjectStore::entitiesChanged, this, &CoverageMatrixModel::scheduleRefresh);
    connect(m_store, &ProjectStore::settingsChanged, this, &CoverageMatrixModel::scheduleRefresh);
    // A whole project is a reset, not a difference.
    for (auto signal : {&ProjectStore::projectOpened, &ProjectStore::projectClosed}) {
        connect(m_store, signal, this, [this] {
            m_timer.stop();
            beginResetModel();
            m_matrix = m_store->isOpen() ? CoverageMatrix::build(*m_store) : CoverageMatrix();
            m_scale = m_store->isOpen() ? m_store->ratingScale() : QStringList();
            endResetModel();
        });
    }
    if (m_store->isOpen()) {
        m_matrix = CoverageMatrix::build(*m_store);
        m_scale = m_store->ratingScale();
    }
}

CoverageMatrixModel::~CoverageMatrixModel() = default;

void CoverageMatrixModel::scheduleRefresh()
{
    if (!m_live) {
        m_stale = true; // building scans every document: not for a view nobody looks at
        return;
    }
    m_timer.start();
}

void CoverageMatrixModel::setLive(bool live)
{
    m_live = live;
    if (live && m_stale)
        m_timer.start();
}

void CoverageMatrixModel::refresh()
{
    m_timer.stop();
    m_stale = false;
    const QStringList scale = m_store->isOpen() ? m_store->ratingScale() : QStringList();
    const bool scaleChanged = scale != m_scale;
    m_scale = scale;
    apply(m_store->isOpen() ? CoverageMatrix::build(*m_store) : CoverageMatrix());
    if (scaleChanged && rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void CoverageMatrixModel::apply(const CoverageMatrix& fresh)
{
    QStringList freshRows;
    for (const CoverageRow& r : fresh.rows)
        freshRows.append(rowKey(r));
    const QSet<QString> freshRowSet(freshRows.cbegin(), freshRows.cend());
    const QSet<QString> freshOutlets(fresh.outlets.cbegin(), fresh.outlets.cend());

    // 1. Rows and columns that went away, from the end so the indices stay right.
    for (int r = rowCount() - 1; r >= 0; --r) {
        if (!freshRowSet.contains(rowKey(m_matrix.rows.at(r)))) {
            beginRemoveRows({}, r, r);
            m_matrix.rows.removeAt(r);
            endRemoveRows();
        }
    }
    for (int c = columnCount() - 1; c >= 0; --c) {
        if (!freshOutlets.contains(m_matrix.outlets.at(c))) {
            beginRemoveColumns({}, c, c);
            m_matrix.outlets.removeAt(c);
            m_matrix.outletDocuments.removeAt(c);
            for (CoverageRow& row : m_matrix.rows)
                row.cells.removeAt(c);
            endRemoveColumns();
        }
    }
    QStringList currentRows;
    for (const CoverageRow& r : std::as_const(m_matrix.rows))
        currentRows.append(rowKey(r));
    // 2. What stays must keep its order for inserts to suffice (outlets are ordered by their
    //    earliest date, so a re-dated document can reorder them): otherwise start over.
    if (!sameOrder(currentRows, freshRows) || !sameOrder(m_matrix.outlets, fresh.outlets)) {
        beginResetModel();
        m_matrix = fresh;
        endResetModel();
        return;
    }
    // 3. New columns, with the cells of the rows that are there (all of them are in `fresh`).
    QHash<QString, int> freshRowOf;
    for (qsizetype i = 0; i < freshRows.size(); ++i)
        freshRowOf.insert(freshRows.at(i), int(i));
    for (int c = 0; c < fresh.outlets.size(); ++c) {
        if (c < m_matrix.outlets.size() && m_matrix.outlets.at(c) == fresh.outlets.at(c))
            continue;
        beginInsertColumns({}, c, c);
        m_matrix.outlets.insert(c, fresh.outlets.at(c));
        m_matrix.outletDocuments.insert(c, fresh.outletDocuments.value(c));
        for (CoverageRow& row : m_matrix.rows)
            row.cells.insert(c, fresh.rows.at(freshRowOf.value(rowKey(row))).cells.at(c));
        endInsertColumns();
    }
    // 4. New rows, whole.
    for (int r = 0; r < fresh.rows.size(); ++r) {
        if (r < m_matrix.rows.size() && rowKey(m_matrix.rows.at(r)) == freshRows.at(r))
            continue;
        beginInsertRows({}, r, r);
        m_matrix.rows.insert(r, fresh.rows.at(r));
        endInsertRows();
    }
    // 5. Same shape now: report the rows whose content changed.
    for (int r = 0; r < fresh.rows.size(); ++r) {
        const bool labelChanged = m_matrix.rows.at(r).label != fresh.rows.at(r).label;
        const bool changed = !sameRow(m_matrix.rows.at(r), fresh.rows.at(r));
        m_matrix.rows[r] = fresh.rows.at(r);
        if (changed && columnCount() > 0)
            Q_EMIT dataChanged(index(r, 0), index(r, columnCount() - 1));
        if (labelChanged)
            Q_EMIT headerDataChanged(Qt::Vertical, r, r);
    }
    m_matrix.outletDocuments = fresh.outletDocuments;
}

int CoverageMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows.size());
}

int CoverageMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.outlets.size());
}

QString CoverageMatrixModel::cellText(const CoverageCell& cell) const
{
    if (!cell.carried)
        return QStringLiteral("—"); // an omission, visibly marked
    return tr("%1 · %2", "prominence · framing").arg(prominenceLabel(cell.prominence), framingLabel(cell.framing.primary()));
}

QString CoverageMatrixModel::cellToolTip(const CoverageRow& row, int column) const
{
    const CoverageCell& cell = row.cells.at(column);
    const QString outlet = m_matrix.outlets.at(column);
    if (!cell.carried)
        return tr("%1 does not carry “%2”: an omission.").arg(outlet, row.label);
    QString tip = tr("%1 carries “%2”\nProminence: %3\nFraming: %4")
                      .arg(outlet, row.label, prominenceLabel(cell.prominence), cell.framing.summary());
    if (!cell.verdict.isEmpty())
        tip += QLatin1Char('\n') + tr("Verdict: %1").arg(Builtins::ratingLabel(cell.verdict));
    if (cell.anchors.size() > 1)
        tip += QLatin1Char('\n') + tr("%n rendering(s) in this outlet", nullptr, int(cell.anchors.size()));
    return tip;
}

QVariant CoverageMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const CoverageRow& row = m_matrix.rows.at(index.row());
    const CoverageCell& cell = row.cells.at(index.column());
    switch (role) {
    case Qt::DisplayRole: return cellText(cell);
    case Qt::ToolTipRole: return cellToolTip(row, index.column());
    case Qt::TextAlignmentRole: return cell.carried ? QVariant() : QVariant(int(Qt::AlignCenter));
    case Qt::BackgroundRole: {
        if (!cell.carried) // an omission: hatched, so an empty cell does not read as "no verdict"
            return QBrush(QColor(128, 128, 128, 70), Qt::BDiagPattern);
        const QColor c = verdictColor(m_scale, cell.verdict);
        return c.isValid() ? QVariant(c) : QVariant();
    }
    case Qt::ForegroundRole: // dark text on the light verdict colours, whatever the theme
        return cell.carried && verdictColor(m_scale, cell.verdict).isValid() ? QVariant(QColor(Qt::black)) : QVariant();
    case CarriedRole: return cell.carried;
    case ProminenceRole: return cell.carried ? prominenceName(cell.prominence) : QString();
    case ProminenceRankRole: return cell.carried ? int(cell.prominence) : -1;
    case FramingRole: return cell.carried ? framingName(cell.framing.primary()) : QString();
    case VerdictColorRole: return verdictColor(m_scale, cell.verdict);
    case VerdictRole: return cell.verdict;
    case AnchorIdsRole: {
        QVariantList ids;
        for (AnnotationId id : cell.anchors)
            ids.append(id);
        return ids;
    }
    case AnnotationIdRole: return cell.anchors.isEmpty() ? AnnotationId(0) : cell.anchors.first();
    case DocumentIdRole: return cell.document;
    case PassageRole:
        return cell.carried ? QVariant::fromValue(PassageLocation{cell.document, cell.start, cell.end}) : QVariant();
    case ClaimIdRole: return row.claim;
    case SpeakerIdRole: return row.speaker;
    case RowKindRole: return row.kind == CoverageRow::Kind::Claim ? 0 : 1;
    case OutletRole: return m_matrix.outlets.at(index.column());
    case SortRole: return cell.carried ? int(cell.prominence) : 99;
    }
    return {};
}

QVariant CoverageMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        if (role == Qt::DisplayRole || role == OutletRole)
            return m_matrix.outlets.at(section);
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    const CoverageRow& row = m_matrix.rows.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return row.kind == CoverageRow::Kind::Claim ? row.label : tr("Speaker: %1").arg(row.label);
    case Qt::ToolTipRole:
        return row.kind == CoverageRow::Kind::Claim
            ? tr("%1\nCarried by %2 of %n outlet(s)", nullptr, columnCount()).arg(row.label).arg(row.carriedCount())
            : tr("Quotes of %1 in %2 of %n outlet(s)", nullptr, columnCount()).arg(row.label).arg(row.carriedCount());
    case Qt::DecorationRole:
        return verdictColor(m_scale, row.verdict);
    case ClaimIdRole: return row.claim;
    }
    return {};
}

} // namespace Crossread
