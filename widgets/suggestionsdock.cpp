// SPDX-License-Identifier: MIT
#include "suggestionsdock.h"

#include "suggestionmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Crossread {

SuggestionsDock::SuggestionsDock(ProjectStore* store, QWidget* parent)
    : QDockWidget(tr("Suggestions"), parent)
    , m_store(store)
    , m_model(new SuggestionModel(store, this))
    , m_view(new QTreeView)
    , m_accept(new QPushButton(tr("&Accept")))
    , m_reject(new QPushButton(tr("&Reject")))
    , m_kind(new QComboBox)
    , m_acceptAll(new QPushButton(tr("Accept a&ll")))
{
    setObjectName(QStringLiteral("SuggestionsDock"));
    m_view->setObjectName(QStringLiteral("suggestionView"));
    m_view->setAccessibleName(tr("Suggested annotations"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->setToolTip(tr("Suggested annotations for this document. Enter accepts, Delete rejects."));
    for (const SuggestionKind k : {SuggestionKind::Attribution, SuggestionKind::Claim, SuggestionKind::Unverified})
        m_kind->addItem(suggestionKindLabel(k), int(k));
    m_kind->setToolTip(tr("The kind that \"Accept all\" accepts"));

    // The bulk action on a row of its own: in one row the four controls made the dock (tabbed
    // with the documents) 350 px at least, and with four columns open the window had to grow.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addStretch();
    auto* bulk = new QHBoxLayout;
    bulk->addWidget(m_kind, 1);
    bulk->addWidget(m_acceptAll);
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    layout->addLayout(bulk);
    setWidget(box);

    // Shortcuts live on the view so that they act only when the list has focus.
    auto* acceptAction = new QAction(tr("Accept suggestion"), m_view);
    acceptAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    acceptAction->setShortcutContext(Qt::WidgetShortcut);
    auto* rejectAction = new QAction(tr("Reject suggestion"), m_view);
    rejectAction->setShortcut(QKeySequence::Delete);
    rejectAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addActions({acceptAction, rejectAction});
    connect(acceptAction, &QAction::triggered, this, &SuggestionsDock::acceptSelected);
    connect(rejectAction, &QAction::triggered, this, &SuggestionsDock::rejectSelected);
    connect(m_accept, &QPushButton::clicked, this, &SuggestionsDock::acceptSelected);
    connect(m_reject, &QPushButton::clicked, this, &SuggestionsDock::rejectSelected);
    connect(m_acceptAll, &QPushButton::clicked, this, &SuggestionsDock::acceptAllOfKind);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SuggestionsDock::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SuggestionsDock::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SuggestionsDock::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SuggestionsDock::updateButtons);
    // Selecting one suggestion (mouse or keyboard) shows its passage; a multiple selection does not jump.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.size() == 1)
            Q_EMIT suggestionActivated(m_model->document(), rows.first().data(SuggestionModel::StartRole).toLongLong(),
                                       rows.first().data(SuggestionModel::EndRole).toLongLong());
    });
    updateButtons();
}

SuggestionsDock::~SuggestionsDock() = default;

void SuggestionsDock::setDocument(DocumentId id)
{
    m_model->setDocument(id);
    m_view->resizeColumnToContents(SuggestionModel::KindColumn);
}

QList<int> SuggestionsDock::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void SuggestionsDock::acceptSelected()
{
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty())
        m_model->accept(rows);
}

void SuggestionsDock::acceptAllOfKind()
{
    m_model->acceptAll(SuggestionKind(m_kind->currentData().toInt()));
}

void SuggestionsDock::rejectSelected()
{
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty())
        m_model->reject(rows);
}

void SuggestionsDock::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_accept->setEnabled(selected);
    m_reject->setEnabled(selected);
    m_acceptAll->setEnabled(m_model->rowCount() > 0);
}

} // namespace Crossread
