// SPDX-License-Identifier: GPL-3.0-or-later
#include "functioninstrumenter.h"

#include <QFile>
#include <QJSEngine>
#include <QJsonArray>

#include <memory>

namespace twin {

namespace {

QString readFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return QString();
    }
    return QString::fromUtf8(f.readAll());
}

/// QJSEngine loses the assignment in `return prop.key = test ? a : b` (the value is
/// returned, the property stays undefined), so acorn failed on every object literal with
/// "Cannot read property 'type' of undefined". The same statement, split in two.
QString withEngineWorkaround(QString acorn)
{
    const QString call = QStringLiteral("this.type === types$1.num || this.type === types$1.string ? "
                                        "this.parseExprAtom() : this.parseIdent(this.options.allowReserved !== \"never\")");
    acorn.replace(QStringLiteral("return prop.key = ") + call,
                  QStringLiteral("prop.key = (") + call + QStringLiteral("); return prop.key"));
    return acorn;
}

/// acorn and instrument.js, loaded once per thread.
struct Parser
{
    QJSEngine engine;
    QJSValue instrument;
    QString error;

    Parser()
    {
        const QString acorn = readFile(FunctionInstrumenter::acornPath(), &error);
        if (acorn.isEmpty()) {
            error = QStringLiteral("the debugger needs acorn (Debian package node-acorn): ") + error;
            return;
        }
        const QJSValue loaded = engine.evaluate(withEngineWorkaround(acorn), QStringLiteral("acorn.js"));
        const QString script = readFile(QStringLiteral(":/functions/instrument.js"), &error);
        if (loaded.isError() || script.isEmpty()) {
            error = loaded.isError() ? loaded.toString() : error;
            return;
        }
        const QJSValue factory = engine.evaluate(script, QStringLiteral("instrument.js"));
        instrument = factory.call({engine.globalObject().property(QStringLiteral("acorn"))});
        if (!instrument.isCallable())
            error = QStringLiteral("instrument.js: ") + instrument.toString();
    }
};

} // namespace

QString FunctionInstrumenter::acornPath()
{
    return QStringLiteral("/usr/share/nodejs/acorn/dist/acorn.js");
}

bool FunctionInstrumenter::instrument(const QString &source, QString *instrumented, QList<int> *statementLines,
                                      QString *error)
{
    thread_local std::unique_ptr<Parser> parser;
    if (!parser)
        parser = std::make_unique<Parser>();
    if (!parser->error.isEmpty()) {
        *error = parser->error;
        return false;
    }
    const QJSValue result = parser->instrument.call({source});
    if (result.isError()) {
        *error = result.property(QStringLiteral("message")).toString();
        return false;
    }
    *instrumented = result.property(QStringLiteral("source")).toString();
    if (statementLines) {
        statementLines->clear();
        const QJSValue lines = result.property(QStringLiteral("lines"));
        const int n = lines.property(QStringLiteral("length")).toInt();
        for (int i = 0; i < n; ++i)
            statementLines->append(lines.property(quint32(i)).toInt());
    }
    return true;
}

} // namespace twin
