// SPDX-License-Identifier: MIT
#pragma once

#include "cuelayer.h"
#include "store/types.h"
#include "text/annotationindex.h"
#include "text/offsets.h"

#include <QHash>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTimer>
#include <utility>

namespace Crossread {

class ProjectStore;

/// A read-only view of one stored document that paints its annotations itself.
///
/// Highlights are neither ExtraSelections nor character formats: both cost time per annotation
/// for the whole document (10,000 ExtraSelections take half a second to set). Instead the view
/// keeps an interval index of the annotation ranges and, in paintEvent, asks it only for the
/// blocks on screen: a translucent fill per annotation (overlaps blend), one underline lane per
/// tag so nested or overlapping annotations stay distinguishable, a dashed red outline for
/// orphans and an outline for the selected one. Adding or removing an annotation repaints the
/// rectangles of its visible blocks; the text is never touched, so nothing is laid out again.
class DocumentView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentView)

public:
    explicit DocumentView(ProjectStore* store, QWidget* parent = nullptr);
    ~DocumentView() override;

    /// Shows document `id` (0 clears the view).
    void setDocument(DocumentId id);
    DocumentId documentId() const { return m_documentId; }

    /// The selection in code points of the stored text, [start, end); snapped to whole words
    /// (and trimmed of surrounding spaces) when snapToWords() is on. Empty when nothing is selected.
    std::pair<qint64, qint64> selectedRange() const;
    bool hasSelectedRange() const;
    void setSnapToWords(bool snap) { m_snapToWords = snap; }
    bool snapToWords() const { return m_snapToWords; }
    /// Selects code points [start, end) like a user would (the caret ends at `end`).
    void selectRange(qint64 start, qint64 end);

    /// The innermost annotation painted under `viewportPos` (viewport coordinates), or 0.
    AnnotationId annotationAt(const QPoint& viewportPos) const;
    /// The viewport rectangles (one per line) an annotation covers on screen now.
    QList<QRectF> annotationRects(AnnotationId id) const;
    /// The annotations covering code point `position`, innermost last.
    QList<AnnotationId> annotationsAt(qint64 position) const;

    AnnotationId selectedAnnotation() const { return m_selected; }
    void setSelectedAnnotation(AnnotationId id);
    /// Scrolls the annotation into view, selects it and flashes it briefly.
    bool revealAnnotation(AnnotationId id);
    /// Moves to the next (or previous) annotation from the caret or the selected one, wrapping
    /// around; returns its id or 0 when the document has none.
    AnnotationId stepAnnotation(bool forward);

    const AnnotationIndex& index() const { return m_index; }
    /// Cues painted beneath the annotations (not owned; nullptr paints none). The layer gets
    /// this view's text and the project lexicon whenever the document changes.
    void setCueLayer(CueLayer* layer);
    CueLayer* cueLayer() const { return m_cueLayer; }
    /// Actions offered in the context menu above the standard ones (annotate, delete…).
    void setContextActions(const QList<QAction*>& actions) { m_contextActions = actions; }

Q_SIGNALS:
    /// The user picked an annotation (click, F8) in this view.
    void annotationClicked(Crossread::AnnotationId id);
    void selectedAnnotationChanged(Crossread::AnnotationId id);
    void focusReceived();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Info
    {
        QList<TagId> tags;
        bool orphaned = false;
    };
    struct TagStyle
    {
        QColor color;
        int lane = 0;
    };
    struct Segment
    {
        AnnotationId id;
        QRectF rect;
    };

    void onAnnotationAdded(AnnotationId id, DocumentId document);
    void onAnnotationRemoved(AnnotationId id, DocumentId document);
    void onAnnotationChanged(AnnotationId id, DocumentId document);
    void reloadTagStyles();
    void clearView();

    void remember(const Annotation& a);
    /// Schedules a repaint of the visible blocks that code points [start, end) touch.
    void updateRange(qint64 start, qint64 end);
    void updateAnnotation(AnnotationId id);
    std::vector<Segment> visibleSegments(const QRect& exposed) const;
    void appendLineRects(const QTextBlock& block, const QPointF& blockTopLeft, qint64 from, qint64 to,
                         AnnotationId id, std::vector<Segment>& out) const;
    void paintFills(QPainter& painter, const std::vector<Segment>& segments) const;
    void paintMarks(QPainter& painter, const std::vector<Segment>& segments) const;
    void paintCues(QPainter& painter, const QRect& exposed) const;
    void feedCueLayer();
    QString toolTipFor(AnnotationId id) const;
    qint64 caretCodePoint() const;

    ProjectStore* m_store;
    DocumentId m_documentId = 0;
    OffsetMap m_offsets;
    AnnotationIndex m_index;
    QHash<AnnotationId, Info> m_info;
    QHash<TagId, TagStyle> m_tagStyles;
    AnnotationId m_selected = 0;
    AnnotationId m_flashing = 0;
    int m_flashStep = 0;
    QTimer m_flashTimer;
    bool m_snapToWords = false;
    QList<QAction*> m_contextActions;
    QPointer<CueLayer> m_cueLayer;
};

} // namespace Crossread
