// SPDX-License-Identifier: GPL-3.0-or-later
// Micro-benchmarks of the core library (Google Benchmark). Run: build/bin/twin_bench
#include "graph/twingraph.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

namespace {

void BM_GraphInsertChain(benchmark::State &state)
{
    const int n = int(state.range(0));
    for (auto _ : state) {
        twin::TwinGraph graph;
        for (int i = 0; i < n; ++i) {
            twin::Twin t;
            t.id = QStringLiteral("t%1").arg(i);
            t.model = QStringLiteral("dtmi:twinstudio:core:Room;1");
            graph.insertTwin(t);
            if (i > 0) {
                graph.insertRelationship({QStringLiteral("r%1").arg(i), QStringLiteral("t%1").arg(i / 8),
                                          QStringLiteral("contains"), t.id, {}});
            }
        }
        benchmark::DoNotOptimize(graph.twinCount());
    }
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_GraphInsertChain)->Arg(10000);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
