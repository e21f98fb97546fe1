// SPDX-License-Identifier: MIT
#include "testsupport.h"

#include <QDir>
#include <QFile>

namespace Crossread::Test {

static QString sharedSubdir(const char* name)
{
    const QString shared = qEnvironmentVariable("CROSSREAD_SHARED_DIR");
    if (shared.isEmpty())
        return {};
    const QDir dir(QDir(shared).filePath(QString::fromLatin1(name)));
    return dir.exists() ? dir.absolutePath() : QString();
}

QString corpusDir() { return sharedSubdir("corpus"); }
QString standardsDir() { return sharedSubdir("standards"); }

QString corpusText(const QString& fileName)
{
    const QString dir = corpusDir();
    if (dir.isEmpty())
        return {};
    QFile f(QDir(dir).filePath(fileName));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString dataPath(const QString& relative)
{
    return QDir(qEnvironmentVariable("CROSSREAD_SOURCE_DIR")).filePath(QStringLiteral("tests/data/") + relative);
}

} // namespace Crossread::Test
