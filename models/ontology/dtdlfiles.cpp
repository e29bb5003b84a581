// SPDX-License-Identifier: GPL-3.0-or-later
#include "dtdlfiles.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace twin {

namespace {

namespace fs = std::filesystem;

bool readWhole(const std::string &path, QByteArray *out, QString *error)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return false;
    }
    QByteArray bytes(qsizetype(st.st_size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return false;
        }
        if (n == 0)
            break; // the file shrank while we read it
        done += n;
    }
    ::close(fd);
    bytes.truncate(done);
    *out = std::move(bytes);
    return true;
}

} // namespace

QList<DtdlParser::Document> DtdlFiles::read(const QStringList &paths, Diagnostics *diagnostics)
{
    QList<DtdlParser::Document> docs;
    auto readOne = [&](const std::string &path) {
        DtdlParser::Document doc;
        doc.file = QFile::decodeName(path.c_str());
        QString error;
        if (readWhole(path, &doc.bytes, &error))
            docs.append(std::move(doc));
        else if (diagnostics)
            diagnostics->append(Diagnostic::error(doc.file, 0, error));
    };
    for (const QString &path : paths) {
        if (path.startsWith(u':')) {
            // A Qt resource (the built-in core ontology): only QFile can read it.
            QStringList files;
            if (QFileInfo(path).isDir()) {
                QDirIterator it(path, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
                while (it.hasNext())
                    files.append(it.next());
                files.sort();
            } else {
                files.append(path);
            }
            for (const QString &f : std::as_const(files)) {
                QFile file(f);
                if (file.open(QIODevice::ReadOnly))
                    docs.append({f, file.readAll()});
                else if (diagnostics)
                    diagnostics->append(Diagnostic::error(f, 0, file.errorString()));
            }
            continue;
        }
        const std::string native = QFile::encodeName(path).toStdString();
        std::error_code ec;
        const fs::file_status status = fs::status(native, ec);
        if (ec || !fs::exists(status)) {
            if (diagnostics)
                diagnostics->append(Diagnostic::error(path, 0, QStringLiteral("no such file or folder")));
            continue;
        }
        if (!fs::is_directory(status)) {
            readOne(native);
            continue;
        }
        std::vector<std::string> files;
        for (fs::recursive_directory_iterator it(native, fs::directory_options::skip_permission_denied, ec), end;
             !ec && it != end; it.increment(ec)) {
            const fs::path &p = it->path();
            // is_regular_file on the entry uses the type the directory listing gave.
            if (p.extension() == ".json" && it->is_regular_file(ec))
                files.push_back(p.string());
        }
        if (ec && diagnostics)
            diagnostics->append(Diagnostic::error(path, 0, QString::fromStdString(ec.message())));
        std::sort(files.begin(), files.end());
        for (const std::string &f : files)
            readOne(f);
    }
    return docs;
}

} // namespace twin
