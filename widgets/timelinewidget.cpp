// SPDX-License-Identifier: MIT
#include "timelinewidget.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace Crossread {

namespace {

QString outletOf(const TimelineInput::Document& d)
{
    if (!d.outlet.isEmpty())
        return d.outlet;
    return d.title.isEmpty() ? TimelineWidget::tr("Document %1").arg(d.id) : d.title;
}

} // namespace

TimelineWidget::TimelineWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timeline"));
    setMouseTracking(true);
    setAccessibleName(tr("Timeline of claims and documents"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setInput(const TimelineInput& input)
{
    m_input = input;
    m_order.clear();
    QList<const TimelineInput::Document*> dated;
    QList<const TimelineInput::Document*> undated;
    for (const TimelineInput::Document& d : m_input.documents)
        (d.published.isValid() ? dated : undated).append(&d);
    std::stable_sort(dated.begin(), dated.end(), [](auto* a, auto* b) { return a->published < b->published; });
    for (auto* d : std::as_const(dated))
        m_order.append(d->id);
    for (auto* d : std::as_const(undated))
        m_order.append(d->id);
    m_firstDate = dated.isEmpty() ? QDate() : dated.first()->published;
    m_lastDate = dated.isEmpty() ? QDate() : dated.last()->published;
    m_hover = -1;
    layoutMarks();
    updateGeometry();
    update();
}

const TimelineInput::Document* TimelineWidget::document(DocumentId id) const
{
    for (const TimelineInput::Document& d : m_input.documents) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

DocumentId TimelineWidget::firstDocument(qint64 claim) const
{
    for (const TimelineInput::Claim& c : m_input.claims) {
        if (c.id != claim)
            continue;
        // m_order is the publication order (undated last), so the first document of that order
        // carrying the claim is where it appeared first.
        for (DocumentId id : m_order) {
            for (const TimelineInput::Appearance& a : c.appearances) {
                if (a.document == id)
                    return id;
            }
        }
    }
    return 0;
}

QSize TimelineWidget::sizeHint() const
{
    return {LabelWidth + 520, HeaderHeight + DocumentLaneHeight + LaneHeight * int(m_input.claims.size()) + Margin};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {LabelWidth + 200, HeaderHeight + DocumentLaneHeight + LaneHeight + Margin};
}

void TimelineWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutMarks();
}

void TimelineWidget::layoutMarks()
{
    m_marks.clear();
    int undatedCount = 0;
    for (const TimelineInput::Document& d : m_input.documents)
        undatedCount += d.published.isValid() ? 0 : 1;
    const double bandWidth = undatedCount == 0 ? 0.0 : std::max(90.0, 24.0 + UndatedStep * undatedCount);
    m_undatedLeft = width() - Margin - bandWidth;
    m_axisLeft = LabelWidth + 16.0;
    m_axisRight = std::max(m_axisLeft + 40.0, m_undatedLeft - (undatedCount ? 24.0 : 8.0));

    // x of each document: by date on the axis, side by side within a day, in the band when undated.
    QHash<DocumentId, double> xOf;
    QHash<QDate, int> sameDay;
    int undatedIndex = 0;
    const qint64 span = m_firstDate.isValid() ? m_firstDate.daysTo(m_lastDate) : 0;
    for (DocumentId id : std::as_const(m_order)) {
        const TimelineInput::Document* d = document(id);
        if (!d->published.isValid()) {
            xOf.insert(id, m_undatedLeft + 18.0 + UndatedStep * undatedIndex++);
            continue;
        }
        const double base = span == 0 ? (m_axisLeft + m_axisRight) / 2
                                      : m_axisLeft + (m_axisRight - m_axisLeft - SameDayStep * 2)
                                            * double(m_firstDate.daysTo(d->published)) / double(span);
        xOf.insert(id, base + SameDayStep * sameDay[d->published]++);
    }

    const double docY = HeaderHeight + DocumentLaneHeight / 2.0;
    for (DocumentId id : std::as_const(m_order))
        m_marks.append({QRectF(xOf.value(id) - 5, docY - 7, 10, 14), 0, id, -1, false});

    for (qsizetype lane = 0; lane < m_input.claims.size(); ++lane) {
        const TimelineInput::Claim& c = m_input.claims.at(lane);
        const double y = HeaderHeight + DocumentLaneHeight + LaneHeight * (lane + 0.5);
        const DocumentId first = firstDocument(c.id);
        for (qsizetype i = 0; i < c.appearances.size(); ++i) {
            const DocumentId doc = c.appearances.at(i).document;
            if (!xOf.contains(doc))
                continue; // a document the input does not list: nothing to place it by
            const double r = doc == first ? 7.0 : 5.0;
            m_marks.append({QRectF(xOf.value(doc) - r, y - r, 2 * r, 2 * r), c.id, doc, int(i), doc == first});
        }
    }
}

QPoint TimelineWidget::appearancePoint(qint64 claim, DocumentId documentId) const
{
    for (const Mark& m : m_marks) {
        if (m.claim == claim && claim != 0 && m.document == documentId)
            return m.rect.center().toPoint();
    }
    return {};
}

QPoint TimelineWidget::documentPoint(DocumentId documentId) const
{
    for (const Mark& m : m_marks) {
        if (m.claim == 0 && m.document == documentId)
            return m.rect.center().toPoint();
    }
    return {};
}

const TimelineWidget::Mark* TimelineWidget::markAt(const QPoint& pos) const
{
    // Claim dots are drawn over the document lines, so they win; a few pixels of slack help the mouse.
    for (qsizetype i = m_marks.size() - 1; i >= 0; --i) {
        if (m_marks.at(i).rect.adjusted(-3, -3, 3, 3).contains(pos))
            return &m_marks.at(i);
    }
    return nullptr;
}

void TimelineWidget::mousePressEvent(QMouseEvent* event)
{
    const Mark* m = event->button() == Qt::LeftButton ? markAt(event->position().toPoint()) : nullptr;
    if (!m) {
        QWidget::mousePressEvent(event);
        return;
    }
    if (m->claim == 0) {
        Q_EMIT documentActivated(m->document);
        return;
    }
    for (const TimelineInput::Claim& c : std::as_const(m_input.claims)) {
        if (c.id == m->claim) {
            Q_EMIT appearanceActivated(c.id, c.appearances.at(m->appearance));
            return;
        }
    }
}

void TimelineWidget::mouseMoveEvent(QMouseEvent* event)
{
    const Mark* m = markAt(event->position().toPoint());
    const int hover = m ? int(m - m_marks.constData()) : -1;
    if (hover != m_hover) {
        m_hover = hover;
        setCursor(m ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

bool TimelineWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const Mark* m = markAt(help->pos()))
            QToolTip::showText(help->globalPos(), toolTipFor(*m), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

QString TimelineWidget::toolTipFor(const Mark& m) const
{
    const TimelineInput::Document* d = document(m.document);
    if (!d)
        return {};
    const QString date = d->published.isValid() ? QLocale().toString(d->published, QLocale::LongFormat)
                                                : tr("publication date unknown");
    QString tip = QStringLiteral("<b>%1</b><br>%2<br><i>%3</i>")
                      .arg(outletOf(*d).toHtmlEscaped(), d->title.toHtmlEscaped(), date.toHtmlEscaped());
    if (m.claim == 0)
        return tip;
    for (const TimelineInput::Claim& c : m_input.claims) {
        if (c.id != m.claim)
            continue;
        tip += QStringLiteral("<hr>") + c.label.toHtmlEscaped() + QStringLiteral("<br>");
        if (m.first) {
            tip += tr("First appearance of this claim");
        } else {
            const TimelineInput::Document* first = document(firstDocument(c.id));
            if (first && first->published.isValid() && d->published.isValid())
                tip += tr("Followed %1 after %n day(s)", nullptr, int(first->published.daysTo(d->published)))
                           .arg(outletOf(*first).toHtmlEscaped());
            else if (first)
                tip += tr("Also carried; first seen in %1 (dates incomplete)").arg(outletOf(*first).toHtmlEscaped());
        }
    }
    return tip;
}

} // namespace Crossread
