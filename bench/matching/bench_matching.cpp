// SPDX-License-Identifier: MIT
// Quote matching at scale. Target (issue 6): cluster 1,000 articles derived from the shared
// corpus — paragraphs shuffled and recombined, words substituted — in < 2 s on 2 cores, and
// report peak memory (getrusage ru_maxrss).
//
// The articles are generated at run time from a fixed seed, so every run measures the same
// input and no corpus text is copied into the repository.
#include "matching/quotematcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QThreadPool>

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdio>
#include <random>

using namespace Crossread;

namespace {

QStringList corpusParagraphs()
{
    const QString dir = qEnvironmentVariable("CROSSREAD_SHARED_DIR", QStringLiteral(CROSSREAD_SHARED_DIR))
        + QStringLiteral("/corpus");
    QStringList paragraphs;
    for (const QString& name : QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QString text = QString::fromUtf8(f.readAll());
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        for (const QString& p : text.split(QRegularExpression(QStringLiteral("\n\\s*\n|\n(?=[A-Z“\"])")), Qt::SkipEmptyParts)) {
            if (p.simplified().size() > 40)
                paragraphs.append(p.trimmed());
        }
    }
    return paragraphs;
}

/// `count` articles of 8–16 paragraphs drawn from the corpus, with about 3% of their words
/// replaced by other corpus words, so copies are near-duplicates rather than verbatim.
QList<MatchDocument> deriveArticles(const QStringList& paragraphs, int count, unsigned seed)
{
    std::mt19937 random(seed);
    QStringList vocabulary;
    for (const QString& p : paragraphs)
        vocabulary += p.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<MatchDocument> out;
    for (int i = 0; i < count; ++i) {
        const int n = 8 + int(random() % 9);
        QStringList chosen;
        for (int k = 0; k < n; ++k) {
            QStringList words = paragraphs.at(int(random() % paragraphs.size())).split(QLatin1Char(' '));
            for (QString& w : words) {
                if (random() % 100 < 3)
                    w = vocabulary.at(int(random() % vocabulary.size()));
            }
            chosen.append(words.join(QLatin1Char(' ')));
        }
        MatchDocument d;
        d.id = i + 1;
        d.text = chosen.join(QStringLiteral("\n\n"));
        d.published = QDate(2025, 4, 1).addDays(i % 60);
        d.outlet = QStringLiteral("Outlet %1").arg(i % 37);
        out.append(d);
    }
    return out;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

void BM_Cluster1000Articles(benchmark::State& state)
{
    const QStringList paragraphs = corpusParagraphs();
    if (paragraphs.isEmpty()) {
        state.SkipWithError("shared corpus not found (set CROSSREAD_SHARED_DIR)");
        return;
    }
    const QList<MatchDocument> articles = deriveArticles(paragraphs, int(state.range(0)), 20260423u);
    qint64 characters = 0;
    for (const MatchDocument& d : articles)
        characters += d.text.size();
    int clusters = 0;
    qint64 members = 0;
    quint64 checksum = 0; // of every member's place, to see that a faster version finds the same
    double worst = 0, worstCpu = 0, worstIndex = 0, worstIndexCpu = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = cpuSeconds();
        // The two phases separately: matching (tokenizing, seed index, alignment) and building
        // the clusters for display (regions, speakers, word diffs).
        QuoteMatcher matcher;
        matcher.addDocuments(articles);
        const double indexed = timer.nsecsElapsed() / 1e9;
        const double indexedCpu = cpuSeconds() - cpu0;
        QList<StatementCluster> result = matcher.clusters();
        const double wall = timer.nsecsElapsed() / 1e9;
        if (wall > worst) {
            worst = wall;
            worstIndex = indexed;
        }
        if (cpuSeconds() - cpu0 > worstCpu) {
            worstCpu = cpuSeconds() - cpu0;
            worstIndexCpu = indexedCpu;
        }
        clusters = int(result.size());
        members = 0;
        checksum = 1469598103934665603ULL;
        for (const StatementCluster& c : result) {
            members += c.members.size();
            for (const ClusterMember& m : c.members)
                checksum = (checksum ^ quint64(m.document * 1000003 + m.start * 7919 + m.end)) * 1099511628211ULL;
        }
        benchmark::DoNotOptimize(result);
    }
    state.counters["articles"] = double(articles.size());
    state.counters["MB_text"] = double(characters) * 2 / (1024.0 * 1024.0);
    state.counters["clusters"] = clusters;
    state.counters["members"] = double(members);
    state.counters["peak_rss_MB"] = peakMegabytes();
    state.counters["cpu_s"] = worstCpu;
    std::printf("bench_matching: %lld articles, %.1f MB of text, %d clusters, %lld members; "
                "slowest run %.3f s wall (matching %.3f s, clusters %.3f s; target < 2 s), most CPU %.3f s (matching %.3f s, clusters %.3f s), "
                "peak memory %.1f MB, %d threads, result %016llx\n",
                static_cast<long long>(articles.size()), double(characters) * 2 / (1024.0 * 1024.0), clusters,
                static_cast<long long>(members), worst, worstIndex, worst - worstIndex, worstCpu, worstIndexCpu,
                worstCpu - worstIndexCpu, peakMegabytes(),
                QThreadPool::globalInstance()->maxThreadCount(), static_cast<unsigned long long>(checksum));
}

// What an import costs once a project holds N articles: the new one is tokenized, everything is
// matched again (quotematcher.h says why) and the clusters are rebuilt for display.
void BM_AddOneArticleTo(benchmark::State& state)
{
    const QStringList paragraphs = corpusParagraphs();
    if (paragraphs.isEmpty()) {
        state.SkipWithError("shared corpus not found (set CROSSREAD_SHARED_DIR)");
        return;
    }
    QList<MatchDocument> articles = deriveArticles(paragraphs, int(state.range(0)) + 1, 20260423u);
    const MatchDocument last = articles.takeLast();
    double worst = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QuoteMatcher matcher;
        matcher.addDocuments(articles);
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        matcher.addDocuments({last});
        QList<StatementCluster> result = matcher.clusters();
        worst = std::max(worst, timer.nsecsElapsed() / 1e9);
        benchmark::DoNotOptimize(result);
    }
    std::printf("bench_matching: one article imported into %lld: slowest %.3f s wall (tokenizing the new one, matching all "
                "again, clusters)\n",
                static_cast<long long>(articles.size()), worst);
}

} // namespace

BENCHMARK(BM_AddOneArticleTo)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
BENCHMARK(BM_Cluster1000Articles)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
