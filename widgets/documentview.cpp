// SPDX-License-Identifier: MIT
#include "documentview.h"

#include "cuelayer.h"
#include "cues/cuescanner.h"
#include "store/projectstore.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>

namespace Crossread {

namespace {

constexpr int FlashSteps = 6;

// QTextDocument folds "\r\n" into one block break, which would shift every later offset by
// one. Replacing characters one for one keeps UTF-16 positions identical to the stored text.
QString displayText(const QString& stored)
{
    if (!stored.contains(QLatin1Char('\r')))
        return stored;
    QString out = stored;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i) == QLatin1Char('\r'))
            out[i] = (i + 1 < out.size() && out.at(i + 1) == QLatin1Char('\n')) ? QLatin1Char(' ') : QLatin1Char('\n');
    }
    return out;
}

bool isWordChar(const QString& text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return false;
    const QChar c = text.at(i);
    if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate())
        return true;
    // Apostrophes and hyphens belong to a word only between letters ("minister’s", "well-known").
    const bool joiner = c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-');
    return joiner && i > 0 && i + 1 < text.size() && text.at(i - 1).isLetterOrNumber() && text.at(i + 1).isLetterOrNumber();
}

} // namespace

DocumentView::DocumentView(ProjectStore* store, QWidget* parent)
    : QPlainTextEdit(parent)
    , m_store(store)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Document text"));
    document()->setDocumentMargin(14);
    setMouseTracking(true);
    m_flashTimer.setInterval(110);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        if (++m_flashStep >= FlashSteps) {
            m_flashTimer.stop();
            m_flashStep = 0;
        }
        updateAnnotation(m_flashing);
        if (!m_flashTimer.isActive())
            m_flashing = 0;
    });

    connect(m_store, &ProjectStore::annotationAdded, this, &DocumentView::onAnnotationAdded);
    connect(m_store, &ProjectStore::annotationRemoved, this, &DocumentView::onAnnotationRemoved);
    connect(m_store, &ProjectStore::annotationChanged, this, &DocumentView::onAnnotationChanged);
    connect(m_store, &ProjectStore::tagAdded, this, &DocumentView::reloadTagStyles);
    connect(m_store, &ProjectStore::tagChanged, this, &DocumentView::reloadTagStyles);
    connect(m_store, &ProjectStore::tagRemoved, this, &DocumentView::reloadTagStyles);
    connect(m_store, &ProjectStore::projectClosed, this, &DocumentView::clearView);
    connect(m_store, &ProjectStore::documentRemoved, this, [this](DocumentId id) {
        if (id == m_documentId)
            clearView();
    });
}

DocumentView::~DocumentView() = default;

void DocumentView::clearView()
{
    setDocument(0);
}

void DocumentView::setDocument(DocumentId id)
{
    m_index.clear();
    m_info.clear();
    m_selected = 0;
    m_flashing = 0;
    m_flashTimer.stop();
    m_documentId = 0;
    const std::optional<Document> doc = id != 0 ? m_store->document(id) : std::nullopt;
    if (!doc) {
        m_offsets = OffsetMap();
        setPlainText(QString());
        feedCueLayer();
        return;
    }
    m_documentId = id;
    m_offsets = OffsetMap(doc->text);
    reloadTagStyles();
    const QList<Annotation> annotations = m_store->annotations(id);
    std::vector<AnnotationIndex::Entry> entries;
    entries.reserve(size_t(annotations.size()));
    m_info.reserve(annotations.size());
    for (const Annotation& a : annotations) {
        entries.push_back({a.id, a.start, a.end});
        m_info.insert(a.id, Info{a.tags, a.orphaned});
    }
    m_index.reset(std::move(entries));
    setPlainText(displayText(doc->text));
    feedCueLayer();
}

void DocumentView::setCueLayer(CueLayer* layer)
{
    if (m_cueLayer == layer)
        return;
    if (m_cueLayer)
        disconnect(m_cueLayer, nullptr, this, nullptr);
    m_cueLayer = layer;
    if (m_cueLayer)
        connect(m_cueLayer, &CueLayer::changed, this, [this] { viewport()->update(); });
    feedCueLayer();
    viewport()->update();
}

void DocumentView::feedCueLayer()
{
    if (!m_cueLayer)
        return;
    if (m_documentId == 0) {
        m_cueLayer->setText(QString());
        return;
    }
    m_cueLayer->setLexicon(CueScanner::lexiconFromSetting(m_store->setting(CueScanner::lexiconSettingKey())));
    m_cueLayer->setText(m_store->documentText(m_documentId));
}

void DocumentView::reloadTagStyles()
{
    m_tagStyles.clear();
    const QList<Tag> tags = m_store->tags();
    int nextLane = 3;
    for (const Tag& t : tags) {
        // The built-ins keep fixed lanes so a claim nested in an attribution always reads the same.
        int lane = nextLane++ % 3;
        if (t.builtin == QLatin1String("claim"))
            lane = 0, --nextLane;
        else if (t.builtin == QLatin1String("attribution"))
            lane = 1, --nextLane;
        else if (t.builtin == QLatin1String("unverified"))
            lane = 2, --nextLane;
        m_tagStyles.insert(t.id, TagStyle{t.color, lane});
    }
    viewport()->update();
}

void DocumentView::remember(const Annotation& a)
{
    m_index.insert({a.id, a.start, a.end});
    m_info.insert(a.id, Info{a.tags, a.orphaned});
}

void DocumentView::onAnnotationAdded(AnnotationId id, DocumentId document)
{
    if (document != m_documentId || m_documentId == 0)
        return;
    if (const std::optional<Annotation> a = m_store->annotation(id)) {
        remember(*a);
        updateRange(a->start, a->end);
    }
}

void DocumentView::onAnnotationRemoved(AnnotationId id, DocumentId document)
{
    if (document != m_documentId)
        return;
    const std::optional<AnnotationIndex::Entry> old = m_index.entry(id);
    if (!old)
        return;
    m_index.remove(id);
    m_info.remove(id);
    if (m_selected == id)
        setSelectedAnnotation(0);
    updateRange(old->start, old->end);
}

void DocumentView::onAnnotationChanged(AnnotationId id, DocumentId document)
{
    if (document != m_documentId)
        return;
    const std::optional<AnnotationIndex::Entry> old = m_index.entry(id);
    const std::optional<Annotation> a = m_store->annotation(id);
    if (old)
        updateRange(old->start, old->end);
    if (a) {
        remember(*a);
        updateRange(a->start, a->end);
    }
}

void DocumentView::updateAnnotation(AnnotationId id)
{
    if (const std::optional<AnnotationIndex::Entry> e = m_index.entry(id))
        updateRange(e->start, e->end);
}

void DocumentView::updateRange(qint64 start, qint64 end)
{
    const qint64 u1 = m_offsets.toUtf16(start);
    const qint64 u2 = std::max(m_offsets.toUtf16(end), u1 + 1);
    const QRect vp = viewport()->rect();
    QRectF dirty;
    for (QTextBlock b = firstVisibleBlock(); b.isValid(); b = b.next()) {
        const QRectF r = blockBoundingGeometry(b).translated(contentOffset());
        if (r.top() > vp.bottom())
            break;
        if (b.position() < u2 && b.position() + b.length() > u1)
            dirty |= r;
    }
    if (!dirty.isEmpty()) // the lanes and outlines reach a little outside the block
        viewport()->update(dirty.toAlignedRect().adjusted(-3, -3, 3, 12) & vp);
}

bool DocumentView::hasSelectedRange() const
{
    const auto [s, e] = selectedRange();
    return e > s;
}

std::pair<qint64, qint64> DocumentView::selectedRange() const
{
    const QTextCursor c = textCursor();
    qsizetype s = c.selectionStart();
    qsizetype e = c.selectionEnd();
    if (s >= e)
        return {m_offsets.toCodePoint(s), m_offsets.toCodePoint(s)};
    if (m_snapToWords) {
        const QTextDocument* doc = document();
        const QString text = doc->toPlainText(); // only on a user action, never while painting
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        if (s < e) {
            while (isWordChar(text, s - 1) && isWordChar(text, s))
                --s;
            while (isWordChar(text, e) && isWordChar(text, e - 1))
                ++e;
        }
    }
    return {m_offsets.toCodePoint(s), m_offsets.toCodePoint(e)};
}

void DocumentView::selectRange(qint64 start, qint64 end)
{
    QTextCursor c(document());
    c.setPosition(int(m_offsets.toUtf16(start)));
    c.setPosition(int(m_offsets.toUtf16(end)), QTextCursor::KeepAnchor);
    setTextCursor(c);
}

qint64 DocumentView::caretCodePoint() const
{
    return m_offsets.toCodePoint(textCursor().position());
}

QList<AnnotationId> DocumentView::annotationsAt(qint64 position) const
{
    std::vector<AnnotationIndex::Entry> hits = m_index.overlapping(position, position + 1);
    // Innermost last: longer ranges first.
    std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.end - a.start > b.end - b.start; });
    QList<AnnotationId> out;
    for (const auto& e : hits)
        out.append(e.id);
    return out;
}

void DocumentView::setSelectedAnnotation(AnnotationId id)
{
    if (id == m_selected)
        return;
    const AnnotationId old = m_selected;
    m_selected = m_index.contains(id) ? id : 0;
    updateAnnotation(old);
    updateAnnotation(m_selected);
    Q_EMIT selectedAnnotationChanged(m_selected);
}

bool DocumentView::revealAnnotation(AnnotationId id)
{
    const std::optional<AnnotationIndex::Entry> e = m_index.entry(id);
    if (!e)
        return false;
    QTextCursor c(document());
    c.setPosition(int(m_offsets.toUtf16(e->start)));
    setTextCursor(c);
    centerCursor();
    setSelectedAnnotation(id);
    m_flashing = id;
    m_flashStep = 0;
    m_flashTimer.start();
    updateAnnotation(id);
    return true;
}

AnnotationId DocumentView::stepAnnotation(bool forward)
{
    if (m_index.isEmpty())
        return 0;
    std::optional<AnnotationIndex::Entry> from = m_index.entry(m_selected);
    // Walk in (start, end, id) order so annotations starting at the same place are all visited.
    const auto& all = m_index.entries();
    std::optional<AnnotationIndex::Entry> target;
    if (from) {
        const auto it = std::find(all.begin(), all.end(), *from);
        if (forward)
            target = (it + 1 != all.end()) ? *(it + 1) : all.front();
        else
            target = (it != all.begin()) ? *(it - 1) : all.back();
    } else {
        const qint64 caret = caretCodePoint();
        target = forward ? m_index.nextAfter(caret, true) : m_index.previousBefore(caret);
        if (!target)
            target = forward ? all.front() : all.back();
    }
    revealAnnotation(target->id);
    Q_EMIT annotationClicked(target->id);
    return target->id;
}

void DocumentView::mouseReleaseEvent(QMouseEvent* event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const AnnotationId id = annotationAt(event->position().toPoint());
    setSelectedAnnotation(id);
    if (id != 0)
        Q_EMIT annotationClicked(id);
}

void DocumentView::keyPressEvent(QKeyEvent* event)
{
    // Enter on a caret inside an annotation picks it, so the inspector is reachable without a mouse.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !textCursor().hasSelection()) {
        const QList<AnnotationId> here = annotationsAt(caretCodePoint());
        if (!here.isEmpty()) {
            setSelectedAnnotation(here.last());
            Q_EMIT annotationClicked(here.last());
            return;
        }
    }
    if (event->key() == Qt::Key_Escape && m_selected != 0) {
        setSelectedAnnotation(0);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void DocumentView::focusInEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusInEvent(event);
    Q_EMIT focusReceived();
}

void DocumentView::contextMenuEvent(QContextMenuEvent* event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    if (!m_contextActions.isEmpty()) {
        QAction* first = menu->actions().value(0);
        menu->insertActions(first, m_contextActions);
        menu->insertSeparator(first);
    }
    menu->exec(event->globalPos());
}

void DocumentView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        viewport()->update();
}

} // namespace Crossread
