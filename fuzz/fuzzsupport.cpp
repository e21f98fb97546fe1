// SPDX-License-Identifier: MIT
#include "fuzzsupport.h"

#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace Crossread::Fuzz {

namespace {

void dropMessage(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    // Fatal messages still end the run, so libFuzzer records the input as a crash.
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

void initQt(int* argc, char*** argv)
{
    static std::unique_ptr<QGuiApplication> app;
    if (app)
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIntValue("CROSSREAD_FUZZ_VERBOSE") == 0)
        qInstallMessageHandler(dropMessage);
    // QGuiApplication keeps references to argc/argv for its whole life.
    app = std::make_unique<QGuiApplication>(*argc, *argv);
}

QString scratchDir()
{
    static QTemporaryDir dir;
    return dir.path();
}

} // namespace Crossread::Fuzz
