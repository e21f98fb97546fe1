// SPDX-License-Identifier: MIT
// main() for every test executable: a QApplication on the platform CTest sets (offscreen),
// test-mode standard paths so no test touches the user's settings or data.
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    const auto setDefault = [](const char* name, const char* value) {
        if (qEnvironmentVariableIsEmpty(name))
            qputenv(name, value);
    };
    setDefault("QT_QPA_PLATFORM", "offscreen");
    setDefault("CROSSREAD_SOURCE_DIR", CROSSREAD_TEST_SOURCE_DIR);
    setDefault("CROSSREAD_SHARED_DIR", CROSSREAD_TEST_SHARED_DIR);
    setDefault("CROSSREAD_TOOLS_DIR", CROSSREAD_TEST_TOOLS_DIR);
    QStandardPaths::setTestModeEnabled(true);
    // CTest runs test processes in parallel; a settings file of their own keeps one test's saved
    // window state from landing in another's between its save and its restore.
    const QTemporaryDir settingsDir;
    for (const QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, settingsDir.path());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CrossreadTests"));
    QApplication::setApplicationName(QStringLiteral("crossread-tests"));
    return RUN_ALL_TESTS();
}
