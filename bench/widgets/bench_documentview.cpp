// SPDX-License-Identifier: MIT
// Runs offscreen: QT_QPA_PLATFORM is set to "offscreen" unless given.
#include "documentview.h"
#include "store/projectstore.h"
#include "text/offsets.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QImage>
#include <QPaintEvent>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextBlock>

#include <benchmark/benchmark.h>
#include <cstdio>

using namespace Crossread;

namespace {

constexpr qsizetype TargetBytes = 2 * 1024 * 1024;
constexpr int AnnotationCount = 10000;

// Deterministic article-like text: sentences of common words in paragraphs, about 2 MB.
QString makeText()
{
    static const char* words[] = {"the", "minister", "said", "spillway", "repairs", "were", "never", "carried", "out",
                                  "according", "to", "officials", "evacuated", "residents", "valley", "review",
                                  "erosion", "below", "gates", "commission", "report", "within", "days", "budget"};
    QRandomGenerator rng(2031);
    QString text;
    text.reserve(TargetBytes + 1024);
    while (text.size() < TargetBytes) {
        const int sentences = 3 + rng.bounded(5);
        for (int s = 0; s < sentences; ++s) {
            const int n = 8 + rng.bounded(18);
            for (int w = 0; w < n; ++w) {
                QString word = QString::fromLatin1(words[rng.bounded(int(std::size(words)))]);
                if (w == 0)
                    word[0] = word[0].toUpper();
                text += word;
                text += (w + 1 == n) ? QStringLiteral(". ") : QStringLiteral(" ");
            }
        }
        text += QLatin1Char('\n');
    }
    return text;
}

struct Fixture
{
    QTemporaryDir dir;
    ProjectStore store;
    DocumentId document = 0;
    QList<TagId> tags;
    qint64 length = 0;

    Fixture()
    {
        QElapsedTimer t;
        t.start();
        StoreError error;
        if (!store.create(dir.filePath(QStringLiteral("bench.crossread")), &error))
            qFatal("cannot create the project: %s", qPrintable(error.message));
        const QString text = makeText();
        Document doc;
        doc.meta.title = QStringLiteral("Two megabytes");
        doc.text = text;
        doc.length = codePointLength(text);
        length = doc.length;
        const QByteArray bytes = text.toUtf8();
        doc.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        document = store.addDocument(doc, bytes);
        for (const Tag& tag : store.tags())
            tags.append(tag.id);
        // Spread over the whole text, lengths from a word to a paragraph, many overlapping.
        QRandomGenerator rng(7);
        for (int i = 0; i < AnnotationCount; ++i) {
            const qint64 start = rng.bounded(int(length - 600));
            const qint64 end = start + 5 + rng.bounded(i % 10 == 0 ? 500 : 120);
            if (store.addAnnotation(document, start, end, {tags.at(i % tags.size())}) == 0)
                qFatal("cannot add an annotation: %s", qPrintable(store.lastError().message));
        }
        std::fprintf(stderr, "fixture: %lld code points, %d annotations, built in %lld ms\n", length,
                     int(store.annotations(document).size()), t.elapsed());
    }
};

Fixture& fixture()
{
    static Fixture f;
    return f;
}

std::unique_ptr<DocumentView> makeView()
{
    auto view = std::make_unique<DocumentView>(&fixture().store);
    view->resize(700, 1000);
    view->show();
    QApplication::processEvents();
    return view;
}

void paint(DocumentView& view, QImage& image)
{
    view.viewport()->render(&image);
}

// Open: load the text and the annotations, lay out what is needed, paint the first screen.
void BM_OpenAndFirstPaint(benchmark::State& state)
{
    Fixture& f = fixture();
    QImage image(700, 1000, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        state.PauseTiming();
        auto view = makeView();
        state.ResumeTiming();
        view->setDocument(f.document);
        paint(*view, image);
        state.PauseTiming();
        view.reset();
        state.ResumeTiming();
    }
    state.counters["annotations"] = AnnotationCount;
}
BENCHMARK(BM_OpenAndFirstPaint)->Unit(benchmark::kMillisecond)->Iterations(10);

// A full repaint of a viewport in the middle of the document (after scrolling there).
void BM_PaintScrolledViewport(benchmark::State& state)
{
    Fixture& f = fixture();
    auto view = makeView();
    view->setDocument(f.document);
    QScrollBar* bar = view->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    QApplication::processEvents();
    QImage image(700, 1000, QImage::Format_ARGB32_Premultiplied);
    paint(*view, image);
    for (auto _ : state)
        paint(*view, image);
}
BENCHMARK(BM_PaintScrolledViewport)->Unit(benchmark::kMillisecond);

// Scroll by a page and paint: what the user feels while reading.
void BM_ScrollPageAndPaint(benchmark::State& state)
{
    Fixture& f = fixture();
    auto view = makeView();
    view->setDocument(f.document);
    QScrollBar* bar = view->verticalScrollBar();
    QImage image(700, 1000, QImage::Format_ARGB32_Premultiplied);
    int value = bar->maximum() / 3;
    for (auto _ : state) {
        value += bar->pageStep();
        if (value > bar->maximum())
            value = 0;
        bar->setValue(value);
        paint(*view, image);
    }
}
BENCHMARK(BM_ScrollPageAndPaint)->Unit(benchmark::kMillisecond);

class PaintArea final : public QObject
{
public:
    qint64 pixels = 0;
    bool eventFilter(QObject*, QEvent* e) override
    {
        if (e->type() == QEvent::Paint) {
            for (const QRect& r : static_cast<QPaintEvent*>(e)->region())
                pixels += qint64(r.width()) * r.height();
        }
        return false;
    }
};

// The view's share of adding and removing one visible annotation: index update and the repaint
// of the touched block only. The store's own write is measured by bench_store.
void BM_AddRemoveAnnotationRepaint(benchmark::State& state)
{
    Fixture& f = fixture();
    auto view = makeView();
    view->setDocument(f.document);
    QScrollBar* bar = view->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    QApplication::processEvents();
    const QTextBlock block = view->cursorForPosition(QPoint(5, 5)).block().next().next();
    const OffsetMap map(f.store.documentText(f.document));
    const qint64 start = map.toCodePoint(block.position() + 3);
    PaintArea area;
    view->viewport()->installEventFilter(&area);
    qint64 viewTime = 0;
    QElapsedTimer t;
    for (auto _ : state) {
        const AnnotationId id = f.store.addAnnotation(f.document, start, start + 12, {f.tags.first()});
        t.start();
        QApplication::processEvents(); // paints the dirty rectangle
        viewTime += t.nsecsElapsed();
        f.store.removeAnnotation(id);
        t.start();
        QApplication::processEvents();
        viewTime += t.nsecsElapsed();
    }
    view->viewport()->removeEventFilter(&area);
    const double viewportPixels = double(view->viewport()->width()) * view->viewport()->height();
    state.counters["repainted_share"] = double(area.pixels) / (2.0 * double(state.iterations()) * viewportPixels);
    state.counters["view_ms_per_edit"] = double(viewTime) / 1e6 / (2.0 * double(state.iterations()));
}
BENCHMARK(BM_AddRemoveAnnotationRepaint)->Unit(benchmark::kMillisecond)->Iterations(50);

// For scale: the plain text alone, and the naive alternative this view avoids.
void BM_SetPlainTextOnly(benchmark::State& state)
{
    const QString text = fixture().store.documentText(fixture().document);
    for (auto _ : state) {
        QPlainTextEdit edit;
        edit.resize(700, 1000);
        edit.setPlainText(text);
        benchmark::DoNotOptimize(edit.document()->blockCount());
    }
}
BENCHMARK(BM_SetPlainTextOnly)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_NaiveExtraSelections(benchmark::State& state)
{
    Fixture& f = fixture();
    const QString text = f.store.documentText(f.document);
    const QList<Annotation> annotations = f.store.annotations(f.document);
    for (auto _ : state) {
        QPlainTextEdit edit;
        edit.resize(700, 1000);
        edit.setPlainText(text);
        QList<QTextEdit::ExtraSelection> selections;
        for (const Annotation& a : annotations) {
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(edit.document());
            s.cursor.setPosition(int(a.start));
            s.cursor.setPosition(int(a.end), QTextCursor::KeepAnchor);
            s.format.setBackground(QColor(230, 162, 60, 80));
            selections.append(s);
        }
        edit.setExtraSelections(selections);
        QImage image(700, 1000, QImage::Format_ARGB32_Premultiplied);
        edit.viewport()->render(&image);
    }
}
BENCHMARK(BM_NaiveExtraSelections)->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    fixture();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
