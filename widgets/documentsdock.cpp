// SPDX-License-Identifier: MIT
#include "documentsdock.h"

#include "collatingsortproxy.h"
#include "documentmodel.h"
#include "roles.h"
#include "store/projectstore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace Crossread {

namespace {

/// Sorts and filters, and gives the count column a header as narrow as its numbers: "Annotations"
/// spelt out took a quarter of a dock that is there for the titles.
class DocumentProxy final : public CollatingSortProxy
{
public:
    using CollatingSortProxy::CollatingSortProxy;

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && section == DocumentModel::AnnotationsColumn) {
            if (role == Qt::DisplayRole)
                return DocumentsDock::tr("#", "column header: number of annotations");
            if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
                return DocumentsDock::tr("Annotations");
            if (role == Qt::TextAlignmentRole)
                return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return CollatingSortProxy::headerData(section, orientation, role);
    }
};

} // namespace

namespace {

/// Text from the top of the cell: centred, a title of three lines in a row of two showed its
/// middle, and the first line was cut.
class TopAlignedDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->displayAlignment = (option->displayAlignment & Qt::AlignHorizontal_Mask) | Qt::AlignTop;
    }
};

} // namespace

DocumentsDock::DocumentsDock(ProjectStore* store, QWidget* parent)
    : QDockWidget(tr("Documents"), parent)
    , m_model(new DocumentModel(store, this))
    , m_proxy(new DocumentProxy(this))
    , m_filter(new QLineEdit)
    , m_view(new QTableView)
    , m_compareButton(new QPushButton(tr("&Compare side by side")))
    , m_compareAction(new QAction(tr("Compare Side by Side"), this))
    , m_openAction(new QAction(tr("Open"), this))
    , m_propertiesAction(new QAction(tr("Properties…"), this))
{
    setObjectName(QStringLiteral("DocumentsDock"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_filter->setObjectName(QStringLiteral("documentsFilter"));
    m_filter->setPlaceholderText(tr("Filter documents…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter documents"));
    m_filter->setToolTip(tr("Show only documents whose title, outlet or date contains this text"));
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("documentsTable"));
    m_view->setAccessibleName(tr("Documents"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DocumentModel::TitleColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Titles are long and are what a row is known by: two lines of them, the second elided, in
    // rows of one height (sizing rows to their contents costs a layout of every title).
    m_view->setWordWrap(true);
    m_view->setItemDelegate(new TopAlignedDelegate(m_view));
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // No more than two lines high: a taller row showed the top of a third line under the elided second.
    m_view->verticalHeader()->setDefaultSectionSize(2 * m_view->fontMetrics().lineSpacing() + 2);
    // The title takes what the short columns leave; a dock is too narrow for a horizontal
    // scrollbar to be of use, so long titles are elided instead (the full title is in the tooltip).
    // The short columns are sized by fitColumns() with caps, so a long outlet name cannot squeeze
    // the title to a few letters.
    QHeaderView* header = m_view->horizontalHeader();
    header->setMinimumSectionSize(24);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DocumentModel::TitleColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint& pos) {
        showContextMenu(m_view->viewport()->mapFromGlobal(m_view->horizontalHeader()->mapToGlobal(pos)));
    });
    m_view->viewport()->installEventFilter(this);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 4);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    connect(m_view, &QTableView::customContextMenuRequested, this, &DocumentsDock::showContextMenu);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const DocumentId id = m_model->documentId(m_proxy->mapToSource(index)))
            Q_EMIT documentActivated(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DocumentsDock::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DocumentsDock::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DocumentsDock::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DocumentsDock::fitColumns, Qt::QueuedConnection);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DocumentsDock::fitColumns, Qt::QueuedConnection);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DocumentsDock::fitColumns, Qt::QueuedConnection);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &DocumentsDock::fitColumns, Qt::QueuedConnection);

    m_compareAction->setToolTip(tr("Open the selected documents in columns side by side"));
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_compareAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_compareAction);
    connect(m_compareAction, &QAction::triggered, this, &DocumentsDock::requestCompare);
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QList<DocumentId> ids = selectedDocuments();
        if (!ids.isEmpty())
            Q_EMIT documentActivated(ids.constFirst());
    });
    m_propertiesAction->setObjectName(QStringLiteral("documentsProperties"));
    m_propertiesAction->setToolTip(tr("Edit the title, outlet, author, date, address and language"));
    // No shortcut here: the main window's Document ▸ Properties (Alt+Enter) asks currentDocument().
    connect(m_propertiesAction, &QAction::triggered, this, [this] {
        if (const DocumentId id = currentDocument())
            Q_EMIT propertiesRequested(id);
    });

    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setToolTip(tr("%1 (%2)", "tool tip (shortcut)")
                                    .arg(m_compareAction->toolTip(),
                                         m_compareAction->shortcut().toString(QKeySequence::NativeText)));
    m_compareButton->setAccessibleName(tr("Compare side by side"));
    connect(m_compareButton, &QPushButton::clicked, this, &DocumentsDock::requestCompare);

    // Never narrower than its label (Preferred let the layout clip it), nor taller when the dock is.
    m_compareButton->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    // Its size hint came out narrower than the label under Fusion (the label was cut at "sid"),
    // so the label's own width sets the minimum.
    m_compareButton->setMinimumWidth(m_compareButton->fontMetrics().horizontalAdvance(
                                         m_compareButton->text().remove(QLatin1Char('&')))
                                     + 4 * m_compareButton->style()->pixelMetric(QStyle::PM_ButtonMargin));
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_compareButton);
    buttons->addStretch();
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setWidget(content);
    setFocusProxy(m_view);
    updateActions();
    fitColumns();
}

DocumentsDock::~DocumentsDock() = default;

QList<DocumentId> DocumentsDock::selectedDocuments() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<DocumentId> ids;
    for (const QModelIndex& row : std::as_const(rows))
        ids << m_model->documentId(m_proxy->mapToSource(row));
    return ids;
}

DocumentId DocumentsDock::currentDocument() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
        return m_model->documentId(m_proxy->mapToSource(current));
    const QList<DocumentId> ids = selectedDocuments();
    return ids.isEmpty() ? 0 : ids.constFirst();
}

void DocumentsDock::selectDocuments(const QList<DocumentId>& documents)
{
    QItemSelection selection;
    for (DocumentId id : documents) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
        if (index.isValid())
            selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_view->selectionModel()->setCurrentIndex(selection.constFirst().topLeft(), QItemSelectionModel::NoUpdate);
}

void DocumentsDock::fitColumns()
{
    const int width = m_view->viewport()->width();
    if (width <= 0)
        return;
    // The title (stretched) keeps at least half: it is what a row is recognised by. The date and
    // the count are short and shown whole (within a bound); the outlet gets what is left, elided,
    // and is hidden when that is next to nothing (it is in the tooltip and in each column's header).
    QHeaderView* header = m_view->horizontalHeader();
    const int padding = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 4;
    const auto wanted = [&](int column) {
        int size = header->sectionSizeHint(column);
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QString text = m_proxy->index(row, column).data().toString();
            size = std::max(size, m_view->fontMetrics().horizontalAdvance(text) + 2 * padding);
        }
        return size;
    };
    const int least = header->minimumSectionSize();
    const int date = std::clamp(wanted(DocumentModel::DateColumn), least, std::max(least, width * 3 / 10));
    const int count = std::clamp(wanted(DocumentModel::AnnotationsColumn), least, std::max(least, width * 3 / 20));
    const int outlet = std::min(wanted(DocumentModel::OutletColumn), width - width / 2 - date - count);
    const bool showOutlet = outlet >= m_view->fontMetrics().horizontalAdvance(QStringLiteral("MMM"));
    header->resizeSection(DocumentModel::DateColumn, date);
    header->resizeSection(DocumentModel::AnnotationsColumn, count);
    m_view->setColumnHidden(DocumentModel::OutletColumn, !showOutlet);
    if (showOutlet)
        header->resizeSection(DocumentModel::OutletColumn, outlet);
}

bool DocumentsDock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &DocumentsDock::fitColumns, Qt::QueuedConnection);
    // Down in the filter field continues into the table, as in a search-as-you-type list.
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
        m_view->setFocus(Qt::TabFocusReason);
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
}

void DocumentsDock::requestCompare()
{
    const QList<DocumentId> ids = selectedDocuments();
    if (!ids.isEmpty())
        Q_EMIT compareRequested(ids);
}

void DocumentsDock::updateActions()
{
    const qsizetype count = m_view->selectionModel()->selectedRows().size();
    m_compareAction->setEnabled(count > 0);
    m_compareButton->setEnabled(count > 0);
    m_openAction->setEnabled(count > 0);
    m_propertiesAction->setEnabled(count > 0);
}

void DocumentsDock::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.addAction(m_openAction);
    menu.addAction(m_compareAction);
    menu.addSeparator();
    menu.addAction(m_propertiesAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Crossread
