// SPDX-License-Identifier: MIT
// crossread: the workbench.  crossread [PROJECT] [--demo] [--screenshot FILE]
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

int takeScreenshot(QApplication& app, MainWindow& window, ProjectStore& store, const QString& file)
{
    window.setInteractive(false);
    window.resize(1600, 1000);
    window.show();
    QList<DocumentId> ids;
    for (const Document& d : store.documents())
        ids.append(d.id);
    window.comparisonArea()->openDocuments(ids.mid(0, 3));
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
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Crossread"));
    QApplication::setApplicationName(QStringLiteral("crossread"));
    QApplication::setApplicationDisplayName(QStringLiteral("Crossread"));
    QApplication::setApplicationVersion(QStringLiteral(CROSSREAD_VERSION));
    Q_INIT_RESOURCE(resources);
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Crossread: read articles side by side, annotate and fact-check them."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("main", "The project file to open (created if missing)."),
                                 QStringLiteral("[PROJECT]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Open the demo project (built on first use)."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window at 1600×1000 to FILE (PNG) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QCoreApplication::translate("main", "Use the light or dark theme (light, dark)."),
                                   QStringLiteral("THEME"));
    parser.addOptions({demo, screenshot, theme});
    parser.process(app);

    const WindowSettings settings = WindowSettings::load();
    const QString shot = parser.value(screenshot);
    // Screenshots are light unless asked otherwise, whatever the user last chose.
    bool dark = settings.dark && shot.isEmpty();
    if (parser.isSet(theme))
        dark = parser.value(theme).compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0;
    applyTheme(dark ? Theme::Dark : Theme::Light);

    ProjectStore store;
    MainWindow window(&store);
    if (parser.isSet(theme))
        window.setTheme(dark ? Theme::Dark : Theme::Light);
    const bool interactive = shot.isEmpty();
    window.setInteractive(interactive);

    if (parser.isSet(demo)) {
        QString error;
        if (!DemoProject::openOrCreate(store, DemoProject::defaultPath(), &error)) {
            fatal(QCoreApplication::translate("main", "Cannot open the demo project"), error, interactive);
            return 1;
        }
        // The first visit shows the three sample articles side by side.
        if (window.comparisonArea()->columnCount() == 0) {
            QList<DocumentId> ids;
            for (const Document& d : store.documents())
                ids.append(d.id);
            window.comparisonArea()->openDocuments(ids.mid(0, 3));
        }
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
    } else if (!settings.lastProject.isEmpty() && QFileInfo::exists(settings.lastProject)) {
        window.openProject(settings.lastProject);
    }

    if (!shot.isEmpty())
        return takeScreenshot(app, window, store, shot);
    window.show();
    return QApplication::exec();
}
