// SPDX-License-Identifier: MIT
#pragma once

#include "cues/cue.h"
#include "text/offsets.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <memory>

class QPainter;
class QPointF;
class QTextBlock;

namespace Crossread {

class CueScanner;

/// The cues of the document a view shows, painted beneath its annotations: a light tint under
/// quotations, underlines under attribution phrases (solid), figures (dotted), hedges (dashed) and
/// an outline around loaded terms, in the colours of KSyntaxHighlighting's light or dark theme.
///
/// The view calls paintBlock() for each visible block before it paints annotations, so the cost
/// is per visible block only; cues are found once per text (and again when the lexicon or the
/// theme changes).
class CueLayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CueLayer)

public:
    explicit CueLayer(QObject* parent = nullptr);
    ~CueLayer() override;

    void setText(const QString& text);
    void setLexicon(const QStringList& terms);
    void setDarkTheme(bool dark);
    bool isDarkTheme() const { return m_dark; }

    /// Off: paintBlock() paints nothing (View ▸ Show cues).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setKindVisible(CueKind kind, bool visible);
    bool isKindVisible(CueKind kind) const { return !m_hidden.contains(int(kind)); }

    QList<Cue> cues() const { return m_cues; }
    /// The cues overlapping code points [from, to).
    QList<Cue> cuesBetween(qint64 from, qint64 to) const;

    /// Paints the cues of `block` whose top-left corner is at `blockTopLeft` (painter coordinates).
    void paintBlock(QPainter& painter, const QTextBlock& block, const QPointF& blockTopLeft) const;

Q_SIGNALS:
    /// The cues or how they look changed; the view should repaint.
    void changed();

private:
    void rescan();

    std::unique_ptr<CueScanner> m_scanner;
    QString m_text;
    OffsetMap m_offsets;
    QList<Cue> m_cues; // ordered by start
    qint64 m_longest = 0; // longest cue, bounds the backwards search in cuesBetween()
    QSet<int> m_hidden;
    bool m_enabled = true;
    bool m_dark = false;
};

} // namespace Crossread
