// SPDX-License-Identifier: MIT
// main() for every test executable: a QApplication on the platform CTest sets (offscreen),
// test-mode standard paths so no test touches the user's settings or data.
#include <QApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CrossreadTests"));
    QApplication::setApplicationName(QStringLiteral("crossread-tests"));
    return RUN_ALL_TESTS();
}
