// SPDX-License-Identifier: MIT
// crossread-cli: the headless front end. Subcommands live in core/cli.
#include "cli/cli.h"
#include "i18n.h"

#include <QGuiApplication>
#include <cstdio>

int main(int argc, char** argv)
{
    // A GUI application on the offscreen platform: the PDF report needs fonts, never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Crossread"));
    QCoreApplication::setApplicationName(QStringLiteral("crossread"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSREAD_VERSION));
    Crossread::installTranslators(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int rc = Crossread::Cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return rc;
}
