#!/usr/bin/env python3
"""Finds user-visible string literals that bypass tr().

A heuristic over C++ sources: a string literal containing letters, passed directly (or through
QStringLiteral, QLatin1String, QString, ...) to a call that shows text to people -- setText,
setWindowTitle, setToolTip, QLabel(, QPushButton(, addAction(, QMessageBox::warning(,
showMessage, outLine, ... -- or returned from headerData(), must go through tr(),
QCoreApplication::translate(), QT_TR_NOOP or QT_TRANSLATE_NOOP. Literals inside other nested
calls (QIcon::fromTheme("..."), .arg(...)) are not user text and are not reported.

Mark a deliberate exception (a format string, a product name, a key name) with a comment
containing  i18n-ignore  on the same line or the line above.

    scripts/check_tr.py app ui cli      exit status 1 when something is found
"""

import os
import re
import sys

# Calls whose string arguments are shown to people.
SINK_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "showMessage", "setTitle", "setSubTitle", "setLabelText", "setButtonText",
    "setTabText", "addTab", "insertTab", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setHeaderData", "addAction", "addMenu", "setSuffix",
    "setPrefix", "setSpecialValueText", "setAccessibleName", "setAccessibleDescription",
    "setInformativeText", "setDetailedText", "setWindowIconText", "addRow", "insertRow",
    "addItem", "insertItem", "setItemText", "setOkButtonText", "setCancelButtonText",
    "setFormat", "setHtml", "setMarkdown", "setPlainText", "setCheckBoxText", "addButton",
    # dwsctl's terminal output and questions
    "outLine", "errLine", "readSecret", "askYesNo",
}
# Static QMessageBox / QInputDialog / QFileDialog helpers: the arguments are shown.
DIALOG_CLASSES = {"QMessageBox", "QInputDialog", "QFileDialog", "QColorDialog", "QFontDialog"}
DIALOG_CALLS = {"information", "warning", "critical", "question", "about", "getText", "getInt",
                "getDouble", "getItem", "getMultiLineText", "getOpenFileName",
                "getSaveFileName", "getExistingDirectory"}
# Widget constructors whose string arguments are shown.
WIDGET_CLASSES = {"QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton",
                  "QGroupBox", "QToolButton", "QMenu", "QCommandLinkButton", "QDockWidget",
                  "QWidgetAction", "QLineEdit"}
# Wrappers that make a string without translating it: their literals are still visible.
STRING_WRAPPERS = {"QStringLiteral", "QLatin1String", "QLatin1StringView", "QString",
                   "QStringView", "fromUtf8", "fromLatin1", "fromLocal8Bit", "QByteArrayLiteral",
                   "QUtf8StringView", "u8"}
# Translation calls: whatever they hold is handled by the translation machinery.
TRANSLATORS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TR_N_NOOP",
               "QT_TRANSLATE_N_NOOP", "QT_TRANSLATE_NOOP3", "qtTrId", "QT_TRID_NOOP"}
IGNORE_MARKER = "i18n-ignore"
LETTER = re.compile(r"[A-Za-z\u4e00-\u9fff]")
# One lower-case word with no spaces is a key, an object name, a command, a path or a program
# name ("profileRow", "dwsctl: ", "edit-copy"), not a sentence for people.
MACHINE_TEXT = re.compile(r"^[a-z][^\s]*\s?$")
TOKEN = re.compile(
    r"""
    (?P<newline>\n)
  | (?P<line_comment>//[^\n]*)
  | (?P<block_comment>/\*.*?\*/)
  | (?P<raw>(?:u8|u|U|L)?R"(?P<delim>[^(\s]*)\((?P<rawbody>.*?)\)(?P=delim)")
  | (?P<string>(?:u8|u|U|L)?"(?P<body>(?:[^"\\\n]|\\.)*)"(?:_[A-Za-z0-9_]+)?)
  | (?P<char>'(?:[^'\\\n]|\\.)*')
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<punct>::|->|[(){}\[\];,?:=<>+.])
  | (?P<other>[^\s])
  | (?P<space>[ \t\r\f\v]+)
    """,
    re.VERBOSE | re.DOTALL,
)


class Token:
    __slots__ = ("kind", "text", "line")

    def __init__(self, kind, text, line):
        self.kind, self.text, self.line = kind, text, line


def tokenize(source):
    """Returns (tokens, lines carrying an i18n-ignore comment)."""
    tokens, ignored_lines, line = [], set(), 1
    for match in TOKEN.finditer(source):
        kind = match.lastgroup
        text = match.group(0)
        if kind in ("line_comment", "block_comment"):
            if IGNORE_MARKER in text:
                ignored_lines.update(range(line, line + text.count("\n") + 1))
        elif kind == "raw":
            tokens.append(Token("string", match.group("rawbody"), line))
        elif kind == "string":
            tokens.append(Token("string", match.group("body"), line))
        elif kind in ("ident", "punct", "other", "char"):
            tokens.append(Token(kind, text, line))
        if kind != "newline":
            line += text.count("\n")
        else:
            line += 1
    return tokens, ignored_lines


def matching_paren(tokens, open_index):
    depth = 0
    for index in range(open_index, len(tokens)):
        if tokens[index].text == "(":
            depth += 1
        elif tokens[index].text == ")":
            depth -= 1
            if depth == 0:
                return index
    return len(tokens) - 1


def visible_literals(tokens, start, end):
    """Literals between tokens[start] and tokens[end] (exclusive) that reach the user as is."""
    found, index = [], start
    while index < end:
        token = tokens[index]
        if token.kind == "string":
            found.append(token)
        elif token.text == "(":
            close = matching_paren(tokens, index)
            callee = tokens[index - 1].text if index > start else ""
            if callee in STRING_WRAPPERS or callee == "" or tokens[index - 1].text in ("(", ",", "?", ":", "+", "return"):
                found += visible_literals(tokens, index + 1, close)
            # Any other callee (tr, translate, arg, fromTheme, ...) is not a visible literal.
            index = close
        index += 1
    return found


def sink_call_openings(tokens):
    """Yields (name, index of '(') for every call that shows its string arguments."""
    for index, token in enumerate(tokens):
        if token.kind != "ident" or index + 1 >= len(tokens):
            continue
        following = tokens[index + 1].text
        previous = tokens[index - 1].text if index > 0 else ""
        if token.text in SINK_CALLS and following == "(" and previous in (".", "->", "::", ""):
            yield token.text, index + 1
        elif token.text in SINK_CALLS and following == "(" and tokens[index - 1].kind != "ident":
            yield token.text, index + 1
        elif (token.text in DIALOG_CALLS and following == "(" and previous == "::"
              and index >= 2 and tokens[index - 2].text in DIALOG_CLASSES):
            yield tokens[index - 2].text + "::" + token.text, index + 1
        elif token.text in WIDGET_CLASSES:
            if following in ("(", "{"):
                yield token.text, index + 1
            elif (tokens[index + 1].kind == "ident" and index + 2 < len(tokens)
                  and tokens[index + 2].text in ("(", "{")):
                yield token.text, index + 2


def header_data_returns(tokens):
    """Yields the literals returned from the body of a headerData() definition."""
    index = 0
    while index < len(tokens):
        if tokens[index].text == "headerData" and index + 1 < len(tokens) and tokens[index + 1].text == "(":
            close = matching_paren(tokens, index + 1)
            body = close + 1
            while body < len(tokens) and tokens[body].text not in ("{", ";"):
                body += 1
            if body < len(tokens) and tokens[body].text == "{":
                depth, end = 0, body
                for end in range(body, len(tokens)):
                    depth += {"{": 1, "}": -1}.get(tokens[end].text, 0)
                    if depth == 0:
                        break
                for position in range(body, end):
                    if tokens[position].text == "return":
                        stop = position
                        while stop < end and tokens[stop].text != ";":
                            stop += 1
                        for literal in visible_literals(tokens, position + 1, stop):
                            yield literal
                index = end
        index += 1


def check_file(path):
    with open(path, encoding="utf-8", errors="replace") as handle:
        tokens, ignored_lines = tokenize(handle.read())

    def reportable(literal):
        return (LETTER.search(literal.text) and not MACHINE_TEXT.match(literal.text)
                and literal.line not in ignored_lines
                and literal.line - 1 not in ignored_lines)

    findings = []
    for name, opening in sink_call_openings(tokens):
        close = matching_paren(tokens, opening) if tokens[opening].text == "(" else None
        if close is None:  # brace initialisation: QLabel label{"..."}
            close = opening + 1
            depth = 1
            while close < len(tokens) and depth:
                depth += {"{": 1, "}": -1}.get(tokens[close].text, 0)
                close += 1
        for literal in visible_literals(tokens, opening + 1, close):
            if reportable(literal):
                findings.append((literal.line, name, literal.text))
    for literal in header_data_returns(tokens):
        if reportable(literal):
            findings.append((literal.line, "headerData return", literal.text))
    return sorted(set(findings))


def source_files(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for folder, _, names in os.walk(path):
            for name in sorted(names):
                if name.endswith((".cpp", ".h", ".hpp", ".cc")):
                    yield os.path.join(folder, name)


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    missing = [path for path in argv if not os.path.exists(path)]
    if missing:
        print("check_tr: no such file or folder: " + ", ".join(missing), file=sys.stderr)
        return 2
    total = 0
    for path in source_files(argv):
        for line, name, text in check_file(path):
            total += 1
            print('%s:%d: "%s" passed to %s without tr()' % (path, line, text, name))
    if total:
        print("\n%d user-visible string(s) bypass tr(). Wrap each in tr() (in a QObject or a "
              "class with Q_DECLARE_TR_FUNCTIONS) or QCoreApplication::translate(\"Context\", "
              "...), then add its Chinese to translations/incoming/<name>.tsv. If the text is "
              "deliberately not translated (a format string, a name), put a comment with "
              "i18n-ignore on that line." % total)
        return 1
    print("check_tr: no untranslated user-visible strings found.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
