// SPDX-License-Identifier: GPL-3.0-or-later
// layercheck ROOT LAYER...: checks that no source file under ROOT/LAYER includes a file of a
// layer named after it (the layers are given from the bottom up). Prints one
// "file:line: error: message" per violation; exit status 1 when there is one, 2 on usage
// errors.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

bool isSource(const fs::path &p)
{
    const std::string ext = p.extension().string();
    return ext == ".h" || ext == ".hpp" || ext == ".cpp" || ext == ".cc";
}

/// The layer folder \a included lies in, or "" when it lies in none (Qt, the standard
/// library, a file of the same folder).
std::string layerOf(const fs::path &root, const fs::path &file, const std::string &included,
                    const std::map<std::string, int> &ranks)
{
    std::string first = included.substr(0, included.find('/'));
    if (included.find('/') != std::string::npos && ranks.count(first))
        return first;
    // A relative include ("../graph/twin.h"): where it really goes.
    const fs::path target = (file.parent_path() / included).lexically_normal();
    const fs::path rel = target.lexically_relative(root);
    if (rel.empty() || *rel.begin() == "..")
        return std::string();
    first = rel.begin()->string();
    return ranks.count(first) ? first : std::string();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: layercheck ROOT LAYER... (the layers from the bottom up)\n");
        return 2;
    }
    const fs::path root = fs::path(argv[1]).lexically_normal();
    std::map<std::string, int> ranks;
    std::vector<std::string> layers;
    for (int i = 2; i < argc; ++i) {
        ranks[argv[i]] = i - 2;
        layers.emplace_back(argv[i]);
    }
    std::error_code ec;
    int violations = 0;
    for (const fs::directory_entry &e : fs::directory_iterator(root, ec)) {
        if (e.is_directory() && !ranks.count(e.path().filename().string())) {
            std::fprintf(stderr, "%s: error: folder '%s' is no layer: add it to the layer list\n",
                         e.path().string().c_str(), e.path().filename().string().c_str());
            ++violations;
        }
    }
    if (ec) {
        std::fprintf(stderr, "%s: error: %s\n", root.string().c_str(), ec.message().c_str());
        return 2;
    }
    static const std::regex include(R"(^\s*#\s*include\s*["<]([^">]+)[">])");
    int files = 0;
    for (const std::string &layer : layers) {
        const fs::path dir = root / layer;
        if (!fs::is_directory(dir)) {
            std::fprintf(stderr, "%s: error: layer folder missing\n", dir.string().c_str());
            ++violations;
            continue;
        }
        std::vector<fs::path> sources;
        for (const fs::directory_entry &e : fs::recursive_directory_iterator(dir)) {
            if (e.is_regular_file() && isSource(e.path()))
                sources.push_back(e.path());
        }
        std::sort(sources.begin(), sources.end());
        for (const fs::path &path : sources) {
            ++files;
            std::ifstream in(path);
            std::string line;
            for (int number = 1; std::getline(in, line); ++number) {
                std::smatch m;
                if (!std::regex_search(line, m, include))
                    continue;
                const std::string target = layerOf(root, path, m[1].str(), ranks);
                if (target.empty() || ranks.at(target) <= ranks.at(layer))
                    continue;
                std::printf("%s:%d: error: %s includes %s (\"%s\"): a layer includes only layers below it\n",
                            path.string().c_str(), number, layer.c_str(), target.c_str(),
                            m[1].str().c_str());
                ++violations;
            }
        }
    }
    if (violations > 0) {
        std::printf("%d layering violation(s)\n", violations);
        return 1;
    }
    std::printf("%d files in %zu layers, no include reaches a layer above\n", files, layers.size());
    return 0;
}
