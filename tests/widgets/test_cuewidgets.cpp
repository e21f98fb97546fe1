// SPDX-License-Identifier: MIT
// The cue layer painting into an image and the Suggestions dock used with mouse and keyboard.
#include "cuelayer.h"
#include "suggestionmodel.h"
#include "suggestionsdock.h"

#include "cues/suggestionstore.h"
#include "store/projectstore.h"
#include "text/offsets.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Crossread;

namespace {

// Paints `layer` for every block of `doc` onto a white image.
QImage render(const CueLayer& layer, QTextDocument& doc)
{
    doc.setTextWidth(600);
    QImage image(600, int(doc.size().height()) + 4, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        layer.paintBlock(p, b, doc.documentLayout()->blockBoundingRect(b).topLeft());
    return image;
}

int nonWhite(const QImage& image, const QRect& area)
{
    int n = 0;
    for (int y = std::max(0, area.top()); y <= std::min(image.height() - 1, area.bottom()); ++y)
        for (int x = std::max(0, area.left()); x <= std::min(image.width() - 1, area.right()); ++x)
            n += image.pixel(x, y) != qRgb(255, 255, 255);
    return n;
}

} // namespace

TEST(CueLayer, PaintsQuotationsOnlyWhereTheyAreAndOnlyWhenEnabled)
{
    const QString text = QStringLiteral("plain words here then “a quoted passage” and the end");
    CueLayer layer;
    QSignalSpy changed(&layer, &CueLayer::changed);
    layer.setText(text);
    EXPECT_EQ(changed.count(), 1);
    ASSERT_FALSE(layer.cuesBetween(0, codePointLength(text)).isEmpty());

    QTextDocument doc(text);
    const QImage on = render(layer, doc);
    const QTextLine line = doc.begin().layout()->lineAt(0);
    const int q = int(text.indexOf(u'“'));
    const QRect quoted(int(line.cursorToX(q)) + 2, 2, int(line.cursorToX(q + 19) - line.cursorToX(q)) - 4, 8);
    const QRect before(2, 2, int(line.cursorToX(10)) - 4, 8);
    EXPECT_GT(nonWhite(on, quoted), 0) << "tint under the quotation";
    EXPECT_EQ(nonWhite(on, before), 0) << "nothing under plain words";

    layer.setEnabled(false); // View ▸ Show cues off
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(nonWhite(render(layer, doc), on.rect()), 0);
    layer.setEnabled(true);
    layer.setKindVisible(CueKind::Quotation, false);
    EXPECT_EQ(nonWhite(render(layer, doc), quoted), 0);
}

TEST(CueLayer, LexiconAndThemeRescan)
{
    CueLayer layer;
    layer.setText(QStringLiteral("The regime said so."));
    auto loaded = [&] {
        int n = 0;
        for (const Cue& c : layer.cues())
            n += c.kind == CueKind::Loaded;
        return n;
    };
    EXPECT_EQ(loaded(), 1);
    layer.setLexicon({QStringLiteral("said")});
    EXPECT_EQ(loaded(), 1);
    layer.setLexicon({});
    EXPECT_EQ(loaded(), 0);
    const QColor light = layer.cues().first().color;
    layer.setDarkTheme(true);
    EXPECT_TRUE(layer.isDarkTheme());
    EXPECT_NE(layer.cues().first().color, light) << "dark theme colours";
}

class SuggestionsDockTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_store.create(m_dir.filePath(QStringLiteral("p.crossread"))));
        Document doc;
        doc.meta.title = QStringLiteral("Report");
        doc.text = QStringLiteral("“We will never forget our friends,” Zakharova said. Reportedly 300 houses were flooded.\n"
                                  "“Those repairs were never carried out,” he said.");
        doc.length = codePointLength(doc.text);
        doc.sha256 = QCryptographicHash::hash(doc.text.toUtf8(), QCryptographicHash::Sha256);
        m_doc = m_store.addDocument(doc, doc.text.toUtf8());
        ASSERT_NE(m_doc, 0);
        m_dock = std::make_unique<SuggestionsDock>(&m_store);
        m_dock->resize(700, 400);
        m_dock->setDocument(m_doc);
        m_dock->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_dock.get()));
    }
    void clickRow(int row)
    {
        QTreeView* view = m_dock->view();
        const QRect r = view->visualRect(view->model()->index(row, 2));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
    }
    QPushButton* button(const QString& text) const
    {
        for (QPushButton* b : m_dock->findChildren<QPushButton*>())
            if (b->text().remove(u'&') == text)
                return b;
        return nullptr;
    }
    QTemporaryDir m_dir;
    ProjectStore m_store;
    DocumentId m_doc = 0;
    std::unique_ptr<SuggestionsDock> m_dock;
};

TEST_F(SuggestionsDockTest, AcceptSelectedWithTheButton)
{
    QSignalSpy activated(m_dock.get(), &SuggestionsDock::suggestionActivated);
    ASSERT_EQ(m_dock->model()->rowCount(), 4);
    QPushButton* accept = button(QStringLiteral("Accept"));
    ASSERT_TRUE(accept);
    EXPECT_FALSE(accept->isEnabled());
    clickRow(0);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().at(1).toLongLong(), 0);
    EXPECT_TRUE(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    const QList<Annotation> made = m_store.annotations(m_doc);
    ASSERT_EQ(made.size(), 1);
    EXPECT_EQ(m_store.entity(made.first().speaker)->name, QStringLiteral("Zakharova"));
    EXPECT_EQ(m_dock->model()->rowCount(), 3);
}

TEST_F(SuggestionsDockTest, AcceptAllOfAKindIsOneUndoStep)
{
    auto* kind = m_dock->findChild<QComboBox*>();
    ASSERT_TRUE(kind);
    kind->setCurrentIndex(kind->findData(int(SuggestionKind::Attribution)));
    const int steps = m_store.undoStack()->count();
    QTest::mouseClick(button(QStringLiteral("Accept all")), Qt::LeftButton);
    EXPECT_EQ(m_store.annotations(m_doc).size(), 2);
    EXPECT_EQ(m_store.undoStack()->count(), steps + 1);
    m_store.undoStack()->undo();
    EXPECT_TRUE(m_store.annotations(m_doc).isEmpty());
    EXPECT_EQ(m_dock->model()->rowCount(), 4);
}

TEST_F(SuggestionsDockTest, DeleteKeyRejectsAndTheRejectionPersists)
{
    clickRow(1);
    const Suggestion s = m_dock->model()->suggestion(1);
    m_dock->view()->setFocus();
    QTest::keyClick(m_dock->view(), Qt::Key_Delete);
    EXPECT_EQ(m_dock->model()->rowCount(), 3);
    EXPECT_TRUE(SuggestionStore::isRejected(m_store, m_doc, s));
    EXPECT_TRUE(m_store.annotations(m_doc).isEmpty());
    SuggestionsDock again(&m_store);
    again.setDocument(m_doc);
    EXPECT_EQ(again.model()->rowCount(), 3);
}
