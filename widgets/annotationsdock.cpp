// SPDX-License-Identifier: MIT
#include "annotationsdock.h"

#include "annotationfiltermodel.h"
#include "annotationmodel.h"
#include "claimcolumnproxy.h"
#include "roles.h"
#include "store/builtins.h"
#include "store/projectstore.h"
#include "tagmodel.h"
#include "tagswatch.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace Crossread {

namespace {

constexpr int AnyVerdictRow = 0;
constexpr int NoVerdictRow = 1;

/// Refills `combo` keeping the current item's data when it is still offered.
template<typename Fill>
void refill(QComboBox* combo, Fill fill)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    fill();
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

AnnotationsDock::AnnotationsDock(ProjectStore* store, QWidget* parent)
    : QDockWidget(tr("Annotations"), parent)
    , m_store(store)
    , m_model(new AnnotationModel(store, this))
    , m_proxy(new AnnotationFilterModel(this))
    , m_tags(new TagModel(store, this))
    , m_text(new QLineEdit)
    , m_tagCombo(new QComboBox)
    , m_documentCombo(new QComboBox)
    , m_verdictCombo(new QComboBox)
    , m_view(new QTableView)
    , m_count(new QLabel)
    , m_goToAction(new QAction(tr("&Go to Passage"), this))
    , m_deleteAction(new QAction(tr("&Delete Annotation"), this))
{
    setObjectName(QStringLiteral("AnnotationsDock"));
    // The Claim column (issue 9) sits between the annotations and the filter: sortable, and the
    // text filter finds a claim's anchors by its title.
    auto* claims = new ClaimColumnProxy(store, this);
    claims->setSourceModel(m_model);
    m_proxy->setSourceModel(claims);

    m_view->setObjectName(QStringLiteral("annotationsTable"));
    m_view->setAccessibleName(tr("Annotations"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AnnotationModel::DocumentColumn, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(AnnotationModel::QuoteColumn, QHeaderView::Stretch);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, &AnnotationsDock::showContextMenu);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const AnnotationId id = index.data(AnnotationIdRole).toLongLong())
            Q_EMIT annotationActivated(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const AnnotationId id = current.data(AnnotationIdRole).toLongLong();
                m_goToAction->setEnabled(id != 0);
                m_deleteAction->setEnabled(id != 0 && !m_store->isReadOnly());
                if (!m_selecting)
                    Q_EMIT currentAnnotationChanged(id);
            });

    m_goToAction->setEnabled(false);
    connect(m_goToAction, &QAction::triggered, this, [this] {
        if (const AnnotationId id = currentAnnotation())
            Q_EMIT annotationActivated(id);
    });
    m_deleteAction->setEnabled(false);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        if (const AnnotationId id = currentAnnotation())
            m_store->removeAnnotation(id);
    });

    buildFilterRow();

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_text, 2);
    filters->addWidget(m_tagCombo, 1);
    filters->addWidget(m_documentCombo, 1);
    filters->addWidget(m_verdictCombo, 1);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    setWidget(content);
    setFocusProxy(m_view);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &AnnotationsDock::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AnnotationsDock::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AnnotationsDock::updateCount);

    const auto tagsChanged = [this] { fillTagCombo(); };
    connect(store, &ProjectStore::tagAdded, this, tagsChanged);
    connect(store, &ProjectStore::tagRemoved, this, tagsChanged);
    connect(store, &ProjectStore::tagChanged, this, tagsChanged);
    const auto documentsChanged = [this] { fillDocumentCombo(); };
    connect(store, &ProjectStore::documentAdded, this, documentsChanged);
    connect(store, &ProjectStore::documentRemoved, this, documentsChanged);
    connect(store, &ProjectStore::documentChanged, this, documentsChanged);
    connect(store, &ProjectStore::settingsChanged, this, &AnnotationsDock::fillVerdictCombo);
    for (auto signal : {&ProjectStore::projectOpened, &ProjectStore::projectClosed}) {
        connect(store, signal, this, [this] {
            fillTagCombo();
            fillDocumentCombo();
            fillVerdictCombo();
        });
    }
    fillTagCombo();
    fillDocumentCombo();
    fillVerdictCombo();
    updateCount();
}

AnnotationsDock::~AnnotationsDock() = default;

AnnotationId AnnotationsDock::currentAnnotation() const
{
    return m_view->currentIndex().data(AnnotationIdRole).toLongLong();
}

void AnnotationsDock::selectAnnotation(AnnotationId id)
{
    const QModelIndex source = m_model->indexOf(id, AnnotationModel::DocumentColumn);
    const QModelIndex index = source.isValid()
        ? m_proxy->mapFromSource(m_proxy->sourceModel()->index(source.row(), source.column()))
        : QModelIndex();
    m_selecting = true;
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clearSelection();
        m_view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    }
    m_selecting = false;
}

bool AnnotationsDock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
        m_view->setFocus(Qt::TabFocusReason);
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
}

void AnnotationsDock::buildFilterRow()
{
    m_text->setObjectName(QStringLiteral("annotationFilterText"));
    m_text->setPlaceholderText(tr("Filter annotations…"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter annotations by text"));
    m_text->setToolTip(tr("Show only annotations whose quote, note, tags, speaker, verdict or document "
                          "contain all of these words"));
    m_text->installEventFilter(this);
    connect(m_text, &QLineEdit::textChanged, m_proxy, &AnnotationFilterModel::setTextFilter);

    m_tagCombo->setObjectName(QStringLiteral("annotationTagFilter"));
    m_tagCombo->setAccessibleName(tr("Filter by tag"));
    m_tagCombo->setToolTip(tr("Show only annotations with this tag or one of its subtags"));
    connect(m_tagCombo, &QComboBox::currentIndexChanged, this, &AnnotationsDock::applyTagFilter);

    m_documentCombo->setObjectName(QStringLiteral("annotationDocumentFilter"));
    m_documentCombo->setAccessibleName(tr("Filter by document"));
    m_documentCombo->setToolTip(tr("Show only annotations in this document"));
    connect(m_documentCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setDocumentFilter(m_documentCombo->currentData().toLongLong()); });

    m_verdictCombo->setObjectName(QStringLiteral("annotationVerdictFilter"));
    m_verdictCombo->setAccessibleName(tr("Filter by verdict"));
    m_verdictCombo->setToolTip(tr("Show only annotations with this verdict"));
    connect(m_verdictCombo, &QComboBox::currentIndexChanged, this, &AnnotationsDock::applyVerdictFilter);
    // Sized by their longest item (a document title), the filters made the bottom dock so wide
    // that the Documents list and the inspector beside it were squeezed to slivers.
    for (QComboBox* combo : {m_tagCombo, m_documentCombo, m_verdictCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }

    m_count->setObjectName(QStringLiteral("annotationCount"));
}

void AnnotationsDock::fillTagCombo()
{
    refill(m_tagCombo, [this] {
        m_tagCombo->addItem(tr("All tags"), TagId(0));
        QList<int> depth;
        const QList<TagId> order = m_tags->tagsInTreeOrder(&depth);
        for (qsizetype i = 0; i < order.size(); ++i) {
            const Tag tag = m_tags->tag(order.at(i));
            // Em spaces indent subtags; the combo has no tree of its own.
            m_tagCombo->addItem(tagSwatch(tag.color), QString(depth.at(i), QChar(0x2003)) + tag.name, tag.id);
        }
    });
    applyTagFilter();
}

void AnnotationsDock::fillDocumentCombo()
{
    QList<std::pair<DocumentId, QString>> documents;
    if (m_store->isOpen()) {
        for (const Document& doc : m_store->documents())
            documents.append({doc.id, doc.meta.title.isEmpty() ? doc.originalFileName : doc.meta.title});
    }
    // documentChanged also comes with every annotation added; leave the combo alone then.
    bool same = m_documentCombo->count() == documents.size() + 1;
    for (qsizetype i = 0; same && i < documents.size(); ++i) {
        same = m_documentCombo->itemData(int(i) + 1).toLongLong() == documents.at(i).first
            && m_documentCombo->itemText(int(i) + 1) == documents.at(i).second;
    }
    if (same)
        return;
    refill(m_documentCombo, [&] {
        m_documentCombo->addItem(tr("All documents"), DocumentId(0));
        for (const auto& [id, title] : std::as_const(documents)) {
            m_documentCombo->addItem(title, id);
            m_documentCombo->setItemData(m_documentCombo->count() - 1, title, Qt::ToolTipRole);
        }
    });
    m_proxy->setDocumentFilter(m_documentCombo->currentData().toLongLong());
}

void AnnotationsDock::fillVerdictCombo()
{
    const QString currentVerdict = m_verdictCombo->currentIndex() > NoVerdictRow ? m_verdictCombo->currentData().toString()
                                                                                  : QString();
    const int currentRow = m_verdictCombo->currentIndex();
    const QSignalBlocker blocker(m_verdictCombo);
    m_verdictCombo->clear();
    m_verdictCombo->addItem(tr("Any verdict"));
    m_verdictCombo->addItem(tr("No verdict"));
    // Shown by label, filtered by what is stored (a built-in's key, see store/builtins.h).
    if (m_store->isOpen()) {
        for (const QString& rating : m_store->ratingScale())
            m_verdictCombo->addItem(Builtins::ratingLabel(rating), rating);
    }
    const int found = currentVerdict.isEmpty() ? -1 : m_verdictCombo->findData(currentVerdict);
    m_verdictCombo->setCurrentIndex(found >= 0 ? found : (currentRow == NoVerdictRow ? NoVerdictRow : AnyVerdictRow));
    applyVerdictFilter();
}

void AnnotationsDock::applyTagFilter()
{
    const TagId tag = m_tagCombo->currentData().toLongLong();
    m_proxy->setTagFilter(tag == 0 ? QSet<TagId>() : m_tags->subtree(tag));
}

void AnnotationsDock::applyVerdictFilter()
{
    const int row = m_verdictCombo->currentIndex();
    if (row <= AnyVerdictRow)
        m_proxy->setVerdictFilter(std::nullopt);
    else if (row == NoVerdictRow)
        m_proxy->setVerdictFilter(QString());
    else
        m_proxy->setVerdictFilter(m_verdictCombo->currentData().toString());
}

void AnnotationsDock::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n annotation(s)", nullptr, total)
                                    : tr("%1 of %n annotation(s) shown", nullptr, total).arg(shown));
}

void AnnotationsDock::showContextMenu(const QPoint& pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_goToAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Crossread
