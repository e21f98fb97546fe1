// SPDX-License-Identifier: MIT
// crossread: the workbench.  crossread [PROJECT] [--demo] [--compare N] [--screenshot FILE]
#include "comparisonarea.h"
#include "demo/demoproject.h"
#include "documentview.h"
#include "i18n.h"
#include "mainwindow.h"
#include "store/projectstore.h"
#include "theme.h"
#include "windowsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

using namespace Crossread;

namespace {

constexpr int DefaultColumns = 3; // the demo's three articles

struct Options
{
    QCommandLineOption help;
    QCommandLineOption version;
    QCommandLineOption demo;
    QCommandLineOption compare;
    QCommandLineOption screenshot;
    QCommandLineOption theme;
};

/// Describes the command line to `parser`; the texts are translated when a translator is installed.
Options describeCommandLine(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Crossread: read articles side by side, annotate and fact-check them."));
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("main", "The project file to open (created if missing)."),
                                 QStringLiteral("[PROJECT]"));
    Options o{
        parser.addHelpOption(),
        parser.addVersionOption(),
        QCommandLineOption(QStringLiteral("demo"),
                           QCoreApplication::translate("main", "Open the demo project (built on first use).")),
        QCommandLineOption(QStringLiteral("compare"),
                           QCoreApplication::translate("main", "Open the first N documents of the project side by side "
                                                               "(1 to 6; the demo and the screenshot show 3)."),
                           QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("screenshot"),
                           QCoreApplication::translate("main", "Render the window at 1600×1000 to FILE (PNG) and exit."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("theme"),
                           QCoreApplication::translate("main", "Use the light or dark theme (light, dark)."),
                           QStringLiteral("THEME")),
    };
    parser.addOptions({o.demo, o.compare, o.screenshot, o.theme});
    return o;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Crossread"));
    QCoreApplication::setApplicationName(QStringLiteral("crossread"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSREAD_VERSION));
}

/// Whether the command line only asks for text (--help, --version) or is wrong: that is answered
/// on the terminal without a QApplication, which aborts where there is no display. Decided by a
/// parser of the same options, so that "-h", "--help-all" or "-dh" are read exactly as Qt reads
/// them later.
/// The arguments without the options QGuiApplication and QApplication take for themselves
/// ("-platform offscreen", "-style fusion", "-reverse"…), which they remove before our parser
/// sees the command line; the pre-parse must not call them unknown.
QStringList withoutQtOptions(int argc, char** argv)
{
    static const QStringList withValue{
        QStringLiteral("platform"), QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"),   QStringLiteral("qwindowgeometry"),    QStringLiteral("geometry"),
        QStringLiteral("qwindowtitle"), QStringLiteral("title"),          QStringLiteral("qwindowicon"),
        QStringLiteral("icon"),     QStringLiteral("style"),              QStringLiteral("stylesheet"),
        QStringLiteral("session"),  QStringLiteral("display"),            QStringLiteral("name")};
    static const QStringList flags{QStringLiteral("reverse"), QStringLiteral("widgetcount"), QStringLiteral("nograb"),
                                   QStringLiteral("dograb"), QStringLiteral("sync"), QStringLiteral("testability")};
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        QString argument = QString::fromLocal8Bit(argv[i]);
        if (i > 0 && argument == QLatin1String("--"))
            return arguments << argument; // what follows is positional
        if (i > 0 && argument.startsWith(QLatin1Char('-'))) {
            QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
            const bool joined = name.contains(QLatin1Char('=')); // -style=fusion
            name = name.section(QLatin1Char('='), 0, 0);
            if (withValue.contains(name) || name == QLatin1String("qmljsdebugger") || name == QLatin1String("dialogs")) {
                if (!joined && withValue.contains(name))
                    ++i; // its value
                continue;
            }
            if (flags.contains(name))
                continue;
        }
        arguments.append(argument);
    }
    return arguments;
}

bool answerableWithoutDisplay(int argc, char** argv)
{
    const QStringList arguments = withoutQtOptions(argc, argv);
    QCommandLineParser parser;
    const Options o = describeCommandLine(parser);
    if (!parser.parse(arguments))
        return true;
    return parser.isSet(o.help) || parser.isSet(o.version) || parser.optionNames().contains(QLatin1String("help-all"));
}

/// Prints the help, the version or what is wrong with the arguments (translated), and exits.
int answerWithoutDisplay(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    QCommandLineParser parser;
    describeCommandLine(parser);
    parser.process(app); // exits: 0 after help or version, 1 after an error
    return 0;
}

void fatal(const QString& title, const QString& message, bool dialog)
{
    std::fprintf(stderr, "crossread: %s\n", qPrintable(message));
    if (dialog)
        QMessageBox::critical(nullptr, title, message);
}

// The annotation the screenshot shows in the inspector: a claim with a verdict and a rationale in
// the middle column, so every part of the inspector has something to show.
AnnotationId showcaseAnnotation(const ProjectStore& store, DocumentId document)
{
    AnnotationId fallback = 0;
    for (const Annotation& a : store.annotations(document)) {
        if (!a.verdict.isEmpty() && !a.rationale.isEmpty() && a.quote.startsWith(QChar(0x201C)))
            return a.id;
        if (fallback == 0 && !a.verdict.isEmpty())
            fallback = a.id;
    }
    return fallback;
}

QList<DocumentId> firstDocuments(const ProjectStore& store, int count)
{
    QList<DocumentId> ids;
    for (const Document& d : store.documents())
        ids.append(d.id);
    return ids.mid(0, count);
}

int takeScreenshot(QApplication& app, MainWindow& window, ProjectStore& store, const QString& file, int columns)
{
    window.setInteractive(false);
    window.resize(1600, 1000);
    window.show();
    const QList<DocumentId> ids = firstDocuments(store, columns);
    window.comparisonArea()->openDocuments(ids);
    if (ids.size() >= 2) {
        if (const AnnotationId a = showcaseAnnotation(store, ids.at(1)))
            window.showAnnotation(a, true);
    }
    int rc = 1;
    // Give layouts, the flash of the revealed annotation and the docks time to settle.
    QTimer::singleShot(1500, &app, [&] {
        QApplication::processEvents();
        if (window.grab().save(file)) {
            rc = 0;
        } else {
            std::fprintf(stderr, "crossread: cannot write the screenshot to %s\n", qPrintable(file));
        }
        QApplication::quit();
    });
    QApplication::exec();
    return rc;
}

} // namespace

int main(int argc, char** argv)
{
    if (answerableWithoutDisplay(argc, argv))
        return answerWithoutDisplay(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Crossread"));
    // Ties the window to the installed menu entry and icon (Wayland's app id, the task bar).
    QGuiApplication::setDesktopFileName(QStringLiteral(CROSSREAD_APP_ID));
    Q_INIT_RESOURCE(resources);
    installTranslators(app);

    QCommandLineParser parser;
    const Options options = describeCommandLine(parser);
    parser.process(app);

    int columns = DefaultColumns;
    if (parser.isSet(options.compare)) {
        bool ok = false;
        columns = parser.value(options.compare).toInt(&ok);
        if (!ok || columns < 1 || columns > ComparisonArea::MaxColumns) {
            std::fprintf(stderr, "crossread: %s\n",
                         qPrintable(QCoreApplication::translate("main", "--compare takes a number from 1 to %1.")
                                        .arg(ComparisonArea::MaxColumns)));
            return 1;
        }
    }

    const WindowSettings settings = WindowSettings::load();
    const QString shot = parser.value(options.screenshot);
    // Screenshots are light unless asked otherwise, whatever the user last chose.
    bool dark = settings.dark && shot.isEmpty();
    if (parser.isSet(options.theme))
        dark = parser.value(options.theme).compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0;
    applyTheme(dark ? Theme::Dark : Theme::Light);

    ProjectStore store;
    MainWindow window(&store);
    if (parser.isSet(options.theme))
        window.setTheme(dark ? Theme::Dark : Theme::Light);
    const bool interactive = shot.isEmpty();
    window.setInteractive(interactive);

    if (parser.isSet(options.demo)) {
        QString error;
        if (!DemoProject::openOrCreate(store, DemoProject::defaultPath(), &error)) {
            fatal(QCoreApplication::translate("main", "Cannot open the demo project"), error, interactive);
            return 1;
        }
        // The first visit shows the three sample articles side by side.
        if (window.comparisonArea()->columnCount() == 0 || parser.isSet(options.compare))
            window.comparisonArea()->openDocuments(firstDocuments(store, columns));
    } else if (!parser.positionalArguments().isEmpty()) {
        const QString path = parser.positionalArguments().constFirst();
        if (QFileInfo::exists(path)) {
            if (!window.openProject(path) && !interactive)
                return 1;
        } else {
            StoreError error;
            if (!store.create(path, &error)) {
                fatal(QCoreApplication::translate("main", "Cannot create the project"),
                      QCoreApplication::translate("main", "“%1” cannot be created.\n\n%2").arg(path, error.message),
                      interactive);
                return 1;
            }
        }
        if (store.isOpen() && parser.isSet(options.compare))
            window.comparisonArea()->openDocuments(firstDocuments(store, columns));
    } else if (!settings.lastProject.isEmpty() && QFileInfo::exists(settings.lastProject)) {
        window.openProject(settings.lastProject);
    }

    if (!shot.isEmpty())
        return takeScreenshot(app, window, store, shot, columns);
    window.show();
    return QApplication::exec();
}
