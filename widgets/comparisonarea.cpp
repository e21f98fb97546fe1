// SPDX-License-Identifier: MIT
#include "comparisonarea.h"

#include "documentcolumn.h"
#include "documentview.h"
#include "store/projectstore.h"

#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedLayout>

namespace Crossread {

ComparisonArea::ComparisonArea(ProjectStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_placeholder(new QLabel(this))
    , m_stack(new QStackedLayout(this))
{
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(6);
    m_placeholder->setText(tr("<p style=\"font-size:large\">No document open</p>"
                              "<p>Double-click a document in the <b>Documents</b> list, or select several and choose "
                              "<b>Compare side by side</b>.</p><p>Use <b>File ▸ Import…</b> to add articles.</p>"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(40);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_splitter);
    m_font = font();
    m_font.setPointSizeF(std::max<qreal>(m_font.pointSizeF(), 10.5) * 1.1);
    connect(m_store, &ProjectStore::documentRemoved, this, [this](DocumentId id) {
        for (int i = columnCount() - 1; i >= 0; --i) {
            if (column(i)->documentId() == id || column(i)->documentId() == 0)
                closeColumn(i);
        }
    });
    connect(m_store, &ProjectStore::projectClosed, this, &ComparisonArea::closeAll);
}

QSize ComparisonArea::sizeHint() const
{
    return minimumSizeHint();
}

int ComparisonArea::columnCount() const
{
    return m_splitter->count();
}

DocumentColumn* ComparisonArea::column(int index) const
{
    return qobject_cast<DocumentColumn*>(m_splitter->widget(index));
}

QList<DocumentId> ComparisonArea::documentIds() const
{
    QList<DocumentId> ids;
    for (int i = 0; i < columnCount(); ++i)
        ids.append(column(i)->documentId());
    return ids;
}

DocumentColumn* ComparisonArea::currentColumn() const
{
    if (m_current)
        return m_current;
    return columnCount() > 0 ? column(0) : nullptr;
}

DocumentView* ComparisonArea::currentView() const
{
    DocumentColumn* c = currentColumn();
    return c ? c->view() : nullptr;
}

DocumentView* ComparisonArea::viewFor(DocumentId id) const
{
    for (int i = 0; i < columnCount(); ++i) {
        if (column(i)->documentId() == id)
            return column(i)->view();
    }
    return nullptr;
}

QFont ComparisonArea::effectiveFont() const
{
    QFont f = m_font;
    f.setPointSizeF(std::max<qreal>(4, m_font.pointSizeF() + m_zoom));
    return f;
}

DocumentColumn* ComparisonArea::createColumn(DocumentId id)
{
    auto* c = new DocumentColumn(m_store, m_splitter);
    DocumentView* v = c->view();
    v->setFont(effectiveFont());
    v->setSnapToWords(m_snapToWords);
    v->setContextActions(m_contextActions);
    c->setDocument(id);
    connect(c, &DocumentColumn::closeRequested, this, [this, c] { closeColumn(m_splitter->indexOf(c)); });
    connect(c, &DocumentColumn::propertiesRequested, this, &ComparisonArea::propertiesRequested);
    connect(c, &DocumentColumn::moveRequested, this, [this, c](int delta) {
        const int from = m_splitter->indexOf(c);
        moveColumn(from, from + delta);
    });
    connect(v, &DocumentView::focusReceived, this, [this, c] { setCurrentColumn(c); });
    connect(v, &DocumentView::annotationClicked, this, [this, c](AnnotationId a) {
        setCurrentColumn(c);
        Q_EMIT annotationClicked(a);
    });
    connect(v->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, v] { syncScroll(v); });
    m_splitter->addWidget(c);
    return c;
}

void ComparisonArea::openDocuments(const QList<DocumentId>& ids)
{
    closeAll();
    for (DocumentId id : ids) {
        if (columnCount() >= MaxColumns)
            break;
        if (id != 0 && !viewFor(id))
            createColumn(id);
    }
    // Equal widths: the splitter otherwise keeps the first column's size hint.
    m_splitter->setSizes(QList<int>(columnCount(), 1000));
    refreshColumns();
    if (columnCount() > 0)
        setCurrentColumn(column(0));
}

DocumentColumn* ComparisonArea::addDocument(DocumentId id)
{
    if (DocumentView* open = viewFor(id)) {
        auto* c = qobject_cast<DocumentColumn*>(open->parentWidget());
        setCurrentColumn(c);
        open->setFocus();
        return c;
    }
    if (columnCount() >= MaxColumns || id == 0)
        return nullptr;
    DocumentColumn* c = createColumn(id);
    m_splitter->setSizes(QList<int>(columnCount(), 1000));
    refreshColumns();
    setCurrentColumn(c);
    return c;
}

void ComparisonArea::closeColumn(int index)
{
    DocumentColumn* c = column(index);
    if (!c)
        return;
    c->hide();
    c->setParent(nullptr);
    c->deleteLater();
    if (m_current == c)
        m_current = nullptr;
    refreshColumns();
    setCurrentColumn(currentColumn());
}

void ComparisonArea::closeAll()
{
    while (columnCount() > 0)
        closeColumn(columnCount() - 1);
}

void ComparisonArea::moveColumn(int from, int to)
{
    if (from < 0 || from >= columnCount() || to < 0 || to >= columnCount() || from == to)
        return;
    const QList<int> sizes = m_splitter->sizes();
    m_splitter->insertWidget(to, column(from));
    QList<int> moved = sizes;
    moved.move(from, to);
    m_splitter->setSizes(moved);
    refreshColumns();
}

void ComparisonArea::refreshColumns()
{
    const int n = columnCount();
    for (int i = 0; i < n; ++i)
        column(i)->setMoveEnabled(i > 0, i + 1 < n);
    m_stack->setCurrentWidget(n > 0 ? static_cast<QWidget*>(m_splitter) : m_placeholder);
    Q_EMIT columnsChanged();
}

void ComparisonArea::setCurrentColumn(DocumentColumn* c)
{
    if (m_current == c && c)
        return;
    if (m_current)
        m_current->setCurrent(false);
    m_current = c;
    if (c)
        c->setCurrent(columnCount() > 1);
    Q_EMIT currentViewChanged(c ? c->view() : nullptr);
}

void ComparisonArea::syncScroll(DocumentView* source)
{
    if (!m_syncScrolling || m_syncing)
        return;
    m_syncing = true;
    const QScrollBar* s = source->verticalScrollBar();
    const double fraction = s->maximum() > 0 ? double(s->value()) / s->maximum() : 0.0;
    for (int i = 0; i < columnCount(); ++i) {
        QScrollBar* other = column(i)->view()->verticalScrollBar();
        if (column(i)->view() != source)
            other->setValue(int(fraction * other->maximum() + 0.5));
    }
    m_syncing = false;
}

void ComparisonArea::setZoom(int steps)
{
    m_zoom = std::clamp(steps, -8, 24);
    for (int i = 0; i < columnCount(); ++i)
        column(i)->view()->setFont(effectiveFont());
}

void ComparisonArea::setViewFont(const QFont& f)
{
    m_font = f;
    setZoom(m_zoom);
}

void ComparisonArea::setSnapToWords(bool snap)
{
    m_snapToWords = snap;
    for (int i = 0; i < columnCount(); ++i)
        column(i)->view()->setSnapToWords(snap);
}

void ComparisonArea::setContextActions(const QList<QAction*>& actions)
{
    m_contextActions = actions;
    for (int i = 0; i < columnCount(); ++i)
        column(i)->view()->setContextActions(actions);
}

} // namespace Crossread
