// SPDX-License-Identifier: MIT
#include "cli.h"
#include "commands_p.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace Crossread::Cli {

QList<Command> commands()
{
    return {
        {"new", "FILE", QT_TRANSLATE_NOOP("Cli", "Create an empty project file"), cmdNew},
        {"info", "FILE", QT_TRANSLATE_NOOP("Cli", "Show schema version and counts per table"), cmdInfo},
        {"check", "FILE", QT_TRANSLATE_NOOP("Cli", "Check integrity and verify every annotation's quote"), cmdCheck},
        {"import", "PROJECT FILE… | PROJECT --revision-of DOC FILE", QT_TRANSLATE_NOOP("Cli", "Import text, Markdown, HTML or PDF files as documents"), cmdImport},
        {"list", "PROJECT [--json]", QT_TRANSLATE_NOOP("Cli", "List the documents with their metadata"), cmdList},
        {"text", "PROJECT DOC", QT_TRANSLATE_NOOP("Cli", "Print a document's stored text exactly as offsets count it"), cmdText},
        {"annotate", "FILE DOC --start N --end M --tag NAME… [--note TEXT] [--verdict NAME] [--speaker NAME]",
         QT_TRANSLATE_NOOP("Cli", "Annotate code points [N, M) of a document"), cmdAnnotate},
        {"annotations", "FILE [DOC] [--json]", QT_TRANSLATE_NOOP("Cli", "Print every annotation with its anchor"), cmdAnnotations},
        {"search", "PROJECT QUERY [--json] [--outlet X] [--from DATE] [--to DATE] [--tag T] [--stems] [--limit N]",
         QT_TRANSLATE_NOOP("Cli", "Full-text search of document text, titles and notes"), cmdSearch},
        {"suggest", "PROJECT [DOC] [--json]", QT_TRANSLATE_NOOP("Cli", "Print suggested attributions, claims and unverified passages"), cmdSuggest},
        {"clusters", "PROJECT [--json]", QT_TRANSLATE_NOOP("Cli", "Print statements rendered in several documents"), cmdClusters},
        {"claims", "PROJECT [--json] [--from-clusters]",
         QT_TRANSLATE_NOOP("Cli", "Print claim records with their anchors and verdict"), cmdClaims},
        {"claim-from-cluster", "PROJECT N…", QT_TRANSLATE_NOOP("Cli", "Make statement clusters N… claim records"),
         cmdClaimFromCluster},
        {"matrix", "PROJECT [--csv]", QT_TRANSLATE_NOOP("Cli", "Print the coverage matrix of claims by outlet"), cmdMatrix},
        {"timeline", "PROJECT [--json]", QT_TRANSLATE_NOOP("Cli", "Print when each outlet carried each claim"), cmdTimeline},
        {"export", "PROJECT --format csv|wadm|claimreview|html|pdf -o FILE [--force] [--bom]",
         QT_TRANSLATE_NOOP("Cli", "Export annotations (CSV, W3C, ClaimReview) or a report (HTML, PDF)"), cmdExport},
        {"import-annotations", "PROJECT FILE",
         QT_TRANSLATE_NOOP("Cli", "Import W3C Web Annotations, re-anchoring each one"), cmdImportAnnotations},
    };
}

static void printHelp(QTextStream& out)
{
    out << QCoreApplication::translate("Cli", "Usage: crossread-cli COMMAND [ARGUMENTS…]") << "\n\n"
        << QCoreApplication::translate("Cli", "Commands:") << '\n';
    for (const Command& c : commands()) {
        out << "  " << QString::fromUtf8(c.name).leftJustified(13) << ' '
            << QCoreApplication::translate("Cli", c.summary) << '\n'
            << "  " << QString().leftJustified(13) << "   " << QString::fromUtf8(c.name) << ' '
            << QString::fromUtf8(c.synopsis) << '\n';
    }
    out << '\n' << QCoreApplication::translate("Cli", "Run 'crossread-cli COMMAND --help' for a command's options.") << '\n';
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    // Every command reports store errors itself; the store's informational log of the same
    // message would print it twice on the terminal. QT_LOGGING_RULES can still turn it on.
    QLoggingCategory::setFilterRules(QStringLiteral("crossread.core.store.info=false\ncrossread.core.store.debug=false"));
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")
        || arguments.first() == QLatin1String("help")) {
        printHelp(arguments.isEmpty() ? err : out);
        return arguments.isEmpty() ? Usage : Ok;
    }
    if (arguments.first() == QLatin1String("--version")) {
        out << "crossread-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    const QString name = arguments.first();
    for (const Command& c : commands()) {
        if (name == QLatin1String(c.name)) {
            Io io{arguments.mid(1), out, err};
            return c.run(io);
        }
    }
    err << QCoreApplication::translate("Cli", "crossread-cli: unknown command '%1'. Run 'crossread-cli --help'.").arg(name)
        << '\n';
    return Usage;
}

} // namespace Crossread::Cli
