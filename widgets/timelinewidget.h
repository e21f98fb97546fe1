// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QWidget>

namespace Crossread {

/// What the timeline draws, independent of where it comes from (the store's claim records in the
/// app, hand-made values in tests).
struct TimelineInput
{
    struct Document
    {
        DocumentId id = 0;
        QString outlet;
        QString title;
        QDate published; // invalid: drawn in the "undated" band
    };
    /// One document carrying a claim: the passage that opens when the dot is clicked.
    struct Appearance
    {
        DocumentId document = 0;
        AnnotationId annotation = 0;
        qint64 start = 0;
        qint64 end = 0;
    };
    struct Claim
    {
        qint64 id = 0;
        QString label;
        QColor color; // the verdict colour; invalid when there is no verdict
        QList<Appearance> appearances;
    };
    QList<Document> documents;
    QList<Claim> claims;
};

/// Claims and documents on a time axis by publication date: a top lane with every document,
/// then one lane per claim with a dot in each outlet that carries it. The first appearance is
/// drawn large and labelled; the outlets that followed are joined to it by a line, so "who said
/// it first, and who followed when" reads at a glance. Undated documents sit in a band of their
/// own at the right instead of being guessed onto the axis.
class TimelineWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineWidget)

public:
    explicit TimelineWidget(QWidget* parent = nullptr);
    ~TimelineWidget() override;

    void setInput(const TimelineInput& input);
    const TimelineInput& input() const { return m_input; }

    /// Centre of the dot for (claim lane, document); a null point when not drawn. For tests.
    QPoint appearancePoint(qint64 claim, DocumentId document) const;
    /// Centre of a document's mark in the top lane; a null point when not drawn.
    QPoint documentPoint(DocumentId document) const;
    /// The document whose appearance is first for `claim` (earliest date, then earliest import).
    DocumentId firstDocument(qint64 claim) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A claim's dot was clicked: open that passage.
    void appearanceActivated(qint64 claim, const Crossread::TimelineInput::Appearance& appearance);
    /// A document mark in the top lane was clicked.
    void documentActivated(Crossread::DocumentId document);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    static constexpr int LabelWidth = 190;
    static constexpr int HeaderHeight = 26;
    static constexpr int DocumentLaneHeight = 30;
    static constexpr int LaneHeight = 26;
    static constexpr int Margin = 12;
    static constexpr int UndatedStep = 22;
    static constexpr int SameDayStep = 12; // documents of one day stand side by side, not on top of each other

    struct Mark
    {
        QRectF rect;
        qint64 claim = 0; // 0 for a document mark in the top lane
        DocumentId document = 0;
        int appearance = -1; // index into the claim's appearances
        bool first = false;
    };
    void layoutMarks();
    const Mark* markAt(const QPoint& pos) const;
    QString toolTipFor(const Mark& mark) const;
    const TimelineInput::Document* document(DocumentId id) const;

    TimelineInput m_input;
    QList<Mark> m_marks;
    QList<DocumentId> m_order; // dated documents by date, then undated ones
    QDate m_firstDate;
    QDate m_lastDate;
    double m_axisLeft = 0;
    double m_axisRight = 0;
    double m_undatedLeft = 0; // start of the undated band; equals width() when there is none
    int m_hover = -1; // index into m_marks
};

} // namespace Crossread

Q_DECLARE_METATYPE(Crossread::TimelineInput::Appearance)
