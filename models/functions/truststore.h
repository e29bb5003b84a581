// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QString>

namespace twin {

class Project;

/**
 * Which projects' functions may run. Functions are code: a project opened from elsewhere
 * runs none until the user trusts it. Trust is remembered per file path and per hash of
 * the project's function definitions, so a project whose functions were changed outside
 * this user's hands asks again.
 *
 * Stored as JSON in QStandardPaths::AppConfigLocation/trusted-projects.json (tests and
 * tools pass another file). Projects created by twinctl on this machine by this user
 * carry a marker in their view state ("trust": {"createdBy": creatorId()}), a hash of the
 * machine id and the user name: those are trusted without asking.
 */
class TrustStore
{
public:
    /// \a fileName empty: the default location.
    explicit TrustStore(const QString &fileName = QString());

    static QString defaultFileName();
    QString fileName() const { return m_fileName; }

    /// A hash of the function definitions (sources, matchers, assignment); whether a
    /// function is enabled is not part of it.
    static QByteArray functionsHash(const QJsonArray &functions);

    bool isTrusted(const QString &projectPath, const QByteArray &functionsHash) const;
    bool trust(const QString &projectPath, const QByteArray &functionsHash, QString *error = nullptr);
    bool revoke(const QString &projectPath, QString *error = nullptr);

    /// This machine and user, hashed.
    static QString creatorId();
    /// Marks \a project as created here (twinctl project new).
    static void markCreatedHere(Project *project);
    static bool isCreatedHere(const Project &project);

    /// Whether the functions of \a project (saved as its fileName()) may run.
    bool mayRun(const Project &project) const;

private:
    bool load();
    bool save(QString *error) const;

    QString m_fileName;
    QHash<QString, QByteArray> m_trusted; // canonical path -> functions hash (hex)
};

} // namespace twin
