// SPDX-License-Identifier: MIT
// DocumentView's geometry and painting: everything here runs per paint for visible blocks only.
#include "documentview.h"

#include "cuelayer.h"

#include "store/builtins.h"
#include "store/projectstore.h"
#include "theme.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

namespace Crossread {

namespace {

constexpr qreal LaneThickness = 1.5;
constexpr qreal LaneGap = 1.0;

} // namespace

void DocumentView::appendLineRects(const QTextBlock& block, const QPointF& blockTopLeft, qint64 from, qint64 to,
                                   AnnotationId id, std::vector<Segment>& out) const
{
    const QTextLayout* layout = block.layout();
    if (!layout)
        return;
    const int blockStart = block.position();
    const int s = int(std::max<qint64>(from - blockStart, 0));
    const int e = int(std::min<qint64>(std::max(to, from + 1) - blockStart, block.length() - 1));
    const QPointF origin = blockTopLeft + layout->position();
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const int ls = line.textStart();
        const int le = ls + line.textLength();
        if (s < e) {
            if (ls >= e)
                break;
            if (le <= s)
                continue;
        } else if (s < ls || (s >= le && i + 1 < layout->lineCount())) {
            continue; // an empty range (at the block's end) shows on the line holding its position
        }
        qreal x1 = line.cursorToX(std::max(s, ls));
        qreal x2 = line.cursorToX(std::min(e, le));
        if (x2 < x1)
            std::swap(x1, x2); // right-to-left runs
        if (x2 - x1 < 2)
            x2 = x1 + 2; // keep empty or zero-width annotations visible
        out.push_back({id, QRectF(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height())});
    }
}

std::vector<DocumentView::Segment> DocumentView::visibleSegments(const QRect& exposed) const
{
    std::vector<Segment> out;
    if (m_index.isEmpty())
        return out;
    const QPointF offset = contentOffset();
    const int bottom = std::min(exposed.bottom(), viewport()->rect().bottom());
    for (QTextBlock b = firstVisibleBlock(); b.isValid(); b = b.next()) {
        const QRectF r = blockBoundingGeometry(b).translated(offset);
        if (r.top() > bottom)
            break;
        if (r.bottom() < exposed.top() || !b.isVisible())
            continue;
        const qint64 from = m_offsets.toCodePoint(b.position());
        const qint64 to = m_offsets.toCodePoint(b.position() + b.length());
        m_index.forEachOverlapping(from, to, [&](const AnnotationIndex::Entry& e) {
            appendLineRects(b, r.topLeft(), m_offsets.toUtf16(e.start), m_offsets.toUtf16(e.end), e.id, out);
        });
    }
    return out;
}

QList<QRectF> DocumentView::annotationRects(AnnotationId id) const
{
    QList<QRectF> out;
    for (const Segment& s : visibleSegments(viewport()->rect())) {
        if (s.id == id)
            out.append(s.rect);
    }
    return out;
}

AnnotationId DocumentView::annotationAt(const QPoint& viewportPos) const
{
    const qint64 u = cursorForPosition(viewportPos).position();
    const qint64 cp = m_offsets.toCodePoint(u);
    // The caret lands between characters: look at both neighbours, then keep what is really under the point.
    std::vector<AnnotationIndex::Entry> hits = m_index.overlapping(std::max<qint64>(cp - 1, 0), cp + 1);
    AnnotationId best = 0;
    qint64 bestLength = std::numeric_limits<qint64>::max();
    for (const auto& e : hits) {
        if (e.end - e.start >= bestLength)
            continue;
        for (const QRectF& r : annotationRects(e.id)) {
            if (r.contains(viewportPos)) {
                best = e.id;
                bestLength = e.end - e.start;
                break;
            }
        }
    }
    return best;
}

void DocumentView::paintFills(QPainter& painter, const std::vector<Segment>& segments) const
{
    const QPalette& pal = palette();
    for (const Segment& s : segments) {
        const Info info = m_info.value(s.id);
        const TagId first = info.tags.value(0);
        const QColor tagColor = m_tagStyles.value(first).color;
        painter.fillRect(s.rect, annotationFill(tagColor, pal));
        if (s.id == m_flashing && m_flashStep % 2 == 0) {
            QColor flash = pal.color(QPalette::Highlight);
            flash.setAlpha(110);
            painter.fillRect(s.rect, flash);
        }
    }
}

void DocumentView::paintMarks(QPainter& painter, const std::vector<Segment>& segments) const
{
    const QPalette& pal = palette();
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const Segment& s : segments) {
        const Info info = m_info.value(s.id);
        // One lane per tag: a claim nested in an attribution shows both lines under the shared words.
        for (TagId tag : info.tags) {
            const TagStyle style = m_tagStyles.value(tag);
            // QPlainTextEdit ignores block line heights, so the lanes share the descent area.
            const qreal y = s.rect.bottom() - LaneThickness - style.lane * (LaneThickness + LaneGap);
            painter.fillRect(QRectF(s.rect.left(), y, s.rect.width(), LaneThickness), annotationLine(style.color, pal));
        }
        if (info.orphaned) {
            QPen pen(QColor(0xd0, 0x30, 0x30), 1.5, Qt::DashLine);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(s.rect.adjusted(0.5, 0.5, -0.5, -0.5));
        }
        if (s.id == m_selected) {
            QPen pen(pal.color(QPalette::Highlight), 2);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(s.rect.adjusted(-1, -1, 1, 1));
        }
    }
}

void DocumentView::paintEvent(QPaintEvent* event)
{
    const std::vector<Segment> segments = visibleSegments(event->rect());
    const bool cues = m_cueLayer && m_cueLayer->isEnabled();
    if (!segments.empty() || cues) {
        QPainter painter(viewport());
        painter.setClipRect(event->rect());
        if (cues)
            paintCues(painter, event->rect()); // beneath the annotations: cues are hints, annotations decisions
        paintFills(painter, segments); // under the text, so glyphs stay crisp
    }
    QPlainTextEdit::paintEvent(event);
    if (!segments.empty()) {
        QPainter painter(viewport());
        painter.setClipRect(event->rect());
        paintMarks(painter, segments);
    }
}

void DocumentView::paintCues(QPainter& painter, const QRect& exposed) const
{
    const QPointF offset = contentOffset();
    for (QTextBlock b = firstVisibleBlock(); b.isValid(); b = b.next()) {
        const QRectF r = blockBoundingGeometry(b).translated(offset);
        if (r.top() > exposed.bottom())
            break;
        if (b.isVisible())
            m_cueLayer->paintBlock(painter, b, r.topLeft());
    }
}

QString DocumentView::toolTipFor(AnnotationId id) const
{
    const std::optional<Annotation> a = m_store->annotation(id);
    if (!a)
        return {};
    QStringList tagNames;
    for (TagId t : a->tags) {
        if (const std::optional<Tag> tag = m_store->tag(t))
            tagNames.append(QStringLiteral("<span style=\"color:%1\">■</span> %2")
                                .arg(tag->color.name(), tag->name.toHtmlEscaped()));
    }
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b>").arg(tagNames.isEmpty() ? tr("(no tags)") : tagNames.join(QStringLiteral(", "))));
    if (!a->verdict.isEmpty())
        lines.append(tr("Verdict: %1").arg(Builtins::ratingLabel(a->verdict).toHtmlEscaped()));
    if (a->speaker != 0) {
        if (const std::optional<Entity> who = m_store->entity(a->speaker))
            lines.append(tr("Speaker: %1").arg(who->name.toHtmlEscaped()));
    }
    if (!a->note.isEmpty()) {
        QString note = a->note.simplified();
        if (note.size() > 140)
            note = note.left(140) + QChar(0x2026);
        lines.append(QStringLiteral("<i>%1</i>").arg(note.toHtmlEscaped()));
    }
    if (a->orphaned)
        lines.append(QStringLiteral("<span style=\"color:#d03030\">%1</span>")
                         .arg(tr("Orphaned: the quoted text no longer matches here.")));
    return lines.join(QStringLiteral("<br>"));
}

bool DocumentView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const AnnotationId id = annotationAt(help->pos());
        if (id == 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QToolTip::showText(help->globalPos(), toolTipFor(id), viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

} // namespace Crossread
