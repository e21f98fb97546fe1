// SPDX-License-Identifier: MIT
// DocumentView as a user meets it: painted highlights, selections in code points, clicks,
// repaints limited to what changed.
#include "documentview.h"
#include "theme.h"
#include "viewtestsupport.h"

#include <QApplication>
#include <QImage>
#include <QPaintEvent>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Crossread;
using Crossread::Test::TempProject;

namespace {

QString paragraphs(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(QStringLiteral("Paragraph %1 says the spillway failed under a load that nobody predicted.").arg(i));
    return out.join(QLatin1Char('\n'));
}

// Records the regions the viewport is asked to paint.
class PaintSpy final : public QObject
{
public:
    QRegion painted;
    int events = 0;
    bool eventFilter(QObject*, QEvent* e) override
    {
        if (e->type() == QEvent::Paint) {
            painted += static_cast<QPaintEvent*>(e)->region();
            ++events;
        }
        return false;
    }
};

class DocumentViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_project.create());
        m_view = std::make_unique<DocumentView>(m_project.store.get());
        m_view->resize(640, 480);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
    }
    QImage render() const
    {
        QImage image(m_view->viewport()->size(), QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        m_view->viewport()->render(&image);
        return image;
    }

    TempProject m_project;
    std::unique_ptr<DocumentView> m_view;
};

TEST_F(DocumentViewTest, PaintsTheTagColourUnderTheAnnotatedWordsOnly)
{
    const QString text = QStringLiteral("The minister said the repairs were never carried out at all.");
    const DocumentId doc = m_project.addText(QStringLiteral("t"), text);
    const qint64 start = text.indexOf(QStringLiteral("repairs"));
    const AnnotationId id =
        m_project.store->addAnnotation(doc, start, start + 7, {m_project.builtin("unverified")});
    m_view->setDocument(doc);
    QApplication::processEvents();

    const QList<QRectF> rects = m_view->annotationRects(id);
    ASSERT_EQ(rects.size(), 1);
    // The painted box starts where the caret before "repairs" is drawn.
    QTextCursor c(m_view->document());
    c.setPosition(int(start));
    EXPECT_NEAR(rects.first().left(), m_view->cursorRect(c).left(), 2.0);
    EXPECT_GT(rects.first().width(), 20);

    const QImage image = render();
    const QColor base = m_view->palette().color(QPalette::Base);
    const QColor tag = m_project.store->tag(m_project.builtin("unverified"))->color;
    // Sample just inside the box's left edge, below the glyphs' x-height: fill, not ink.
    const QPoint inside = QPointF(rects.first().left() + 2, rects.first().top() + 2).toPoint();
    const QColor painted = image.pixelColor(inside);
    EXPECT_NE(painted.rgb(), base.rgb());
    EXPECT_GT(painted.red(), painted.green()) << "tinted towards the Unverified red";
    const QPoint outside = QPointF(rects.first().left() - 30, rects.first().top() + 2).toPoint();
    EXPECT_EQ(image.pixelColor(outside).rgb(), base.rgb());
    EXPECT_TRUE(tag.isValid());
}

TEST_F(DocumentViewTest, OverlappingAnnotationsKeepOneLanePerTag)
{
    const QString text = QStringLiteral("Korvel said: “We will rebuild every home.” Then she left.");
    const DocumentId doc = m_project.addText(QStringLiteral("t"), text);
    const qint64 q = text.indexOf(QChar(0x201C));
    const AnnotationId outer = m_project.store->addAnnotation(doc, 0, q + 29, {m_project.builtin("attribution")});
    const AnnotationId inner = m_project.store->addAnnotation(doc, q, q + 29, {m_project.builtin("claim")});
    m_view->setDocument(doc);
    QApplication::processEvents();
    const QRectF r = m_view->annotationRects(inner).value(0);
    ASSERT_FALSE(r.isEmpty());
    const QImage image = render();
    // Under the shared words both lanes are drawn: the claim's (lane 0) and the attribution's (lane 1).
    const int x = int(r.center().x());
    const QColor claimLane = image.pixelColor(x, int(r.bottom() - 1));
    const QColor attributionLane = image.pixelColor(x, int(r.bottom() - 3.5));
    EXPECT_GT(claimLane.red(), claimLane.blue()) << "orange claim lane";
    EXPECT_GT(attributionLane.blue(), attributionLane.red()) << "blue attribution lane";
    // The innermost annotation wins a click on the shared words.
    EXPECT_EQ(m_view->annotationAt(r.center().toPoint()), inner);
    const QRectF o = m_view->annotationRects(outer).value(0);
    EXPECT_EQ(m_view->annotationAt(QPointF(o.left() + 3, o.center().y()).toPoint()), outer);
    EXPECT_EQ(m_view->annotationAt(QPoint(m_view->viewport()->width() - 5, m_view->viewport()->height() - 5)), 0);
}

TEST_F(DocumentViewTest, ClickingAnAnnotationSelectsItAndEmitsTheSignal)
{
    const QString text = QStringLiteral("Officials stressed that the spillway failed.");
    const DocumentId doc = m_project.addText(QStringLiteral("t"), text);
    const AnnotationId id = m_project.store->addAnnotation(doc, 10, 18, {m_project.builtin("claim")});
    m_view->setDocument(doc);
    QApplication::processEvents();
    AnnotationId clicked = 0;
    QObject::connect(m_view.get(), &DocumentView::annotationClicked, [&](AnnotationId a) { clicked = a; });
    const QPoint p = m_view->annotationRects(id).value(0).center().toPoint();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, p);
    EXPECT_EQ(clicked, id);
    EXPECT_EQ(m_view->selectedAnnotation(), id);
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    EXPECT_EQ(m_view->selectedAnnotation(), 0);
}

TEST_F(DocumentViewTest, SelectedRangeCountsCodePointsAndSnapsToWords)
{
    // Two astral characters before the words: UTF-16 and code point offsets differ by two.
    const QString text = QStringLiteral("😀😀 the minister’s promise was clear");
    const DocumentId doc = m_project.addText(QStringLiteral("t"), text);
    m_view->setDocument(doc);
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 3; ++i) // over two surrogate pairs and the space
        QTest::keyClick(m_view.get(), Qt::Key_Right);
    for (int i = 0; i < 5; ++i) // "the m"
        QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ShiftModifier);
    m_view->setSnapToWords(false);
    EXPECT_EQ(m_view->selectedRange(), (std::pair<qint64, qint64>{3, 8}));
    m_view->setSnapToWords(true);
    // "the minister’s": the apostrophe between letters belongs to the word.
    EXPECT_EQ(m_view->selectedRange(), (std::pair<qint64, qint64>{3, 17}));
    m_view->selectRange(2, 3); // just the space
    EXPECT_FALSE(m_view->hasSelectedRange());
}

TEST_F(DocumentViewTest, AddingAnAnnotationRepaintsOnlyItsBlockAndNeverRelaysOut)
{
    const DocumentId doc = m_project.addText(QStringLiteral("t"), paragraphs(40));
    m_view->setDocument(doc);
    QApplication::processEvents();
    QTest::qWait(20);
    const int revision = m_view->document()->revision();
    const QTextBlock third = m_view->document()->findBlockByNumber(2);
    PaintSpy spy;
    m_view->viewport()->installEventFilter(&spy);

    const AnnotationId id =
        m_project.store->addAnnotation(doc, third.position() + 2, third.position() + 12, {m_project.builtin("claim")});
    QApplication::processEvents();
    ASSERT_GT(spy.events, 0);
    const QRect dirty = spy.painted.boundingRect();
    const QRectF annotated = m_view->annotationRects(id).value(0);
    EXPECT_TRUE(dirty.contains(annotated.toAlignedRect()));
    EXPECT_LT(dirty.height(), m_view->viewport()->height() / 3) << "only the annotated paragraph";
    EXPECT_EQ(m_view->document()->revision(), revision) << "the text was not touched";

    spy.painted = QRegion();
    m_project.store->undoStack()->undo();
    QApplication::processEvents();
    EXPECT_FALSE(m_view->index().contains(id));
    EXPECT_TRUE(spy.painted.boundingRect().contains(annotated.toAlignedRect()));
    EXPECT_LT(spy.painted.boundingRect().height(), m_view->viewport()->height() / 3);
    m_view->viewport()->removeEventFilter(&spy);
}

TEST_F(DocumentViewTest, AnnotationsOutsideTheViewportCauseNoRepaint)
{
    const DocumentId doc = m_project.addText(QStringLiteral("t"), paragraphs(400));
    m_view->setDocument(doc);
    QApplication::processEvents();
    QTest::qWait(20);
    PaintSpy spy;
    m_view->viewport()->installEventFilter(&spy);
    const QTextBlock far = m_view->document()->findBlockByNumber(380);
    m_project.store->addAnnotation(doc, far.position(), far.position() + 9, {m_project.builtin("claim")});
    QApplication::processEvents();
    EXPECT_EQ(spy.events, 0);
    m_view->viewport()->removeEventFilter(&spy);
}

TEST_F(DocumentViewTest, StepsThroughAnnotationsInOrderAndWraps)
{
    const DocumentId doc = m_project.addText(QStringLiteral("t"), paragraphs(60));
    const TagId claim = m_project.builtin("claim");
    const AnnotationId late = m_project.store->addAnnotation(doc, 3000, 3010, {claim});
    const AnnotationId early = m_project.store->addAnnotation(doc, 5, 9, {claim});
    const AnnotationId middle = m_project.store->addAnnotation(doc, 900, 950, {claim});
    m_view->setDocument(doc);
    EXPECT_EQ(m_view->stepAnnotation(true), early);
    EXPECT_EQ(m_view->stepAnnotation(true), middle);
    EXPECT_EQ(m_view->stepAnnotation(true), late);
    // The revealed annotation is scrolled into view.
    EXPECT_FALSE(m_view->annotationRects(late).isEmpty());
    EXPECT_EQ(m_view->stepAnnotation(true), early);
    EXPECT_EQ(m_view->stepAnnotation(false), late);
}

TEST_F(DocumentViewTest, ShowsTextWithCarriageReturnsAtTheStoredOffsets)
{
    const QString text = QStringLiteral("first line\r\nsecond line\r\nthird");
    const DocumentId doc = m_project.addText(QStringLiteral("t"), text);
    m_view->setDocument(doc);
    m_view->selectRange(text.indexOf(QStringLiteral("third")), text.size());
    EXPECT_EQ(m_view->textCursor().selectedText(), QStringLiteral("third"));
}

TEST_F(DocumentViewTest, TagEditsAndRemovedDocumentsAreFollowed)
{
    const DocumentId doc = m_project.addText(QStringLiteral("t"), paragraphs(3));
    const AnnotationId id = m_project.store->addAnnotation(doc, 0, 9, {m_project.builtin("claim")});
    m_view->setDocument(doc);
    EXPECT_TRUE(m_view->index().contains(id));
    ASSERT_TRUE(m_project.store->setAnnotationRange(id, 20, 30));
    EXPECT_EQ(m_view->index().entry(id)->start, 20);
    ASSERT_TRUE(m_project.store->removeDocument(doc));
    EXPECT_EQ(m_view->documentId(), 0);
    EXPECT_TRUE(m_view->toPlainText().isEmpty());
}

// The fill sits under the text: in both themes the text must keep a readable contrast on it.
double contrast(const QColor& a, const QColor& b)
{
    const double l1 = relativeLuminance(a);
    const double l2 = relativeLuminance(b);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}

QColor over(const QColor& top, const QColor& below)
{
    const float a = top.alphaF();
    return QColor::fromRgbF(top.redF() * a + below.redF() * (1 - a), top.greenF() * a + below.greenF() * (1 - a),
                            top.blueF() * a + below.blueF() * (1 - a));
}

TEST_F(DocumentViewTest, TagColoursStayReadableInLightAndDarkThemes)
{
    const QPalette before = QApplication::palette();
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        applyTheme(theme);
        const QPalette pal = QApplication::palette();
        EXPECT_EQ(isDarkPalette(pal), theme == Theme::Dark);
        // The built-in tags' colours and the extremes a user may pick for their own tags.
        QList<QColor> colours;
        for (const Tag& t : m_project.store->tags())
            colours.append(t.color);
        colours += {Qt::white, Qt::black, Qt::yellow, Qt::green, QColor(0, 0, 128), Qt::cyan, Qt::magenta};
        for (const QColor& colour : colours) {
            // Two overlapping fills are the worst common case.
            const QColor fill = annotationFill(colour, pal);
            const QColor bg = over(fill, over(fill, pal.color(QPalette::Base)));
            EXPECT_GE(contrast(pal.color(QPalette::Text), bg), 4.5)
                << colour.name().toStdString() << (theme == Theme::Dark ? " dark" : " light");
        }
        for (const Tag& t : m_project.store->tags()) {
            // The built-ins' fills must stand out from the page in both themes.
            const QColor fill = over(annotationFill(t.color, pal), pal.color(QPalette::Base));
            EXPECT_GT(contrast(fill, pal.color(QPalette::Base)), 1.1) << t.name.toStdString();
            EXPECT_GE(contrast(annotationLine(t.color, pal), pal.color(QPalette::Base)), 2.0)
                << "lane of " << t.name.toStdString();
        }
    }
    QApplication::setPalette(before);
}

} // namespace
