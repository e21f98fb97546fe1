// SPDX-License-Identifier: MIT
#include "documentsdock.h"

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
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace Crossread {

DocumentsDock::DocumentsDock(ProjectStore* store, QWidget* parent)
    : QDockWidget(tr("Documents"), parent)
    , m_model(new DocumentModel(store, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit)
    , m_view(new QTableView)
    , m_compareButton(new QPushButton(tr("&Compare side by side")))
    , m_compareAction(new QAction(tr("Compare Side by Side"), this))
    , m_openAction(new QAction(tr("Open"), this))
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
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // The title takes what the short columns leave; a dock is too narrow for a horizontal
    // scrollbar to be of use, so long titles are elided instead (the full title is in the tooltip).
    QHeaderView* header = m_view->horizontalHeader();
    header->setMinimumSectionSize(24);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DocumentModel::TitleColumn, QHeaderView::Stretch);
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

    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setToolTip(tr("%1 (%2)", "tool tip (shortcut)")
                                    .arg(m_compareAction->toolTip(),
                                         m_compareAction->shortcut().toString(QKeySequence::NativeText)));
    m_compareButton->setAccessibleName(tr("Compare side by side"));
    connect(m_compareButton, &QPushButton::clicked, this, &DocumentsDock::requestCompare);

    // A fixed height keeps the button whole when the dock is short; the table gives way instead.
    m_compareButton->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch();
    buttons->addWidget(m_compareButton);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setWidget(content);
    setFocusProxy(m_view);
    updateActions();
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

bool DocumentsDock::eventFilter(QObject* watched, QEvent* event)
{
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
}

void DocumentsDock::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.addAction(m_openAction);
    menu.addAction(m_compareAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Crossread
