// SPDX-License-Identifier: MIT
// Runs one crossread-cli subcommand in-process and keeps what it printed.
#pragma once

#include "cli/commands_p.h"

#include <QString>
#include <QTextStream>

namespace Crossread::Test {

struct CliRun
{
    int exit = 0;
    QString out;
    QString err;
};

inline CliRun runCli(int (*command)(Cli::Io&), const QStringList& args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    Cli::Io io{args, out, err};
    r.exit = command(io);
    out.flush();
    err.flush();
    return r;
}

} // namespace Crossread::Test
