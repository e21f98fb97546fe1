// SPDX-License-Identifier: MIT
// Precision, recall and F1 of the suggestions per kind on the gold files, then the scanning speed.
#include "cues/suggestionengine.h"
#include "goldeval.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace Crossread;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("CROSSREAD_SOURCE_DIR", QStringLiteral(CROSSREAD_SOURCE_DIR_DEFAULT));
}

void BM_SuggestCorpus(benchmark::State& state)
{
    QString text;
    const QDir corpus(QStringLiteral(CROSSREAD_SHARED_DIR "/corpus"));
    for (const QString& f : corpus.entryList({QStringLiteral("*.txt")})) {
        QFile file(corpus.filePath(f));
        if (file.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(file.readAll()) + u'\n';
    }
    SuggestionEngine engine;
    for (auto _ : state)
        benchmark::DoNotOptimize(engine.suggest(text));
    state.SetBytesProcessed(state.iterations() * text.size() * 2);
}
BENCHMARK(BM_SuggestCorpus)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString corpus = QDir(QStringLiteral(CROSSREAD_SHARED_DIR "/corpus")).exists()
                               ? QStringLiteral(CROSSREAD_SHARED_DIR "/corpus")
                               : QString();
    const Gold::Result r = Gold::evaluate(sourceDir() + QStringLiteral("/tests/data/gold"),
                                          sourceDir() + QStringLiteral("/resources/samples"), corpus);
    std::printf("Suggestions against %d gold files%s\n", r.files, corpus.isEmpty() ? " (corpus missing)" : "");
    std::printf("%-12s %9s %9s %9s   %s\n", "kind", "precision", "recall", "F1", "tp/predicted/gold");
    for (auto it = r.scores.cbegin(); it != r.scores.cend(); ++it)
        std::printf("%-12s %9.3f %9.3f %9.3f   %d/%d/%d\n", qPrintable(it.key()), it->precision(), it->recall(), it->f1(),
                    it->truePositives, it->predicted, it->gold);
    for (const QString& p : r.problems)
        std::printf("problem: %s\n", qPrintable(p));
    if (app.arguments().contains(QStringLiteral("--verbose")))
        for (const QString& e : r.errors)
            std::printf("  %s\n", qPrintable(e));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
