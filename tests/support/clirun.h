// SPDX-License-Identifier: MIT
// crossread-cli run in-process, as the tests of its subcommands need it (the caller links
// crossread_core, which holds the CLI).
#pragma once

#include "cli/cli.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Crossread::Test {

/// What one run printed and returned.
struct CliResult
{
    int code = 0;
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList& args)
{
    CliResult r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = Cli::run(args, out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace Crossread::Test
