// SPDX-License-Identifier: GPL-3.0-or-later
// Micro-benchmarks of the core library (Google Benchmark). Run: build/bin/twin_bench
#include "core/stringkey.h"
#include "graph/twingraph.h"

#include <QCoreApplication>
#include <QHash>

#include <benchmark/benchmark.h>

#if defined(__x86_64__) && defined(__linux__)
#include <dlfcn.h>
#endif

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

/// A lookup in a QHash<QString, int> (the process's qHash(QStringView): models/core/
/// stringhash.cpp where it applies) and in a QHash<StringKey, int> (core/stringkey.h), of
/// short ids ("room-N", under 8 characters: Qt's slow hash path; arg 0) and of longer ones
/// ("temperature-N"; arg 1). Compare the rates.
template <typename Key>
void BM_KeyLookup(benchmark::State &state)
{
    const QString prefix = state.range(0) == 0 ? QStringLiteral("room-") : QStringLiteral("temperature-");
    QHash<Key, int> ids;
    QStringList keys;
    for (int i = 0; i < 100; ++i) {
        keys.append(prefix + QString::number(i));
        ids.insert(keys.constLast(), i);
    }
    int i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(ids.value(keys.at(i)));
        i = (i + 1) % 100;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_KeyLookup<QString>)->Arg(0)->Arg(1);
BENCHMARK(BM_KeyLookup<twin::StringKey>)->Arg(0)->Arg(1);

#if defined(__x86_64__) && defined(__linux__)
/// What a lookup does, with Qt's own qHash(QStringView) (arg 0) and with the process's
/// (arg 1, stringhash.cpp): the hash, then a string comparison. Compare the two rates.
void BM_HashThenCompare(benchmark::State &state)
{
    using StringHash = size_t (*)(QStringView, size_t) noexcept;
    const auto hash = reinterpret_cast<StringHash>(
        dlsym(state.range(0) == 0 ? RTLD_NEXT : RTLD_DEFAULT, "_Z5qHash11QStringViewm"));
    const QString a = QStringLiteral("temperature-12");
    const QString b = QString(a.constData(), a.size());
    size_t seed = 1;
    for (auto _ : state) {
        seed += hash(a, seed);
        benchmark::DoNotOptimize(a == b);
    }
    benchmark::DoNotOptimize(seed);
    state.SetLabel(state.range(0) == 0 ? "Qt's qHash" : "process qHash");
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HashThenCompare)->Arg(0)->Arg(1);
#endif

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
