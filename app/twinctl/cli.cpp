// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace twinctl {

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void printDiagnostics(const twin::Diagnostics &diagnostics)
{
    for (const twin::Diagnostic &d : diagnostics)
        printErr(d.format());
}

void printJsonLine(const QJsonObject &object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

bool parseArguments(QCommandLineParser &parser, const QString &command, const QString &description,
                    const QStringList &args, int *exitCode)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList argv{QStringLiteral("twinctl ") + command};
    argv += args;
    if (!parser.parse(argv)) {
        *exitCode = usageError(command, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // The parser names the program by the path it was started with; name the command.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (!program.isEmpty() && text.startsWith(QStringLiteral("Usage: ") + program))
            text.replace(7, program.size(), QStringLiteral("twinctl ") + command);
        printOut(text.trimmed());
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                                    const QString &command, const QString &description, const QStringList &args)
{
    parser.addOptions(options);
    int exitCode = ExitOk;
    if (!parseArguments(parser, command, description, args, &exitCode))
        return exitCode;
    return std::nullopt;
}

bool positiveOption(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback, int *value)
{
    bool ok = true;
    *value = parser.isSet(option) ? parser.value(option).toInt(&ok) : fallback;
    return ok && *value > 0;
}

int usageError(const QString &command, const QString &message)
{
    printErr(QStringLiteral("twinctl %1: %2").arg(command, message));
    printErr(QStringLiteral("Run 'twinctl %1 --help' for usage.").arg(command));
    return ExitUsage;
}

} // namespace twinctl
