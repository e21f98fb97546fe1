// SPDX-License-Identifier: MIT
// Import benchmarks. Inputs are made at run time: articles derived from the shared corpus (or
// synthetic text when it is absent), a PDF drawn with QPdfWriter, a news-shaped web page.
// Targets (issue 4): 1,000 articles (~5 MB) in < 3 s; a 100-page PDF in < 2 s. The project is made
// with the current schema, so the import figure includes the full-text index (schema v2 triggers).
// The machine may be shared: read the CPU column beside the wall time.
#include "import/importer.h"
#include "store/projectstore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Crossread;

namespace {

QStringList corpusTexts()
{
    QStringList texts;
    const QDir dir(QStringLiteral(CROSSREAD_SHARED_DIR "/corpus"));
    for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            texts.append(QString::fromUtf8(f.readAll()));
    }
    if (texts.isEmpty()) {
        QString synthetic = QStringLiteral("A title line for a synthetic article\nPublished: March 4, 2031\n");
        for (int i = 0; i < 40; ++i)
            synthetic += QStringLiteral("The council said on Monday that the bridge would be repaired, and residents "
                                        "who had waited for two years welcomed the news, paragraph %1.\n")
                             .arg(i);
        texts.append(synthetic);
    }
    return texts;
}

// 1,000 distinct files (distinct SHA-256), every one a corpus article with its own first line.
struct ArticleSet
{
    QTemporaryDir dir;
    QStringList paths;
    qint64 bytes = 0;

    ArticleSet()
    {
        const QStringList texts = corpusTexts();
        for (int i = 0; i < 1000; ++i) {
            const QString path = dir.filePath(QStringLiteral("article-%1.txt").arg(i, 4, 10, QLatin1Char('0')));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                continue;
            const QByteArray article = (QStringLiteral("Copy %1 of an article\n").arg(i) + texts.at(i % texts.size())).toUtf8();
            f.write(article);
            bytes += article.size();
            paths.append(path);
        }
    }
};

void BM_Import1000TextArticles(benchmark::State& state)
{
    static ArticleSet articles;
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString project = articles.dir.filePath(QStringLiteral("bench-%1.crossread").arg(run++));
        ProjectStore store;
        if (!store.create(project)) {
            state.SkipWithError("cannot create the project");
            return;
        }
        state.ResumeTiming();
        const QList<ImportResult> results = Importer::importFiles(store, articles.paths);
        state.PauseTiming();
        const auto imported = std::count_if(results.cbegin(), results.cend(), [](const ImportResult& r) {
            return r.status == ImportResult::Status::Imported;
        });
        if (imported != articles.paths.size())
            state.SkipWithError("not every article was imported");
        store.close();
        QFile::remove(project);
        state.ResumeTiming();
    }
    state.counters["files"] = double(articles.paths.size());
    state.counters["MB"] = double(articles.bytes) / (1024 * 1024);
    state.SetBytesProcessed(state.iterations() * articles.bytes);
}
// Files are prepared on a worker thread while the previous one is stored: CPU of the whole process.
BENCHMARK(BM_Import1000TextArticles)->Unit(benchmark::kMillisecond)->Iterations(3)->MeasureProcessCPUTime()->UseRealTime();

void BM_PrepareOnly1000TextArticles(benchmark::State& state)
{
    static ArticleSet articles;
    for (auto _ : state) {
        for (const QString& path : articles.paths)
            benchmark::DoNotOptimize(Importer::prepare(path, {}, nullptr));
    }
    state.SetBytesProcessed(state.iterations() * articles.bytes);
}
BENCHMARK(BM_PrepareOnly1000TextArticles)->Unit(benchmark::kMillisecond)->Iterations(3);

QByteArray makePdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    const QStringList words = QStringLiteral("the council said on Monday that repairs to the spillway would begin in "
                                             "spring and last two years while residents asked for faster work")
                                  .split(u' ');
    int w = 0;
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            writer.newPage();
        painter.drawText(QPointF(60, 40), QStringLiteral("Ostria Water Authority — Annual report"));
        for (int line = 0; line < 50; ++line) {
            QString text;
            while (text.size() < 80)
                text += words.at(w++ % words.size()) + u' ';
            painter.drawText(QPointF(60, 80 + line * 14), line % 10 == 9 ? text.left(30) + u'.' : text);
        }
        painter.drawText(QPointF(280, 800), QString::number(page));
    }
    painter.end();
    return bytes;
}

void BM_Import100PagePdf(benchmark::State& state)
{
    static const QByteArray pdf = makePdf(100);
    qint64 length = 0;
    for (auto _ : state) {
        QString error;
        const auto prepared = Importer::prepareData(pdf, QStringLiteral("report.pdf"), {}, &error);
        if (!prepared) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        length = prepared->document.length;
    }
    state.counters["pages"] = 100;
    state.counters["chars"] = double(length);
}
BENCHMARK(BM_Import100PagePdf)->Unit(benchmark::kMillisecond)->Iterations(3);

// A news-shaped page of ~150 KB: nav, share bars, 300 paragraphs, related links, comments.
QByteArray makePage()
{
    QString html = QStringLiteral("<!DOCTYPE html><html lang=en><head><title>Big page - Example News</title>"
                                  "<meta property='og:title' content='Big page'><script>var x = 1;</script></head><body>"
                                  "<header><nav>");
    for (int i = 0; i < 50; ++i)
        html += QStringLiteral("<a href='/s%1'>Section %1</a>").arg(i);
    html += QStringLiteral("</nav></header><main><article><h1>Big page</h1><div class='share'>Share</div>"
                           "<div class='article-body'>");
    for (int i = 0; i < 300; ++i)
        html += QStringLiteral("<p>Paragraph %1 of the article, in which the council said, once again, that the "
                               "repairs would begin in spring and last two years, <a href='/x'>a link</a>.</p>")
                    .arg(i);
    html += QStringLiteral("</div></article><aside class='related'>");
    for (int i = 0; i < 50; ++i)
        html += QStringLiteral("<li><a href='/r%1'>Related story %1</a></li>").arg(i);
    html += QStringLiteral("</aside><section id='comments'>");
    for (int i = 0; i < 50; ++i)
        html += QStringLiteral("<p>Comment %1, with opinions, opinions, opinions.</p>").arg(i);
    html += QStringLiteral("</section><footer>© Example</footer></main></body></html>");
    return html.toUtf8();
}

void BM_ImportLargeWebPage(benchmark::State& state)
{
    static const QByteArray page = makePage();
    for (auto _ : state) {
        auto prepared = Importer::prepareData(page, QStringLiteral("page.html"), {}, nullptr);
        benchmark::DoNotOptimize(prepared);
    }
    state.SetBytesProcessed(state.iterations() * page.size());
    state.counters["KB"] = double(page.size()) / 1024;
}
BENCHMARK(BM_ImportLargeWebPage)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // QPdfWriter's fonts need it
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
