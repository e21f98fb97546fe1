// SPDX-License-Identifier: MIT
// HTML import against Mozilla Readability + jsdom on Node, on the same saved pages
// (tests/data/import/html). Node's start-up and module loading are left out: the script times its
// own loop after a warm-up page. Ours is the whole of Importer::prepareData (decoding, parsing,
// extraction, metadata, language, normalization), which does more than Readability's parse().
// Needs node and scripts/tools (CROSSREAD_TOOLS_DIR); without them only our side runs.
#include "import/importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace Crossread;

namespace {

double g_oursMsPerPage = 0;
double g_oursCpuMsPerPage = 0;
double g_readabilityMsPerPage = 0;
double g_readabilityCpuMsPerPage = 0;

QStringList fixturePaths()
{
    const QDir dir(QStringLiteral(CROSSREAD_SOURCE_DIR "/tests/data/import/html"));
    QStringList paths;
    for (const QString& name : dir.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

void BM_OursOnFixturePages(benchmark::State& state)
{
    QList<QPair<QString, QByteArray>> pages;
    for (const QString& path : fixturePaths()) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            pages.append({QFileInfo(path).fileName(), f.readAll()});
    }
    if (pages.isEmpty()) {
        state.SkipWithError("no fixture pages");
        return;
    }
    for (auto _ : state) {
        for (const auto& [name, bytes] : pages) {
            auto prepared = Importer::prepareData(bytes, name, {}, nullptr);
            benchmark::DoNotOptimize(prepared);
        }
    }
    state.SetItemsProcessed(state.iterations() * pages.size());
    state.counters["pages"] = double(pages.size());
}
BENCHMARK(BM_OursOnFixturePages)->Unit(benchmark::kMicrosecond);

QString nodeModulesDir()
{
    const QString tools = qEnvironmentVariableIsEmpty("CROSSREAD_TOOLS_DIR")
        ? QStringLiteral(CROSSREAD_TOOLS_DIR)
        : qEnvironmentVariable("CROSSREAD_TOOLS_DIR");
    if (tools.isEmpty())
        return {};
    const QString modules = QFileInfo(tools).absolutePath();
    return QFileInfo::exists(modules + QStringLiteral("/@mozilla/readability/package.json")) ? modules : QString();
}

void BM_ReadabilityJsdomOnFixturePages(benchmark::State& state)
{
    const QString modules = nodeModulesDir();
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (modules.isEmpty() || node.isEmpty()) {
        state.SkipWithError("node or Readability + jsdom (scripts/tools, CROSSREAD_TOOLS_DIR) not found");
        return;
    }
    const QStringList pages = fixturePaths();
    constexpr int rounds = 10;
    double totalMs = 0, totalCpuMs = 0;
    qint64 totalPages = 0;
    for (auto _ : state) {
        QProcess process;
        process.start(node, QStringList{QStringLiteral(CROSSREAD_SOURCE_DIR "/tests/core/import/readability_node.js"),
                                        modules, QStringLiteral("bench"), QString::number(rounds)}
                                + pages);
        if (!process.waitForFinished(600000) || process.exitCode() != 0) {
            state.SkipWithError("readability_node.js failed");
            return;
        }
        const QJsonObject r = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        const double ms = r.value(QStringLiteral("ms")).toDouble();
        const qint64 n = r.value(QStringLiteral("pages")).toInteger();
        // The time of one pass over the pages, as Node measured it.
        state.SetIterationTime(ms / 1000.0 / rounds);
        totalMs += ms;
        totalCpuMs += r.value(QStringLiteral("cpuMs")).toDouble();
        totalPages += n;
    }
    g_readabilityMsPerPage = totalPages > 0 ? totalMs / double(totalPages) : 0;
    g_readabilityCpuMsPerPage = totalPages > 0 ? totalCpuMs / double(totalPages) : 0;
    state.SetItemsProcessed(state.iterations() * pages.size());
    state.counters["pages"] = double(pages.size());
}
BENCHMARK(BM_ReadabilityJsdomOnFixturePages)->UseManualTime()->Unit(benchmark::kMicrosecond)->Iterations(3);

// Collects our per-page time from the reported run, so the ratio uses the same figures as the table.
class RatioReporter final : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        for (const Run& run : runs) {
            const double pages = run.counters.count("pages") ? double(run.counters.at("pages")) : 0;
            if (run.benchmark_name() == "BM_OursOnFixturePages" && pages > 0 && run.iterations > 0) {
                g_oursMsPerPage = run.real_accumulated_time * 1000.0 / double(run.iterations) / pages;
                g_oursCpuMsPerPage = run.cpu_accumulated_time * 1000.0 / double(run.iterations) / pages;
            }
        }
        ConsoleReporter::ReportRuns(runs);
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    // Wall time against wall time and CPU against CPU: on a shared machine the CPU figures are the steadier.
    if (g_oursMsPerPage > 0 && g_readabilityMsPerPage > 0)
        std::printf("\nper page, wall: ours %.3f ms, Readability + jsdom %.3f ms: ours is %.1f times faster\n",
                    g_oursMsPerPage, g_readabilityMsPerPage, g_readabilityMsPerPage / g_oursMsPerPage);
    if (g_oursCpuMsPerPage > 0 && g_readabilityCpuMsPerPage > 0)
        std::printf("per page, CPU:  ours %.3f ms, Readability + jsdom %.3f ms: ours is %.1f times faster\n",
                    g_oursCpuMsPerPage, g_readabilityCpuMsPerPage, g_readabilityCpuMsPerPage / g_oursCpuMsPerPage);
    return 0;
}
