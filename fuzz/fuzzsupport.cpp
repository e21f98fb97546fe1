// SPDX-License-Identifier: MIT
#include "fuzzsupport.h"

#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdlib>

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
    // Never destroyed: libFuzzer ends with exit(), and a QGuiApplication torn down among the
    // static destructors crashes inside QtGui. A global pointer keeps it reachable for LSan.
    static QGuiApplication* app = nullptr;
    if (app)
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIntValue("CROSSREAD_FUZZ_VERBOSE") == 0)
        qInstallMessageHandler(dropMessage);
    // QGuiApplication keeps references to argc/argv for its whole life.
    app = new QGuiApplication(*argc, *argv);
}

QString scratchDir()
{
    static QTemporaryDir dir;
    return dir.path();
}

} // namespace Crossread::Fuzz
