// SPDX-License-Identifier: MIT
#include "cli/cli.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Crossread;

namespace {

int runCli(const QStringList& args, QString* out, QString* err = nullptr)
{
    QString o, e;
    QTextStream os(&o), es(&e);
    const int code = Cli::run(args, os, es);
    os.flush();
    es.flush();
    if (out)
        *out = o;
    if (err)
        *err = e;
    return code;
}

} // namespace

// The workflow of the issue: a fresh project, `import`, then `suggest --json`, no GUI involved.
TEST(SuggestCli, WorksRightAfterImport)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.crossread"));
    const QString sample = QDir(qEnvironmentVariable("CROSSREAD_SOURCE_DIR"))
                               .filePath(QStringLiteral("resources/samples/herald-2031-03-04-dam-breach.txt"));
    ASSERT_TRUE(QFile::exists(sample));
    QString out, err;
    ASSERT_EQ(runCli({QStringLiteral("new"), project}, &out, &err), 0) << err.toStdString();
    ASSERT_EQ(runCli({QStringLiteral("import"), project, sample}, &out, &err), 0) << err.toStdString();
    ASSERT_EQ(runCli({QStringLiteral("suggest"), project, QStringLiteral("--json")}, &out, &err), 0) << err.toStdString();
    const QJsonArray all = QJsonDocument::fromJson(out.toUtf8()).array();
    ASSERT_FALSE(all.isEmpty()) << out.toStdString();
    bool korvel = false;
    for (const QJsonValue& v : all) {
        const QJsonObject o = v.toObject();
        for (const char* key : {"document", "start", "end", "kind", "speaker", "text"})
            EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
        EXPECT_LT(o.value(QLatin1String("start")).toInteger(), o.value(QLatin1String("end")).toInteger());
        korvel = korvel
            || (o.value(QLatin1String("kind")).toString() == QLatin1String("attribution")
                && o.value(QLatin1String("speaker")).toString() == QLatin1String("Anna Korvel")
                && o.value(QLatin1String("text")).toString().startsWith(QStringLiteral("“We will rebuild")));
    }
    EXPECT_TRUE(korvel) << out.toStdString();
    // DOC narrows to one document; an unknown one is a clear error.
    const qint64 doc = all.first().toObject().value(QLatin1String("document")).toInteger();
    ASSERT_EQ(runCli({QStringLiteral("suggest"), project, QString::number(doc)}, &out, &err), 0);
    EXPECT_TRUE(out.contains(QStringLiteral("Anna Korvel")));
    EXPECT_EQ(runCli({QStringLiteral("suggest"), project, QStringLiteral("nope")}, &out, &err), 1);
    EXPECT_TRUE(err.contains(QStringLiteral("nope")));
    EXPECT_EQ(runCli({QStringLiteral("suggest")}, &out, &err), 2);
    EXPECT_EQ(runCli({QStringLiteral("suggest"), dir.filePath(QStringLiteral("missing.crossread"))}, &out, &err), 1);
}
