#include "Console.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace dws::cli {

namespace {

void writeUtf8(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

// Turns terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios silent = m_saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

} // namespace

Console::Console() = default;

void Console::out(const QString& text)
{
    writeUtf8(stdout, text);
}

void Console::outLine(const QString& line)
{
    writeUtf8(stdout, line + QLatin1Char('\n'));
}

void Console::errLine(const QString& line)
{
    writeUtf8(stderr, line + QLatin1Char('\n'));
}

bool Console::stdinIsTerminal() const
{
    return ::isatty(STDIN_FILENO) == 1;
}

std::optional<QString> Console::readLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    QString text = QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

std::optional<QString> Console::readLineNoEcho()
{
    EchoOff echoOff;
    std::optional<QString> line = readLine();
    writeUtf8(stderr, QStringLiteral("\n"));
    return line;
}

std::optional<QString> Console::readSecret(const QString& prompt)
{
    if (!stdinIsTerminal())
        return readLine();
    writeUtf8(stderr, prompt);
    return readLineNoEcho();
}

bool Console::askYesNo(const QString& question)
{
    writeUtf8(stderr, question + QLatin1Char(' ') + tr("[y/N]") + QLatin1Char(' '));
    const std::optional<QString> answer = readLine();
    if (!answer)
        return false;
    const QString word = answer->trimmed().toLower();
    return word == QLatin1String("y") || word == QLatin1String("yes") ||
           word == tr("y").toLower() || word == tr("yes").toLower();
}

} // namespace dws::cli
