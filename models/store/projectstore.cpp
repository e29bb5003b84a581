// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectstore.h"

#include "contentconsistency.h"
#include "filereplacement.h"
#include "core/failure.h"
#include "core/logging.h"
#include "document/embeddedimages.h"
#include "document/historylocationsetting.h"
#include "document/project.h"
#include "document/projectcontent.h"
#include "geometryscanner.h"
#include "projectfile.h"
#include "projectschema.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QThread>

#include <cerrno>
#include <system_error>
#include <thread>
#include <cstdio>
#include <cstring>

#include <sys/stat.h>


namespace twin {

namespace {

// --- JSON in columns --------------------------------------------------------------------
// Objects are stored as compact JSON text; an empty object as NULL. Other values (array
// elements, view state members) are stored as the bare JSON text of the value.

QByteArray objectText(const QJsonObject &object)
{
    return object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray valueText(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

bool parseObject(const QByteArray &text, QJsonObject *out)
{
    if (text.isEmpty()) {
        *out = QJsonObject();
        return true;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

bool parseValue(const QByteArray &text, QJsonValue *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']', &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return false;
    *out = doc.array().at(0);
    return true;
}

QString directionName(ContainmentRule::Direction d)
{
    return d == ContainmentRule::Direction::ChildToParent ? QStringLiteral("childToParent")
                                                          : QStringLiteral("parentToChild");
}

QByteArray metaValue(SqliteDatabase &db, const char *key)
{
    SqliteStatement st;
    if (!st.prepare(db.handle(), "SELECT value FROM meta WHERE key = ?1", nullptr))
        return QByteArray();
    st.bindText(1, QByteArray(key));
    if (st.step() != SqliteStatement::Step::Row)
        return QByteArray();
    const QByteArray view = st.columnBytes(0);
    return QByteArray(view.constData(), view.size()); // a copy: the view ends with the statement
}

/// Reads the tables of an opened, current-version project.
class ContentReader
{
public:
    ContentReader(SqliteDatabase &db, const QString &fileName, Diagnostics *diagnostics,
                  ProjectStore::ModelDetail detail = ProjectStore::ModelDetail::Full)
        : m_db(db), m_file(fileName), m_diagnostics(diagnostics), m_detail(detail)
    {
    }

    /// Reads everything. With \a second, a separate connection to the same file, the
    /// relationships are read on a second thread while this one reads the twins: the two
    /// tables are about half of the work each.
    bool read(ProjectContent *c, SqliteDatabase *second)
    {
        bool ok = true;
        if (second) {
            Diagnostics relDiagnostics;
            ContentReader relReader(*second, m_file, &relDiagnostics);
            ProjectContent rels;
            bool relOk = false;
            std::thread worker;
            try {
                worker = std::thread([&] { relOk = relReader.readRelationships(&rels) && relReader.m_errors == 0; });
            } catch (const std::system_error &e) {
                qCWarning(lcStore) << "reading on one thread:" << e.what();
                second = nullptr;
            }
            if (second) {
                ok = readModels(c) && readTwins(c);
                worker.join();
                if (m_diagnostics)
                    m_diagnostics->append(relDiagnostics);
                m_errors += relReader.m_errors;
                c->relationships = std::move(rels.relationships);
                ok = ok && relOk;
            }
        }
        if (!second)
            ok = readModels(c) && readTwins(c) && readRelationships(c);
        return ok
            && readArray("SELECT json FROM functions ORDER BY seq", "functions", &c->functions)
            && readArray("SELECT json FROM bindings ORDER BY seq", "bindings", &c->bindings)
            && readArray("SELECT json FROM connections ORDER BY seq", "connections", &c->connections)
            && readViewState(c) && readSettings(c) && readImages(c) && done();
    }

private:
    bool done()
    {
        if (m_errors > kMaxReported && m_diagnostics)
            m_diagnostics->append(Diagnostic::error(m_file, 0, QStringLiteral("%1 more errors not shown")
                                                                   .arg(m_errors - kMaxReported)));
        return m_errors == 0;
    }

    static constexpr int kMaxReported = 20;

    void error(const QString &message)
    {
        ++m_errors;
        // A damaged table would otherwise produce one line per row.
        if (m_errors <= kMaxReported && m_diagnostics)
            m_diagnostics->append(Diagnostic::error(m_file, 0, message));
    }

    bool prepare(SqliteStatement &st, const char *sql)
    {
        QString why;
        if (st.prepare(m_db.handle(), sql, &why))
            return true;
        error(ProjectStore::tr("damaged project: %1").arg(why));
        return false;
    }

    bool finished(const SqliteStatement &st, SqliteStatement::Step step)
    {
        if (step == SqliteStatement::Step::Error) {
            error(ProjectStore::tr("damaged project: %1").arg(st.lastError()));
            return false;
        }
        return true;
    }

    /// One shared QString per distinct model or relationship name (a few dozen values
    /// over many rows): saves a conversion per row and the memory of the copies.
    QString intern(QHash<QByteArray, QString> &pool, const QByteArray &bytes)
    {
        const auto it = pool.constFind(bytes);
        if (it != pool.cend())
            return *it;
        const QByteArray key(bytes.constData(), bytes.size()); // deep copy: bytes is a view
        return *pool.insert(key, QString::fromUtf8(key));
    }

    bool readModels(ProjectContent *c)
    {
        SqliteStatement st;
        // An outline is cut in SQLite, which skims the text without building values.
        if (!prepare(st, m_detail == ProjectStore::ModelDetail::Full
                             ? "SELECT dtmi, json FROM models ORDER BY seq"
                             : "SELECT dtmi, CASE WHEN json_valid(json) THEN json_remove(json, '$.contents', "
                               "'$.schemas') ELSE json END FROM models ORDER BY seq"))
            return false;
        SqliteStatement::Step s;
        while ((s = st.step()) == SqliteStatement::Step::Row) {
            QJsonObject model;
            if (!parseObject(st.columnBytes(1), &model) || model.isEmpty())
                error(QStringLiteral("model %1: the interface is not a JSON object").arg(st.columnText(0)));
            else
                c->models.append(model);
        }
        return finished(st, s);
    }

    bool readTwins(ProjectContent *c)
    {
        bool ok = false;
        const qint64 count = m_db.queryInt("SELECT max(seq) FROM twins", &ok); // a capacity hint, O(log n)
        SqliteStatement st;
        if (!prepare(st, "SELECT id, model, properties, geometry FROM twins ORDER BY seq"))
            return false;
        if (ok && count > 0)
            c->twins.reserve(count);
        SqliteStatement::Step s;
        while ((s = st.step()) == SqliteStatement::Step::Row) {
            Twin t;
            t.id = st.columnText(0);
            t.model = intern(m_models, st.columnBytes(1));
            if (!parseObject(st.columnBytes(2), &t.properties)) {
                error(QStringLiteral("twin '%1': the properties are not a JSON object").arg(t.id));
                continue;
            }
            const QByteArray geometry = st.columnBytes(3);
            if (!geometry.isEmpty() && !GeometryScanner(geometry).scan(&t.geometry)) {
                QJsonObject json;
                QString why;
                std::optional<Geometry> g;
                if (parseObject(geometry, &json))
                    g = Geometry::fromJson(json, &why);
                else
                    why = QStringLiteral("the geometry is not a JSON object");
                if (!g) {
                    error(QStringLiteral("twin '%1': %2").arg(t.id, why));
                    continue;
                }
                t.geometry = std::move(*g);
            }
            c->twins.append(std::move(t));
        }
        return finished(st, s);
    }

    bool readRelationships(ProjectContent *c)
    {
        bool ok = false;
        const qint64 count = m_db.queryInt("SELECT max(seq) FROM relationships", &ok);
        SqliteStatement st;
        if (!prepare(st, "SELECT source, id, name, target, properties FROM relationships ORDER BY seq"))
            return false;
        if (ok && count > 0)
            c->relationships.reserve(count);
        SqliteStatement::Step s;
        while ((s = st.step()) == SqliteStatement::Step::Row) {
            Relationship r;
            r.source = st.columnText(0);
            r.id = st.columnText(1);
            r.name = intern(m_names, st.columnBytes(2));
            r.target = st.columnText(3);
            if (!parseObject(st.columnBytes(4), &r.properties)) {
                error(QStringLiteral("relationship '%1' of twin '%2': the properties are not a JSON object")
                          .arg(r.id, r.source));
                continue;
            }
            c->relationships.append(std::move(r));
        }
        return finished(st, s);
    }

    bool readArray(const char *sql, const char *table, QJsonArray *out)
    {
        SqliteStatement st;
        if (!prepare(st, sql))
            return false;
        SqliteStatement::Step s;
        while ((s = st.step()) == SqliteStatement::Step::Row) {
            QJsonValue v;
            if (!parseValue(st.columnBytes(0), &v))
                error(QStringLiteral("%1: an entry is not valid JSON").arg(QLatin1StringView(table)));
            else
                out->append(v);
        }
        return finished(st, s);
    }

    bool readViewState(ProjectContent *c)
    {
        SqliteStatement st;
        if (!prepare(st, "SELECT key, value FROM view_state"))
            return false;
        SqliteStatement::Step s;
        while ((s = st.step()) == SqliteStatement::Step::Row) {
            QJsonValue v;
            if (!parseValue(st.columnBytes(1), &v))
                error(QStringLiteral("view state '%1' is not valid JSON").arg(st.columnText(0)));
            else
                c->viewState.insert(st.columnText(0), v);
        }
        return finished(st, s);
    }

    bool readImages(ProjectContent *c)
    {
        SqliteStatement st;
        if (!prepare(st, "SELECT key, data FROM images ORDER BY seq"))
            return false;
        SqliteStatement::Step s;
        while ((s = st.step()) == SqliteStatement::Step::Row) {
            const QByteArray view = st.columnBytes(1);
            c->images.insert(st.columnText(0), QByteArray(view.constData(), view.size()));
        }
        return finished(st, s);
    }

    bool readSettings(ProjectContent *c)
    {
        SqliteStatement st;
        if (!prepare(st, "SELECT key, value FROM settings"))
            return false;
        SqliteStatement::Step s;
        while ((s = st.step()) == SqliteStatement::Step::Row) {
            const QString key = st.columnText(0);
            QJsonValue v;
            if (!parseValue(st.columnBytes(1), &v)) {
                error(QStringLiteral("setting '%1' is not valid JSON").arg(key));
                continue;
            }
            if (key == QStringLiteral("categoryRoots")) {
                const QJsonObject roots = v.toObject();
                for (auto it = roots.begin(); it != roots.end(); ++it)
                    c->categoryRoots.insert(it.key(), categoryFromName(it.value().toString()));
            } else if (key == QStringLiteral("containmentRules")) {
                for (const QJsonValue &rv : v.toArray()) {
                    const QJsonObject ro = rv.toObject();
                    ContainmentRule rule;
                    rule.name = ro.value(QStringLiteral("name")).toString();
                    rule.direction = ro.value(QStringLiteral("direction")).toString() == QStringLiteral("childToParent")
                        ? ContainmentRule::Direction::ChildToParent
                        : ContainmentRule::Direction::ParentToChild;
                    if (rule.name.isEmpty())
                        error(QStringLiteral("setting 'containmentRules': a rule has no name"));
                    else
                        c->containmentRules.append(rule);
                }
            } else if (key == QStringLiteral("allowUndefinedExtensions")) {
                if (!v.isBool())
                    error(QStringLiteral("setting 'allowUndefinedExtensions' must be true or false"));
                else
                    c->allowUndefinedExtensions = v.toBool();
            } else if (key == HistoryLocationSetting::key()) {
                // Kept in the view state while the project is open: one undoable edit.
                if (!v.isString())
                    error(QStringLiteral("setting '%1' must be a text").arg(key));
                else
                    c->viewState.insert(key, v);
            } else {
                // Settings of later versions that this one does not know are kept out of
                // the way rather than refused: they are optional by design.
                qCDebug(lcStore) << m_file << "ignores the unknown setting" << key;
            }
        }
        return finished(st, s);
    }

    SqliteDatabase &m_db;
    QString m_file;
    Diagnostics *m_diagnostics;
    QHash<QByteArray, QString> m_models;
    ProjectStore::ModelDetail m_detail;
    QHash<QByteArray, QString> m_names;
    int m_errors = 0;
};

// --- writing ------------------------------------------------------------------------------

class ContentWriter
{
public:
    explicit ContentWriter(SqliteDatabase &db) : m_db(db) {}

    bool write(const ProjectContent &c, QString *error)
    {
        return writeModels(c, error) && writeTwins(c, error) && writeRelationships(c, error)
            && writeArray("INSERT INTO functions (json) VALUES (?1)", c.functions, error)
            && writeArray("INSERT INTO bindings (json) VALUES (?1)", c.bindings, error)
            && writeArray("INSERT INTO connections (json) VALUES (?1)", c.connections, error)
            && writeViewState(c, error) && writeSettings(c, error) && writeImages(c, error) && writeMeta(error);
    }

private:
    bool writeModels(const ProjectContent &c, QString *error)
    {
        SqliteStatement st;
        if (!st.prepare(m_db.handle(), "INSERT INTO models (dtmi, json) VALUES (?1, ?2)", error))
            return false;
        for (const QJsonObject &m : c.models) {
            st.bindText(1, m.value(QStringLiteral("@id")).toString());
            st.bindText(2, QJsonDocument(m).toJson(QJsonDocument::Compact));
            if (!st.run(error))
                return false;
        }
        return true;
    }

    bool writeTwins(const ProjectContent &c, QString *error)
    {
        SqliteStatement st;
        if (!st.prepare(m_db.handle(),
                        "INSERT INTO twins (id, model, properties, geometry) VALUES (?1, ?2, ?3, ?4)", error))
            return false;
        for (const Twin &t : c.twins) {
            st.bindText(1, t.id);
            st.bindText(2, t.model);
            bindObject(st, 3, t.properties);
            if (t.geometry.isEmpty())
                st.bindNull(4);
            else
                st.bindText(4, QJsonDocument(t.geometry.toJson()).toJson(QJsonDocument::Compact));
            if (!st.run(error)) {
                if (error)
                    *error = QStringLiteral("twin '%1': %2").arg(t.id, *error);
                return false;
            }
        }
        return true;
    }

    bool writeRelationships(const ProjectContent &c, QString *error)
    {
        SqliteStatement st;
        if (!st.prepare(m_db.handle(),
                        "INSERT INTO relationships (source, id, name, target, properties) "
                        "VALUES (?1, ?2, ?3, ?4, ?5)",
                        error))
            return false;
        for (const Relationship &r : c.relationships) {
            st.bindText(1, r.source);
            st.bindText(2, r.id);
            st.bindText(3, r.name);
            st.bindText(4, r.target);
            bindObject(st, 5, r.properties);
            if (!st.run(error)) {
                if (error)
                    *error = QStringLiteral("relationship '%1' of twin '%2': %3").arg(r.id, r.source, *error);
                return false;
            }
        }
        return true;
    }

    bool writeArray(const char *sql, const QJsonArray &array, QString *error)
    {
        SqliteStatement st;
        if (!st.prepare(m_db.handle(), sql, error))
            return false;
        for (const QJsonValue &v : array) {
            st.bindText(1, valueText(v));
            if (!st.run(error))
                return false;
        }
        return true;
    }

    bool writeViewState(const ProjectContent &c, QString *error)
    {
        SqliteStatement st;
        if (!st.prepare(m_db.handle(), "INSERT INTO view_state (key, value) VALUES (?1, ?2)", error))
            return false;
        for (auto it = c.viewState.begin(); it != c.viewState.end(); ++it) {
            if (it.key() == HistoryLocationSetting::key())
                continue; // a setting (writeSettings())
            st.bindText(1, it.key());
            st.bindText(2, valueText(it.value()));
            if (!st.run(error))
                return false;
        }
        return true;
    }

    bool writeSettings(const ProjectContent &c, QString *error)
    {
        SqliteStatement st;
        if (!st.prepare(m_db.handle(), "INSERT INTO settings (key, value) VALUES (?1, ?2)", error))
            return false;
        // Absent rows mean "the defaults", so a project follows improved defaults.
        if (!c.categoryRoots.isEmpty()) {
            QJsonObject roots;
            for (auto it = c.categoryRoots.begin(); it != c.categoryRoots.end(); ++it)
                roots.insert(it.key(), categoryName(it.value()));
            st.bindText(1, QByteArrayLiteral("categoryRoots"));
            st.bindText(2, valueText(roots));
            if (!st.run(error))
                return false;
        }
        if (!c.containmentRules.isEmpty()) {
            QJsonArray rules;
            for (const ContainmentRule &r : c.containmentRules)
                rules.append(QJsonObject{{QStringLiteral("name"), r.name},
                                         {QStringLiteral("direction"), directionName(r.direction)}});
            st.bindText(1, QByteArrayLiteral("containmentRules"));
            st.bindText(2, valueText(rules));
            if (!st.run(error))
                return false;
        }
        if (c.allowUndefinedExtensions) {
            st.bindText(1, QByteArrayLiteral("allowUndefinedExtensions"));
            st.bindText(2, valueText(QJsonValue(true)));
            if (!st.run(error))
                return false;
        }
        if (const QJsonValue location = c.viewState.value(HistoryLocationSetting::key()); location.isString()) {
            st.bindText(1, HistoryLocationSetting::key().toUtf8());
            st.bindText(2, valueText(location));
            if (!st.run(error))
                return false;
        }
        return true;
    }

    bool writeImages(const ProjectContent &c, QString *error)
    {
        SqliteStatement st;
        if (!st.prepare(m_db.handle(), "INSERT INTO images (key, data) VALUES (?1, ?2)", error))
            return false;
        for (auto it = c.images.cbegin(); it != c.images.cend(); ++it) {
            st.bindText(1, it.key());
            st.bindBlob(2, it.value());
            if (!st.run(error))
                return false;
        }
        return true;
    }

    bool writeMeta(QString *error)
    {
        SqliteStatement st;
        if (!st.prepare(m_db.handle(), "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)", error))
            return false;
        const QString app = QCoreApplication::applicationName();
        const QString version = QCoreApplication::applicationVersion();
        st.bindText(1, QByteArrayLiteral("writer"));
        st.bindText(2, (app.isEmpty() ? QStringLiteral("TwinStudio") : app)
                           + (version.isEmpty() ? QString() : u' ' + version));
        if (!st.run(error))
            return false;
        st.bindText(1, QByteArrayLiteral("savedAt"));
        st.bindText(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        return st.run(error);
    }

    static void bindObject(SqliteStatement &st, int column, const QJsonObject &object)
    {
        if (object.isEmpty())
            st.bindNull(column);
        else
            st.bindText(column, objectText(object));
    }

    SqliteDatabase &m_db;
};

} // namespace

bool ProjectStore::readContent(const QString &fileName, ProjectContent *content, Diagnostics *diagnostics,
                               ModelDetail detail)
{
    SqliteDatabase db;
    int version = 0;
    bool migrated = false;
    QString why;
    if (!ProjectFile::openForReading(fileName, &db, &version, &migrated, &why)) {
        if (diagnostics)
            diagnostics->append(Diagnostic::error(fileName, 0, why));
        return false;
    }
    // A second reader of the same file, when it is the same file: saves replace files
    // by renaming, so a save in between would show up as another savedAt.
    SqliteDatabase second;
    if (!migrated && QThread::idealThreadCount() > 1
        && !(second.open(fileName, SqliteDatabase::Mode::ReadOnly, nullptr)
             && metaValue(second, "savedAt") == metaValue(db, "savedAt")))
        second.close();

    ProjectContent read;
    ContentReader reader(db, fileName, diagnostics, detail);
    if (!reader.read(&read, second.isOpen() ? &second : nullptr))
        return false;
    // Files of older versions name their background images by path.
    EmbeddedImages::embedBackgroundFiles(&read, fileName, diagnostics);
    *content = std::move(read);
    return true;
}

bool ProjectStore::writeContent(const ProjectContent &content, const QString &name, QString *error)
{
    // Through a symbolic link to the file it names: the rename must replace that file,
    // not the link.
    const QFileInfo given(name);
    const QString fileName = given.isSymLink() ? given.symLinkTarget() : name;
    const QFileInfo target(fileName);
    if (target.isDir())
        return fail(error, ProjectStore::tr("%1 is a folder").arg(fileName));
    const QString directory = target.absolutePath();
    if (!QFileInfo(directory).isDir())
        return fail(error, ProjectStore::tr("the folder %1 does not exist").arg(directory));
    struct stat existing = {};
    const bool replacing = ::stat(QFile::encodeName(fileName).constData(), &existing) == 0;
#ifdef Q_OS_UNIX
    if (replacing && S_ISREG(existing.st_mode) && !FileReplacement::modeAllowsWriting(existing))
        return fail(error, ProjectStore::tr("%1 is read-only").arg(fileName));
#endif

    // The new file is complete and on disk before it takes the target's name.
    QTemporaryFile temp(directory + u"/." + target.fileName() + QStringLiteral(".XXXXXX"));
    if (!temp.open())
        return fail(error, ProjectStore::tr("cannot write in %1: %2").arg(directory, temp.errorString()));
    temp.close();
    const QString tempName = temp.fileName();

    QString why;
    {
        SqliteDatabase db;
        // No journal: if anything goes wrong the temporary file is discarded whole.
        const bool ok = db.open(tempName, SqliteDatabase::Mode::ReadWrite, &why)
            && db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                       "PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -65536;",
                       &why)
            && db.exec("BEGIN", &why) && ProjectSchema::create(db, ProjectSchema::CurrentVersion, &why)
            && ContentWriter(db).write(content, &why) && db.exec("COMMIT", &why);
        if (!ok)
            return fail(error, ProjectStore::tr("cannot write %1: %2").arg(fileName, why));
    }
    if (!FileReplacement::syncFile(tempName, &why))
        return fail(error, ProjectStore::tr("cannot write %1: %2").arg(fileName, why));

    FileReplacement::keepModeAndOwner(tempName, replacing ? &existing : nullptr);
    // rename(2) replaces the target in one step; QFile::rename would refuse an existing one.
    if (std::rename(QFile::encodeName(tempName).constData(), QFile::encodeName(fileName).constData()) != 0)
        return fail(error, ProjectStore::tr("cannot replace %1: %2")
                               .arg(fileName, QString::fromLocal8Bit(std::strerror(errno))));
    temp.setAutoRemove(false);
    FileReplacement::syncDirectory(directory);
    return true;
}

bool ProjectStore::open(const QString &fileName, Project *project, Diagnostics *diagnostics, ModelDetail detail)
{
    ProjectContent content;
    if (!readContent(fileName, &content, diagnostics, detail))
        return false;
    Diagnostics local;
    const bool ok = project->setContent(content, &local);
    for (Diagnostic &d : local) {
        if (d.file.isEmpty())
            d.file = fileName;
    }
    if (ok)
        ContentConsistency::check(content, project->models(), fileName, &local);
    if (diagnostics)
        diagnostics->append(local); // errors, or warnings naming what was left out
    if (!ok)
        return false;
    project->setFileName(fileName);
    project->markSaved();
    FileReplacement::removeStaleSaveFiles(fileName);
    return true;
}

bool ProjectStore::save(Project *project, const QString &fileName, QString *error)
{
    if (!writeContent(project->content(), fileName, error))
        return false;
    project->setFileName(fileName);
    project->markSaved();
    return true;
}

int ProjectStore::schemaVersion(const QString &fileName, QString *error)
{
    SqliteDatabase db;
    int version = -1;
    return ProjectFile::identify(fileName, &db, &version, error) ? version : -1;
}

} // namespace twin
