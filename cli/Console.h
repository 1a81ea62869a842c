#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace dws::cli {

// Standard input, output and error of dwsctl, in UTF-8; also the terminal dialogue
// (confirmation questions and passwords typed without echo).
class Console
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    Console();

    void out(const QString& text); // standard output, as is
    void outLine(const QString& line);
    void errLine(const QString& line);

    bool stdinIsTerminal() const;

    // One line from standard input without its line ending; nothing at end of input.
    std::optional<QString> readLine();
    // Asks on the terminal without echoing what is typed, or reads one line when standard
    // input is not a terminal. Nothing at end of input.
    std::optional<QString> readSecret(const QString& prompt);
    // Asks a yes/no question on the terminal; only an explicit yes counts.
    bool askYesNo(const QString& question);

private:
    std::optional<QString> readLineNoEcho();
};

} // namespace dws::cli
