// SPDX-License-Identifier: MIT
#include "w3cvalidator.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace Crossread::Test {

QString ajvPath()
{
    const QString dir = qEnvironmentVariable("CROSSREAD_TOOLS_DIR");
    if (dir.isEmpty())
        return {};
    const QString path = QDir(dir).filePath(u"ajv"_s);
    return QFileInfo(path).isExecutable() ? path : QString();
}

QString webAnnotationSuiteDir()
{
    const QString standards = standardsDir();
    if (standards.isEmpty())
        return {};
    const QString dir = QDir(standards).filePath(u"web-annotation"_s);
    return QFileInfo(dir).isDir() ? dir : QString();
}

namespace {

void collect(const QJsonArray& assertions, QStringList& out)
{
    for (const QJsonValue v : assertions) {
        if (v.isString())
            out.append(v.toString());
        else if (v.isObject())
            collect(v.toObject().value(u"assertions"_s).toArray(), out);
    }
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

QStringList assertionsOf(const QString& testFile, QString* error)
{
    const QJsonObject test = readJson(QDir(webAnnotationSuiteDir()).filePath(testFile));
    QStringList out;
    collect(test.value(u"assertions"_s).toArray(), out);
    if (out.isEmpty())
        *error = u"no assertions in "_s + testFile;
    return out;
}

QStringList validateAgainst(const QString& testFile, const QStringList& dataFiles, QString* error)
{
    const QString suite = webAnnotationSuiteDir();
    const QStringList schemas = assertionsOf(testFile, error);
    if (schemas.isEmpty())
        return {};
    QStringList failures;
    QHash<QString, bool> expectValid;
    for (const QString& schema : schemas) {
        const QString schemaPath = QDir(suite).filePath(schema);
        if (!QFileInfo::exists(schemaPath))
            failures.append(u"missing schema "_s + schema);
        expectValid.insert(schema, readJson(schemaPath).value(u"expectedResult"_s).toString(u"valid"_s) == u"valid"_s);
    }
    QTemporaryFile list;
    if (!list.open()) {
        *error = u"cannot write the schema list"_s;
        return failures;
    }
    list.write(schemas.join(u'\n').toUtf8() + '\n');
    list.flush();
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty()) {
        *error = u"node not found on PATH"_s;
        return failures;
    }
    QProcess ajv;
    ajv.start(node, QStringList{QDir(qEnvironmentVariable("CROSSREAD_SOURCE_DIR")).filePath(u"tests/core/export/w3cvalidate.js"_s), QFileInfo(ajvPath()).absolutePath(), suite,
                                list.fileName()}
                        + dataFiles);
    if (!ajv.waitForFinished(300000) || ajv.exitCode() != 0) {
        *error = u"the validator failed: "_s + ajv.errorString() + u'\n' + QString::fromUtf8(ajv.readAllStandardError());
        return failures;
    }
    QHash<QString, int> verdicts;
    const QList<QByteArray> lines = ajv.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject r = QJsonDocument::fromJson(line).object();
        const QString schema = r.value(u"schema"_s).toString(), f = r.value(u"file"_s).toString();
        ++verdicts[schema];
        if (r.value(u"valid"_s).toBool() != expectValid.value(schema, true))
            failures.append(schema + u": "_s + f + u": "_s + r.value(u"errors"_s).toString());
    }
    for (const QString& schema : schemas) {
        if (verdicts.value(schema) < dataFiles.size())
            failures.append(schema + u": no verdict on some files"_s);
    }
    return failures;
}

} // namespace Crossread::Test

namespace Crossread::Test {

int runAjvCli(const QString& schema, const QString& dataFile, QString* output)
{
    QProcess ajv;
    ajv.setWorkingDirectory(webAnnotationSuiteDir());
    ajv.setProcessChannelMode(QProcess::MergedChannels);
    ajv.start(ajvPath(), {u"validate"_s, u"-s"_s, schema, u"-r"_s, u"definitions/*.json"_s, u"-d"_s, dataFile});
    if (!ajv.waitForFinished(120000))
        return -1;
    *output = QString::fromUtf8(ajv.readAll());
    return ajv.exitCode();
}

} // namespace Crossread::Test
