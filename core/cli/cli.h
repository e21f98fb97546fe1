// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Crossread::Cli {

/// Exit codes of crossread-cli.
enum Exit { Ok = 0, Failed = 1, Usage = 2 };

/// Where a subcommand reads its arguments and writes its output.
struct Io
{
    QStringList args; // arguments after the subcommand name
    QTextStream& out;
    QTextStream& err;
};

/// One subcommand of crossread-cli.
struct Command
{
    const char* name;
    const char* synopsis; // e.g. "FILE DOC --start N --end M --tag NAME…"
    const char* summary; // one line, translated at print time
    int (*run)(Io& io);
};

/// Every subcommand, in the order --help lists them.
QList<Command> commands();

/// Runs crossread-cli with `arguments` (without the program name).
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Crossread::Cli
