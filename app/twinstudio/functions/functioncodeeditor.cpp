// SPDX-License-Identifier: GPL-3.0-or-later
#include "functioncodeeditor.h"

#include "functions/functionapidescription.h"

#include <Qsci/qsciapis.h>
#include <Qsci/qscilexerjavascript.h>

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QInputDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace twin::ui {

namespace {

constexpr int kNumberMargin = 0;
constexpr int kMarkerMargin = 1;
constexpr int kFoldMargin = 2;
constexpr int kErrorMarker = 0;
constexpr int kWarningMarker = 1;
constexpr int kCurrentLineMarker = 2;
constexpr int kBreakpointMarker = 3;
constexpr int kErrorIndicator = 8;
constexpr int kWarningIndicator = 9;
constexpr int kAnnotationError = 0;
constexpr int kAnnotationWarning = 1;
constexpr int kDebounceMs = 300;

} // namespace

FunctionCodeEditor::FunctionCodeEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_lexer(new QsciLexerJavaScript(this))
    , m_apis(new QsciAPIs(m_lexer))
{
    setObjectName(QStringLiteral("FunctionCodeEditor"));
    setUtf8(true);
    m_lexer->setDefaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_lexer->setFoldCompact(false);
    setLexer(m_lexer);
    connect(m_apis, &QsciAPIs::apiPreparationFinished, this, [this] {
        m_preparing = false;
        if (m_preparePending) {
            m_preparePending = false;
            prepareCompletions();
            return;
        }
        m_completionsReady = true;
        emit completionsReady();
    });
    prepareCompletions();

    setMarginType(kNumberMargin, QsciScintilla::NumberMargin);
    setMarginWidth(kNumberMargin, QStringLiteral("00000"));
    setMarginLineNumbers(kNumberMargin, true);
    setMarginType(kMarkerMargin, QsciScintilla::SymbolMargin);
    setMarginWidth(kMarkerMargin, 16);
    setMarginSensitivity(kMarkerMargin, true);
    setFolding(QsciScintilla::BoxedTreeFoldStyle, kFoldMargin);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(4);
    setTabWidth(4);
    setAutoCompletionSource(QsciScintilla::AcsAll);
    setAutoCompletionThreshold(2);
    setAutoCompletionCaseSensitivity(false);
    setCallTipsStyle(QsciScintilla::CallTipsNoContext);
    setCallTipsVisible(0);
    setAnnotationDisplay(QsciScintilla::AnnotationBoxed);

    markerDefine(QsciScintilla::Circle, kErrorMarker);
    markerDefine(QsciScintilla::Circle, kWarningMarker);
    markerDefine(QsciScintilla::Background, kCurrentLineMarker);
    markerDefine(QsciScintilla::RightArrow, kBreakpointMarker);
    setMarginMarkerMask(kMarkerMargin, (1 << kErrorMarker) | (1 << kWarningMarker) | (1 << kBreakpointMarker));
    connect(this, &QsciScintilla::marginClicked, this, [this](int margin, int line, Qt::KeyboardModifiers modifiers) {
        if (margin == kMarkerMargin)
            toggleBreakpoint(line + 1, modifiers);
    });
    indicatorDefine(QsciScintilla::SquiggleIndicator, kErrorIndicator);
    indicatorDefine(QsciScintilla::SquiggleIndicator, kWarningIndicator);
    applyPalette();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &FunctionCodeEditor::startCheck);
    connect(this, &QsciScintilla::textChanged, this, [this] {
        ++m_revision;
        m_debounce.start();
    });
    connect(&m_watcher, &QFutureWatcher<QList<FunctionDiagnostic>>::finished, this, [this] {
        const QList<FunctionDiagnostic> found = m_watcher.result();
        if (m_recheck) { // the text changed while it was checked
            m_recheck = false;
            startCheck();
            return;
        }
        showDiagnostics(found);
    });
}

FunctionCodeEditor::~FunctionCodeEditor()
{
    m_watcher.waitForFinished();
    if (m_preparing) {
        // The preparing thread still reads the list: the lexer and its QsciAPIs outlive the
        // editor until it is done.
        setLexer(nullptr);
        m_lexer->setParent(nullptr);
        connect(m_apis, &QsciAPIs::apiPreparationFinished, m_lexer, &QObject::deleteLater);
    }
}

void FunctionCodeEditor::setExtraCompletions(const QStringList &words)
{
    if (words == m_extraWords && (m_preparing || m_completionsReady))
        return;
    m_extraWords = words;
    prepareCompletions();
}

void FunctionCodeEditor::prepareCompletions()
{
    // QsciAPIs reads its list on a thread of its own while it prepares: changing the list
    // then would pull it from under that thread. The change waits for the end instead.
    if (m_preparing) {
        m_preparePending = true;
        return;
    }
    m_apis->clear();
    for (const QString &entry : FunctionApiDescription::instance().completionEntries())
        m_apis->add(entry);
    for (const QString &w : std::as_const(m_extraWords))
        m_apis->add(w);
    m_completionsReady = false;
    m_preparing = true;
    m_apis->prepare();
}

void FunctionCodeEditor::applyPalette()
{
    const QPalette p = palette();
    const QColor base = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::Text);
    const bool dark = base.lightness() < 128;
    m_lexer->setDefaultPaper(base);
    m_lexer->setPaper(base);
    m_lexer->setDefaultColor(text);
    m_lexer->setColor(text, QsciLexerJavaScript::Default);
    m_lexer->setColor(text, QsciLexerJavaScript::Identifier);
    m_lexer->setColor(text, QsciLexerJavaScript::Operator);
    m_lexer->setColor(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa0), QsciLexerJavaScript::Keyword);
    m_lexer->setColor(dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32), QsciLexerJavaScript::DoubleQuotedString);
    m_lexer->setColor(dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32), QsciLexerJavaScript::SingleQuotedString);
    m_lexer->setColor(dark ? QColor(0xff, 0xcc, 0x80) : QColor(0xb2, 0x5c, 0x00), QsciLexerJavaScript::Number);
    const QColor comment = p.color(QPalette::PlaceholderText);
    for (int style : {QsciLexerJavaScript::Comment, QsciLexerJavaScript::CommentLine, QsciLexerJavaScript::CommentDoc})
        m_lexer->setColor(comment, style);
    setMarginsBackgroundColor(p.color(QPalette::Window));
    setMarginsForegroundColor(p.color(QPalette::WindowText));
    setFoldMarginColors(p.color(QPalette::Window), p.color(QPalette::Window));
    setCaretForegroundColor(text);
    setCaretLineVisible(true);
    setCaretLineBackgroundColor(dark ? base.lighter(130) : base.darker(104));
    setSelectionBackgroundColor(p.color(QPalette::Highlight));
    setSelectionForegroundColor(p.color(QPalette::HighlightedText));
    setMatchedBraceBackgroundColor(p.color(QPalette::Highlight).lighter(160));
    const QColor error(0xd3, 0x2f, 0x2f);
    const QColor warning(0xf5, 0x7c, 0x00);
    setMarkerBackgroundColor(error, kErrorMarker);
    setMarkerBackgroundColor(QColor(0x8e, 0x24, 0xaa), kBreakpointMarker);
    setMarkerBackgroundColor(warning, kWarningMarker);
    setMarkerBackgroundColor(dark ? QColor(0x5d, 0x4a, 0x00) : QColor(0xff, 0xf1, 0x76), kCurrentLineMarker);
    setIndicatorForegroundColor(error, kErrorIndicator);
    setIndicatorForegroundColor(warning, kWarningIndicator);
}

void FunctionCodeEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void FunctionCodeEditor::startCheck()
{
    m_debounce.stop();
    if (m_watcher.isRunning()) {
        m_recheck = true;
        return;
    }
    m_checkedRevision = m_revision;
    m_watcher.setFuture(QtConcurrent::run(&FunctionDiagnostics::check, text(), m_functionName));
}

void FunctionCodeEditor::checkNow()
{
    startCheck();
    m_watcher.waitForFinished();
    // The finished signal is queued: show the result now.
    if (!m_recheck)
        showDiagnostics(m_watcher.result());
}

void FunctionCodeEditor::setRuntimeErrors(const QList<FunctionDiagnostic> &errors)
{
    if (errors == m_runtimeErrors)
        return;
    QList<FunctionDiagnostic> checked = m_diagnostics;
    for (const FunctionDiagnostic &old : std::as_const(m_runtimeErrors))
        checked.removeOne(old);
    m_runtimeErrors = errors;
    showDiagnostics(checked);
}

void FunctionCodeEditor::showDiagnostics(const QList<FunctionDiagnostic> &diagnostics)
{
    m_diagnostics = diagnostics + m_runtimeErrors;
    markerDeleteAll(kErrorMarker);
    markerDeleteAll(kWarningMarker);
    clearAnnotations();
    const int lastLine = lines() - 1;
    clearIndicatorRange(0, 0, qMax(0, lastLine), lineLength(qMax(0, lastLine)), kErrorIndicator);
    clearIndicatorRange(0, 0, qMax(0, lastLine), lineLength(qMax(0, lastLine)), kWarningIndicator);
    for (const FunctionDiagnostic &d : std::as_const(m_diagnostics)) {
        const int line = qBound(0, d.line - 1, qMax(0, lastLine));
        const bool error = d.severity == FunctionDiagnostic::Severity::Error;
        markerAdd(line, error ? kErrorMarker : kWarningMarker);
        const int from = qMax(0, d.column - 1);
        fillIndicatorRange(line, from, line, qMax(from + d.length, from + 1), error ? kErrorIndicator : kWarningIndicator);
        const QString note = (error ? tr("Error: %1") : tr("Warning: %1")).arg(d.message);
        const QString before = annotation(line);
        annotate(line, before.isEmpty() ? note : before + u'\n' + note, error ? kAnnotationError : kAnnotationWarning);
    }
    emit diagnosticsChanged();
}

QList<int> FunctionCodeEditor::markedLines() const
{
    QList<int> result;
    const unsigned mask = (1u << kErrorMarker) | (1u << kWarningMarker); // not breakpoints
    for (int line = markerFindNext(0, mask); line >= 0; line = markerFindNext(line + 1, mask))
        result.append(line + 1);
    return result;
}

QMap<int, QString> FunctionCodeEditor::breakpoints() const
{
    // The markers move with the text; the conditions keep their order.
    QMap<int, QString> moved;
    auto condition = m_breakpoints.cbegin();
    const unsigned mask = 1u << kBreakpointMarker;
    for (int line = markerFindNext(0, mask); line >= 0 && condition != m_breakpoints.cend();
         line = markerFindNext(line + 1, mask), ++condition)
        moved.insert(line + 1, condition.value());
    return moved;
}

void FunctionCodeEditor::setBreakpoint(int line, const QString &condition)
{
    m_breakpoints = breakpoints(); // where the text has moved them
    if (!m_breakpoints.contains(line))
        markerAdd(line - 1, kBreakpointMarker);
    m_breakpoints.insert(line, condition);
    emit breakpointsChanged();
}

void FunctionCodeEditor::removeBreakpoint(int line)
{
    m_breakpoints = breakpoints();
    if (m_breakpoints.remove(line) == 0)
        return;
    markerDelete(line - 1, kBreakpointMarker);
    emit breakpointsChanged();
}

void FunctionCodeEditor::toggleBreakpoint(int line, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & Qt::ShiftModifier) {
        bool ok = false;
        const QString condition = QInputDialog::getText(this, tr("Breakpoint Condition"),
                                                        tr("Pause at line %1 when (a JavaScript expression, empty: always):").arg(line),
                                                        QLineEdit::Normal, m_breakpoints.value(line), &ok);
        if (ok)
            setBreakpoint(line, condition.trimmed());
        return;
    }
    if (breakpoints().contains(line))
        removeBreakpoint(line);
    else
        setBreakpoint(line);
}

void FunctionCodeEditor::showLine(int line)
{
    markerDeleteAll(kCurrentLineMarker);
    m_highlightedLine = line;
    if (line <= 0)
        return;
    markerAdd(line - 1, kCurrentLineMarker);
    setCursorPosition(line - 1, 0);
    ensureLineVisible(line - 1);
}

} // namespace twin::ui
