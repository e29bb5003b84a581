// SPDX-License-Identifier: GPL-3.0-or-later
// DTDL engine benchmarks (Google Benchmark). Run: build/bin/ontology_bench
// Inputs are read into memory once; each iteration parses, validates and resolves.
#include "ontology/dtdlparser.h"
#include "ontology/modelregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <memory>

namespace {

QList<QPair<QString, QByteArray>> readFolder(const QString &relative)
{
    QList<QPair<QString, QByteArray>> docs;
    const QString root = QDir(QStringLiteral(TWIN_SHARED_DIR)).filePath(relative);
    QStringList files;
    QDirIterator it(root, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            docs.append({path, f.readAll()});
    }
    return docs;
}

const QList<QPair<QString, QByteArray>> &rec()
{
    static const auto docs = readFolder(QStringLiteral("ontologies/rec-3.3"));
    return docs;
}

qint64 totalBytes(const QList<QPair<QString, QByteArray>> &docs)
{
    qint64 n = 0;
    for (const auto &d : docs)
        n += d.second.size();
    return n;
}

/// The whole engine: parse, validate, resolve into a registry.
void BM_Rec33_Registry(benchmark::State &state)
{
    const auto &docs = rec();
    if (docs.isEmpty()) {
        state.SkipWithError("../shared/ontologies/rec-3.3 is absent");
        return;
    }
    for (auto _ : state) {
        auto registry = std::make_unique<twin::ModelRegistry>();
        twin::Diagnostics diagnostics;
        const bool ok = registry->addDocuments(docs, &diagnostics);
        if (!ok || registry->interfaceCount() != 767)
            state.SkipWithError("REC 3.3 did not load");
        benchmark::DoNotOptimize(registry->interfaceCount());
        // Tearing the model down is not part of loading it.
        state.PauseTiming();
        registry.reset();
        state.ResumeTiming();
    }
    state.SetBytesProcessed(state.iterations() * totalBytes(docs));
}
BENCHMARK(BM_Rec33_Registry)->Unit(benchmark::kMillisecond);

/// Parse and validate only (no registry).
void BM_Rec33_Parser(benchmark::State &state)
{
    QList<twin::DtdlParser::Document> docs;
    for (const auto &[file, bytes] : rec())
        docs.append({file, bytes});
    for (auto _ : state) {
        auto result = std::make_unique<twin::DtdlParser::Result>(twin::DtdlParser().parse(docs));
        benchmark::DoNotOptimize(result->elements.size());
        state.PauseTiming();
        result.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_Rec33_Parser)->Unit(benchmark::kMillisecond);

// The JSON libraries considered, reading the same bytes into a DOM.
void BM_Rec33_Json_QJsonDocument(benchmark::State &state)
{
    for (auto _ : state) {
        for (const auto &d : rec())
            benchmark::DoNotOptimize(QJsonDocument::fromJson(d.second).isNull());
    }
}
BENCHMARK(BM_Rec33_Json_QJsonDocument)->Unit(benchmark::kMillisecond);

void BM_Rec33_Json_Nlohmann(benchmark::State &state)
{
    for (auto _ : state) {
        for (const auto &d : rec())
            benchmark::DoNotOptimize(nlohmann::json::parse(d.second.cbegin(), d.second.cend(), nullptr, false).size());
    }
}
BENCHMARK(BM_Rec33_Json_Nlohmann)->Unit(benchmark::kMillisecond);

void BM_Rec33_Json_Simdjson(benchmark::State &state)
{
    simdjson::dom::parser parser;
    for (auto _ : state) {
        for (const auto &d : rec()) {
            simdjson::dom::element e;
            benchmark::DoNotOptimize(parser.parse(d.second.constData(), size_t(d.second.size())).get(e));
        }
    }
}
BENCHMARK(BM_Rec33_Json_Simdjson)->Unit(benchmark::kMillisecond);

void BM_EnergyGrid_Registry(benchmark::State &state)
{
    static const auto docs = readFolder(QStringLiteral("ontologies/energygrid"));
    for (auto _ : state) {
        twin::ModelRegistry registry;
        twin::Diagnostics diagnostics;
        benchmark::DoNotOptimize(registry.addDocuments(docs, &diagnostics));
    }
}
BENCHMARK(BM_EnergyGrid_Registry)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
