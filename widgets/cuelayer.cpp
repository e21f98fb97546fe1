// SPDX-License-Identifier: MIT
#include "cuelayer.h"

#include "cues/cuescanner.h"

#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>

namespace Crossread {

CueLayer::CueLayer(QObject* parent)
    : QObject(parent)
    , m_scanner(std::make_unique<CueScanner>())
{
}

CueLayer::~CueLayer() = default;

void CueLayer::setText(const QString& text)
{
    m_text = text;
    m_offsets = OffsetMap(text);
    rescan();
}

void CueLayer::setLexicon(const QStringList& terms)
{
    if (terms == m_scanner->lexicon())
        return;
    m_scanner->setLexicon(terms);
    rescan();
}

void CueLayer::setDarkTheme(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    const QStringList lexicon = m_scanner->lexicon();
    m_scanner = std::make_unique<CueScanner>(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                  : KSyntaxHighlighting::Repository::LightTheme);
    m_scanner->setLexicon(lexicon);
    rescan();
}

void CueLayer::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    Q_EMIT changed();
}

void CueLayer::setKindVisible(CueKind kind, bool visible)
{
    if (visible == isKindVisible(kind))
        return;
    if (visible)
        m_hidden.remove(int(kind));
    else
        m_hidden.insert(int(kind));
    Q_EMIT changed();
}

void CueLayer::rescan()
{
    m_cues = m_text.isEmpty() ? QList<Cue>() : m_scanner->scan(m_text);
    m_longest = 0;
    for (const Cue& c : std::as_const(m_cues))
        m_longest = std::max(m_longest, c.end - c.start);
    Q_EMIT changed();
}

QList<Cue> CueLayer::cuesBetween(qint64 from, qint64 to) const
{
    // Cues are sorted by start; any cue overlapping [from, to) starts after from - longest.
    auto it = std::lower_bound(m_cues.cbegin(), m_cues.cend(), from - m_longest,
                               [](const Cue& c, qint64 pos) { return c.start < pos; });
    QList<Cue> out;
    for (; it != m_cues.cend() && it->start < to; ++it)
        if (it->end > from || (it->start == it->end && it->start >= from))
            out.append(*it);
    return out;
}

void CueLayer::paintBlock(QPainter& painter, const QTextBlock& block, const QPointF& blockTopLeft) const
{
    const QTextLayout* layout = block.layout();
    if (!m_enabled || !layout || m_cues.isEmpty())
        return;
    const int blockStart = block.position();
    const qint64 from = m_offsets.toCodePoint(blockStart);
    const qint64 to = m_offsets.toCodePoint(blockStart + block.length());
    const QPointF origin = blockTopLeft + layout->position();
    painter.save();
    for (const Cue& cue : cuesBetween(from, to)) {
        if (!isKindVisible(cue.kind))
            continue;
        const int s = int(std::max<qint64>(m_offsets.toUtf16(cue.start) - blockStart, 0));
        const int e = int(std::min<qint64>(m_offsets.toUtf16(cue.end) - blockStart, block.length() - 1));
        for (int i = 0; i < layout->lineCount() && s < e; ++i) {
            const QTextLine line = layout->lineAt(i);
            const int ls = line.textStart();
            const int le = ls + line.textLength();
            if (le <= s || ls >= e)
                continue;
            qreal x1 = line.cursorToX(std::max(s, ls));
            qreal x2 = line.cursorToX(std::min(e, le));
            if (x2 < x1)
                std::swap(x1, x2);
            const QRectF r(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height());
            QColor c = cue.color.isValid() ? cue.color : painter.pen().color();
            switch (cue.kind) {
            case CueKind::Quotation:
                c.setAlpha(m_dark ? 60 : 40);
                painter.fillRect(r, c);
                break;
            case CueKind::Loaded:
                painter.setPen(QPen(c, 1.0));
                painter.setBrush(Qt::NoBrush);
                painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
                break;
            default: {
                const Qt::PenStyle style = cue.kind == CueKind::Figure ? Qt::DotLine
                    : cue.kind == CueKind::Hedge                       ? Qt::DashLine
                                                                       : Qt::SolidLine;
                painter.setPen(QPen(c, 1.5, style));
                const qreal y = r.bottom() - 1.0;
                painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
                break;
            }
            }
        }
    }
    painter.restore();
}

} // namespace Crossread
