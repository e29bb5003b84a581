// SPDX-License-Identifier: GPL-3.0-or-later
#include "filereplacement.h"

#include "core/failure.h"
#include "core/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace twin {

void FileReplacement::syncDirectory(const QString &directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(directory)
#endif
}

#ifdef Q_OS_UNIX
bool FileReplacement::modeAllowsWriting(const struct stat &st)
{
    // The superuser is refused a file that nobody may write, as it is refused running a
    // file that nobody may run.
    if (::geteuid() == 0)
        return st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH);
    if (st.st_uid == ::geteuid())
        return st.st_mode & S_IWUSR;
    bool inGroup = st.st_gid == ::getegid();
    if (!inGroup) {
        std::vector<gid_t> groups(size_t(qMax(0, ::getgroups(0, nullptr))));
        const int count = groups.empty() ? 0 : ::getgroups(int(groups.size()), groups.data());
        inGroup = std::find(groups.cbegin(), groups.cbegin() + qMax(0, count), st.st_gid) != groups.cbegin() + qMax(0, count);
    }
    return st.st_mode & (inGroup ? S_IWGRP : S_IWOTH);
}
#endif

void FileReplacement::keepModeAndOwner(const QString &tempName, const struct stat *st)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(tempName);
    if (st) {
        // Changing the owner needs privileges (a group the user is in does not): what
        // fails is left as it is.
        if (::chown(name.constData(), st->st_uid, st->st_gid) != 0
            && ::chown(name.constData(), uid_t(-1), st->st_gid) != 0)
            qCDebug(lcStore) << "keeps its own owner:" << tempName << std::strerror(errno);
        if (::chmod(name.constData(), st->st_mode & 07777) != 0)
            qCWarning(lcStore) << "cannot keep the mode of the file it replaces:" << std::strerror(errno);
        return;
    }
#endif
    QFile::setPermissions(tempName, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
}

bool FileReplacement::syncFile(const QString &fileName, QString *error)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(fileName).constData(), O_RDONLY);
    if (fd < 0)
        return fail(error, QString::fromLocal8Bit(std::strerror(errno)));
    const bool ok = ::fsync(fd) == 0;
    const QString why = ok ? QString() : QString::fromLocal8Bit(std::strerror(errno));
    ::close(fd);
    return ok || fail(error, why);
#else
    Q_UNUSED(fileName)
    Q_UNUSED(error)
    return true;
#endif
}

void FileReplacement::removeStaleSaveFiles(const QString &fileName)
{
    const QFileInfo project(QFileInfo(fileName).canonicalFilePath());
    const QRegularExpression pattern(QStringLiteral("^\\.%1\\.[A-Za-z0-9]{6}$")
                                         .arg(QRegularExpression::escape(project.fileName())));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    QDir directory = project.absoluteDir();
    const QFileInfoList candidates = directory.entryInfoList(
        {u'.' + project.fileName() + QStringLiteral(".*")}, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    for (const QFileInfo &candidate : candidates) {
        if (!pattern.match(candidate.fileName()).hasMatch() || candidate.lastModified().toUTC() > before)
            continue;
        if (QFile::remove(candidate.absoluteFilePath()))
            qCInfo(lcStore) << "removed" << candidate.absoluteFilePath() << "left by an interrupted save";
        else
            qCWarning(lcStore) << "cannot remove" << candidate.absoluteFilePath() << "left by an interrupted save";
    }
}

} // namespace twin
