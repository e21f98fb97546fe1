// SPDX-License-Identifier: MIT
// TimelineWidget: painting (axis, undated band, document lane, claim lanes).
#include "timelinewidget.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace Crossread {

namespace {

/// Days between ticks so that labels (about 60 px wide) do not collide.
int tickStep(qint64 span, double pixels)
{
    for (int step : {1, 2, 7, 14, 30, 61, 91, 182, 365}) {
        if (pixels * step / std::max<qint64>(span, 1) >= 64)
            return step;
    }
    return 730;
}

} // namespace

void TimelineWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor faint = pal.color(QPalette::PlaceholderText);
    const QFontMetrics fm(font());
    const int lanesBottom = HeaderHeight + DocumentLaneHeight + LaneHeight * int(m_input.claims.size());

    if (m_input.documents.isEmpty()) {
        p.setPen(faint);
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No documents yet. Import articles to see when each outlet published."));
        return;
    }

    // Alternate lane backgrounds keep a long row readable from its label to its dots.
    for (qsizetype lane = 0; lane < m_input.claims.size(); ++lane) {
        if (lane % 2 == 1)
            p.fillRect(QRectF(0, HeaderHeight + DocumentLaneHeight + LaneHeight * lane, width(), LaneHeight),
                       pal.color(QPalette::AlternateBase));
    }

    // The axis: ticks from the first to the last publication date.
    p.setPen(faint);
    if (m_firstDate.isValid()) {
        const qint64 span = m_firstDate.daysTo(m_lastDate);
        const double usable = m_axisRight - m_axisLeft - SameDayStep * 2;
        const int step = span == 0 ? 1 : tickStep(span, usable);
        for (qint64 day = 0; day <= span; day += step) {
            const QDate date = m_firstDate.addDays(day);
            const double x = span == 0 ? (m_axisLeft + m_axisRight) / 2 : m_axisLeft + usable * double(day) / double(span);
            p.setPen(QPen(faint, 0, Qt::DotLine));
            p.drawLine(QPointF(x, HeaderHeight - 4), QPointF(x, lanesBottom));
            p.setPen(faint);
            const QString label = QLocale().toString(date, step >= 365 ? QStringLiteral("yyyy")
                                                               : step >= 30 ? QStringLiteral("MMM yyyy")
                                                                            : QStringLiteral("d MMM"));
            p.drawText(QRectF(x - 40, 2, 80, HeaderHeight - 6), Qt::AlignCenter, label);
        }
    } else {
        p.drawText(QRectF(m_axisLeft, 2, m_axisRight - m_axisLeft, HeaderHeight - 6), Qt::AlignCenter,
                   tr("No publication dates known"));
    }

    // The undated band stands apart so that no unknown date is drawn as if it were known.
    if (m_undatedLeft < width() - 20) {
        const QRectF band(m_undatedLeft, 0, width() - m_undatedLeft - 4, lanesBottom + 4);
        QColor fill = pal.color(QPalette::Window);
        fill.setAlpha(110);
        p.fillRect(band, fill);
        p.setPen(QPen(faint, 1, Qt::DashLine));
        p.drawLine(band.topLeft(), band.bottomLeft());
        p.setPen(faint);
        p.drawText(QRectF(band.left(), 2, band.width(), HeaderHeight - 6), Qt::AlignCenter, tr("Undated"));
    }

    // Labels of the lanes.
    p.setPen(text);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRectF(8, HeaderHeight, LabelWidth - 8, DocumentLaneHeight), Qt::AlignVCenter | Qt::AlignLeft,
               tr("Documents"));
    p.setFont(font());
    for (qsizetype lane = 0; lane < m_input.claims.size(); ++lane) {
        const TimelineInput::Claim& c = m_input.claims.at(lane);
        const QRectF row(8, HeaderHeight + DocumentLaneHeight + LaneHeight * lane, LabelWidth - 8, LaneHeight);
        if (c.color.isValid()) {
            p.setPen(c.color.darker(150));
            p.setBrush(c.color);
            p.drawRoundedRect(QRectF(row.left(), row.center().y() - 5, 10, 10), 2, 2);
        }
        p.setPen(text);
        p.drawText(row.adjusted(16, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(c.label, Qt::ElideRight, int(row.width()) - 20));
    }

    // A faint line down from each document ties its mark in the top lane to the dots below it.
    for (const Mark& m : std::as_const(m_marks)) {
        if (m.claim != 0)
            continue;
        p.setPen(QPen(faint, 0, Qt::DashLine));
        p.drawLine(QPointF(m.rect.center().x(), m.rect.bottom()), QPointF(m.rect.center().x(), lanesBottom));
    }

    // Claim lanes: a line from the first appearance to the last follower, then the dots.
    const QColor highlight = pal.color(QPalette::Highlight);
    for (const TimelineInput::Claim& c : std::as_const(m_input.claims)) {
        double from = 1e9, to = -1e9, y = 0;
        for (const Mark& m : std::as_const(m_marks)) {
            if (m.claim != c.id)
                continue;
            from = std::min(from, m.rect.center().x());
            to = std::max(to, m.rect.center().x());
            y = m.rect.center().y();
        }
        if (to > from) {
            p.setPen(QPen(c.color.isValid() ? c.color.darker(130) : faint, 2));
            p.drawLine(QPointF(from, y), QPointF(to, y));
        }
    }
    for (qsizetype i = 0; i < m_marks.size(); ++i) {
        const Mark& m = m_marks.at(i);
        const bool hovered = i == m_hover;
        if (m.claim == 0) {
            p.setPen(text);
            p.setBrush(hovered ? highlight : pal.color(QPalette::Button));
            p.drawRoundedRect(m.rect, 2, 2);
            continue;
        }
        QColor fill = highlight;
        for (const TimelineInput::Claim& c : std::as_const(m_input.claims)) {
            if (c.id == m.claim && c.color.isValid())
                fill = c.color;
        }
        p.setPen(QPen(hovered ? highlight : text, m.first ? 2 : 1));
        p.setBrush(m.first ? fill : fill.lighter(125));
        p.drawEllipse(m.rect);
    }
}

} // namespace Crossread
