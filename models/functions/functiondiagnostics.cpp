// SPDX-License-Identifier: GPL-3.0-or-later
#include "functiondiagnostics.h"

#include "functions/functionapidescription.h"
#include "functions/functionengine.h"

#include <QRegularExpression>
#include <QSet>

namespace twin {

namespace {

/// The source with comments and string literals blanked out (newlines kept), so that the
/// name scan sees code only and positions stay where they were.
QString codeOnly(const QString &source)
{
    QString out = source;
    enum class State { Code, LineComment, BlockComment, String };
    State state = State::Code;
    QChar quote;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        const QChar next = i + 1 < out.size() ? out.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == u'/' && next == u'/') {
                state = State::LineComment;
                out[i] = u' ';
            } else if (c == u'/' && next == u'*') {
                state = State::BlockComment;
                out[i] = u' ';
            } else if (c == u'"' || c == u'\'' || c == u'`') {
                state = State::String;
                quote = c;
            }
            break;
        case State::LineComment:
            if (c == u'\n')
                state = State::Code;
            else
                out[i] = u' ';
            break;
        case State::BlockComment:
            if (c == u'*' && next == u'/') {
                out[i] = u' ';
                out[i + 1] = u' ';
                ++i;
                state = State::Code;
            } else if (c != u'\n') {
                out[i] = u' ';
            }
            break;
        case State::String:
            if (c == u'\\' && next != u'\n') {
                out[i] = u' ';
                out[i + 1] = u' ';
                ++i;
            } else if (c == quote) {
                state = State::Code;
            } else if (c != u'\n') {
                out[i] = u' ';
            }
            break;
        }
    }
    return out;
}

void position(const QString &text, qsizetype offset, int *line, int *column)
{
    const QStringView before = QStringView(text).left(offset);
    *line = int(before.count(u'\n')) + 1;
    *column = int(offset - (before.lastIndexOf(u'\n') + 1)) + 1;
}

} // namespace

QList<FunctionDiagnostic> FunctionDiagnostics::check(const QString &source, const QString &functionName)
{
    QList<FunctionDiagnostic> result;
    SyntaxError syntax;
    if (!FunctionEngine::checkSyntax(source, functionName, &syntax)) {
        FunctionDiagnostic d;
        d.line = syntax.line;
        d.column = syntax.column;
        d.message = syntax.message;
        result.append(d);
        return result;
    }

    const QString code = codeOnly(source);
    const FunctionApiDescription &api = FunctionApiDescription::instance();
    QSet<QString> declared;
    static const QRegularExpression declaration(
        QStringLiteral(R"((?:\bfunction\s+|\b(?:var|let|const)\s+)([A-Za-z_$][\w$]*))"));
    for (auto it = declaration.globalMatch(code); it.hasNext();)
        declared.insert(it.next().captured(1));

    static const QRegularExpression globalCall(QStringLiteral(R"((?<![.\w$])((?:get|set|send)[A-Z][\w$]*)\s*\()"));
    for (auto it = globalCall.globalMatch(code); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        if (api.isFunction(name) || declared.contains(name))
            continue;
        FunctionDiagnostic d;
        d.severity = FunctionDiagnostic::Severity::Warning;
        position(code, m.capturedStart(1), &d.line, &d.column);
        d.length = int(name.size());
        d.message = QStringLiteral("'%1' is not a function of the API").arg(name);
        result.append(d);
    }
    static const QRegularExpression methodCall(QStringLiteral(R"(\.\s*([A-Z][\w$]*)\s*\()"));
    for (auto it = methodCall.globalMatch(code); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        if (api.isMethod(name) || declared.contains(name))
            continue;
        FunctionDiagnostic d;
        d.severity = FunctionDiagnostic::Severity::Warning;
        position(code, m.capturedStart(1), &d.line, &d.column);
        d.length = int(name.size());
        d.message = QStringLiteral("no object of the API has a method '%1'").arg(name);
        result.append(d);
    }
    std::sort(result.begin(), result.end(), [](const FunctionDiagnostic &a, const FunctionDiagnostic &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return result;
}

} // namespace twin
