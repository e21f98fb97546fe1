// SPDX-License-Identifier: MIT
// Store benchmarks. Targets (issue 3):
//   100,000 annotations in one transaction within 1.5x a bare sqlite3 loop inserting the same rows;
//   one interactive edit committed: median < 1 ms, p99 < 5 ms;
//   open a project of 1,000 documents and 100,000 annotations and list its documents < 200 ms;
//   load one document's 1,000 annotations < 5 ms.
#include "store/projectstore.h"
#include "text/offsets.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <algorithm>
#include <vector>

using namespace Crossread;

namespace {

/// News-like text with some characters outside the BMP, about `words` words long.
QString articleText(int seed, int words)
{
    static const QStringList vocabulary = {
        QStringLiteral("the"),      QStringLiteral("ministry"), QStringLiteral("said"),      QStringLiteral("76,000"),
        QStringLiteral("soldiers"), QStringLiteral("region"),   QStringLiteral("Kursk"),     QStringLiteral("김정은"),
        QStringLiteral("troops"),   QStringLiteral("😀"),       QStringLiteral("confirmed"), QStringLiteral("Захарова"),
        QStringLiteral("on"),       QStringLiteral("Monday"),   QStringLiteral("reported"),  QStringLiteral("𠜎"),
    };
    QRandomGenerator random{quint32(seed)};
    QString text;
    text.reserve(words * 8);
    for (int i = 0; i < words; ++i) {
        text += vocabulary.at(random.bounded(int(vocabulary.size())));
        text += (i % 17 == 16) ? QStringLiteral(".\n") : QStringLiteral(" ");
    }
    return text;
}

DocumentId addArticle(ProjectStore& store, int seed, int words)
{
    Document doc;
    doc.meta.title = QStringLiteral("Article %1").arg(seed);
    doc.meta.outlet = QStringLiteral("Outlet");
    doc.text = articleText(seed, words);
    return store.addDocument(doc, doc.text.toUtf8());
}

/// `count` annotations spread over `doc`'s text (code point length `length`).
QList<Annotation> makeAnnotations(DocumentId doc, qint64 length, int count, TagId tag, int seed)
{
    QRandomGenerator random{quint32(seed)};
    QList<Annotation> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        Annotation a;
        a.document = doc;
        a.start = random.bounded(qint64(0), length - 60);
        a.end = a.start + random.bounded(5, 60);
        a.tags = {tag};
        if (i % 4 == 0)
            a.note = QStringLiteral("Check against the ministry's own figures.");
        list.append(a);
    }
    return list;
}

/// A project file with `docs` documents of `words` words each, closed again.
struct Project
{
    QTemporaryDir dir;
    QString path;
    QList<DocumentId> docs;
    QList<qint64> lengths;
    TagId claim = 0;
};

std::unique_ptr<Project> makeProject(int docs, int words)
{
    auto p = std::make_unique<Project>();
    p->path = p->dir.filePath(QStringLiteral("bench.crossread"));
    ProjectStore store;
    if (!store.create(p->path))
        qFatal("cannot create %s", qPrintable(p->path));
    for (int i = 0; i < docs; ++i) {
        p->docs.append(addArticle(store, i, words));
        p->lengths.append(store.documents().last().length);
    }
    p->claim = store.builtinTag(QStringLiteral("claim"))->id;
    return p;
}

// ---- bulk insert: store vs bare sqlite3 -------------------------------------

constexpr int BulkDocs = 100;
constexpr int BulkPerDoc = 1000;

QList<Annotation> bulkRows(const Project& p)
{
    QList<Annotation> rows;
    for (int i = 0; i < p.docs.size(); ++i)
        rows += makeAnnotations(p.docs[i], p.lengths[i], BulkPerDoc, p.claim, i);
    return rows;
}

void BM_InsertStore(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        auto p = makeProject(BulkDocs, 2000);
        const QList<Annotation> rows = bulkRows(*p);
        ProjectStore store;
        store.open(p->path);
        state.ResumeTiming();
        const QList<AnnotationId> ids = store.addAnnotations(rows);
        state.PauseTiming();
        if (ids.size() != rows.size())
            state.SkipWithError("insert failed");
        store.close();
        p.reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = BulkDocs * BulkPerDoc;
}
BENCHMARK(BM_InsertStore)->Unit(benchmark::kMillisecond)->Iterations(5);

/// The same rows (quote, prefix and suffix computed beforehand) through the bare C API.
void BM_InsertBareSqlite(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        auto p = makeProject(BulkDocs, 2000);
        const QList<Annotation> rows = bulkRows(*p);
        struct Row
        {
            qint64 doc, start, end;
            QByteArray quote, prefix, suffix, note;
        };
        std::vector<Row> prepared;
        prepared.reserve(size_t(rows.size()));
        {
            ProjectStore store;
            store.open(p->path, ProjectStore::OpenMode::ReadOnly);
            QHash<DocumentId, QString> texts;
            for (const DocumentId d : std::as_const(p->docs))
                texts.insert(d, store.documentText(d));
            for (const Annotation& a : rows) {
                const QString& t = texts[a.document];
                prepared.push_back({a.document, a.start, a.end, codePointMid(t, a.start, a.end).toUtf8(),
                                    codePointMid(t, std::max<qint64>(0, a.start - 32), a.start).toUtf8(),
                                    codePointMid(t, a.end, a.end + 32).toUtf8(), a.note.toUtf8()});
            }
        }
        sqlite3* db = nullptr;
        sqlite3_open(QFile::encodeName(p->path).constData(), &db);
        sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON", nullptr,
                     nullptr, nullptr);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        state.ResumeTiming();
        sqlite3_stmt* ins = nullptr;
        sqlite3_stmt* tag = nullptr;
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_prepare_v2(db,
                           "INSERT INTO annotations (document, start_pos, end_pos, quote, prefix, suffix, note, "
                           "annotator, created, modified, verdict, rationale, speaker) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?, '', '', NULL)",
                           -1, &ins, nullptr);
        sqlite3_prepare_v2(db, "INSERT INTO annotation_tags (annotation, tag, position) VALUES (?, ?, 0)", -1, &tag,
                           nullptr);
        for (const Row& r : prepared) {
            sqlite3_bind_int64(ins, 1, r.doc);
            sqlite3_bind_int64(ins, 2, r.start);
            sqlite3_bind_int64(ins, 3, r.end);
            sqlite3_bind_text(ins, 4, r.quote.constData(), int(r.quote.size()), SQLITE_STATIC);
            sqlite3_bind_text(ins, 5, r.prefix.constData(), int(r.prefix.size()), SQLITE_STATIC);
            sqlite3_bind_text(ins, 6, r.suffix.constData(), int(r.suffix.size()), SQLITE_STATIC);
            sqlite3_bind_text(ins, 7, r.note.constData(), int(r.note.size()), SQLITE_STATIC);
            sqlite3_bind_int64(ins, 8, now);
            sqlite3_bind_int64(ins, 9, now);
            if (sqlite3_step(ins) != SQLITE_DONE)
                state.SkipWithError("insert failed");
            sqlite3_reset(ins);
            sqlite3_bind_int64(tag, 1, sqlite3_last_insert_rowid(db));
            sqlite3_bind_int64(tag, 2, p->claim);
            sqlite3_step(tag);
            sqlite3_reset(tag);
        }
        sqlite3_finalize(ins);
        sqlite3_finalize(tag);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        state.PauseTiming();
        sqlite3_close(db);
        p.reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = BulkDocs * BulkPerDoc;
}
BENCHMARK(BM_InsertBareSqlite)->Unit(benchmark::kMillisecond)->Iterations(5);

// ---- one interactive edit ---------------------------------------------------

void reportLatencies(benchmark::State& state, std::vector<double>& micros)
{
    std::sort(micros.begin(), micros.end());
    state.counters["median_ms"] = micros[micros.size() / 2] / 1000.0;
    state.counters["p99_ms"] = micros[micros.size() * 99 / 100] / 1000.0;
    state.counters["max_ms"] = micros.back() / 1000.0;
}

void BM_InteractiveEdit(benchmark::State& state)
{
    auto p = makeProject(1, 20000);
    ProjectStore store;
    store.open(p->path);
    const QList<AnnotationId> ids = store.addAnnotations(makeAnnotations(p->docs[0], p->lengths[0], 1000, p->claim, 1));
    const QStringList scale = store.ratingScale();
    std::vector<double> micros;
    int i = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        // A verdict change: one command, one transaction with its journal entry, committed.
        if (!store.setVerdict(ids[i % ids.size()], scale[i % scale.size()]))
            state.SkipWithError("edit failed");
        micros.push_back(double(t.nsecsElapsed()) / 1000.0);
        ++i;
    }
    reportLatencies(state, micros);
}
BENCHMARK(BM_InteractiveEdit)->Unit(benchmark::kMicrosecond)->Iterations(2000);

void BM_InteractiveAddAnnotation(benchmark::State& state)
{
    auto p = makeProject(1, 20000);
    ProjectStore store;
    store.open(p->path);
    store.addAnnotations(makeAnnotations(p->docs[0], p->lengths[0], 1000, p->claim, 1));
    QRandomGenerator random(7);
    std::vector<double> micros;
    for (auto _ : state) {
        const qint64 start = random.bounded(qint64(0), p->lengths[0] - 40);
        QElapsedTimer t;
        t.start();
        if (!store.addAnnotation(p->docs[0], start, start + 30, {p->claim}))
            state.SkipWithError("edit failed");
        micros.push_back(double(t.nsecsElapsed()) / 1000.0);
    }
    reportLatencies(state, micros);
}
BENCHMARK(BM_InteractiveAddAnnotation)->Unit(benchmark::kMicrosecond)->Iterations(1000);

// ---- a large project --------------------------------------------------------

/// 1,000 documents (~600 words each) with 100 annotations each; the first has 1,000 of them.
Project& largeProject()
{
    static std::unique_ptr<Project> p = [] {
        auto project = makeProject(1000, 600);
        ProjectStore store;
        store.open(project->path);
        for (int i = 0; i < project->docs.size(); ++i) {
            const int count = i == 0 ? 1000 : 99; // 1,000 + 999 × 99 ≈ 100,000
            store.addAnnotations(makeAnnotations(project->docs[i], project->lengths[i], count, project->claim, i));
        }
        return project;
    }();
    return *p;
}

void BM_OpenLargeProjectAndListDocuments(benchmark::State& state)
{
    Project& p = largeProject();
    for (auto _ : state) {
        ProjectStore store;
        if (!store.open(p.path))
            state.SkipWithError("open failed");
        const QList<Document> docs = store.documents();
        benchmark::DoNotOptimize(docs.size());
        state.PauseTiming();
        if (docs.size() != 1000)
            state.SkipWithError("wrong document count");
        store.close();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_OpenLargeProjectAndListDocuments)->Unit(benchmark::kMillisecond)->Iterations(10);

void BM_LoadDocumentAnnotations(benchmark::State& state)
{
    Project& p = largeProject();
    ProjectStore store;
    store.open(p.path, ProjectStore::OpenMode::ReadOnly);
    for (auto _ : state) {
        const QList<Annotation> list = store.annotations(p.docs[0]);
        if (list.size() != 1000)
            state.SkipWithError("wrong annotation count");
        benchmark::DoNotOptimize(list.data());
    }
}
BENCHMARK(BM_LoadDocumentAnnotations)->Unit(benchmark::kMillisecond)->Iterations(200);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
