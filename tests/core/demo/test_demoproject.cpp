// SPDX-License-Identifier: MIT
#include "demo/demoproject.h"
#include "store/projectstore.h"
#include "text/offsets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

// Outside any namespace: Q_INIT_RESOURCE declares the global initializer of crossread_resources.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

using namespace Crossread;

namespace {

class DemoProjectTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        initResources();
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.crossread"));
    }
    QJsonArray listed() const
    {
        QFile f(QStringLiteral(":/samples/demo-annotations.json"));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("annotations")).toArray();
    }

    QTemporaryDir m_dir;
    QString m_path;
};

TEST_F(DemoProjectTest, BuildsEveryListedAnnotationOnItsQuote)
{
    ProjectStore store;
    QString error;
    ASSERT_TRUE(DemoProject::openOrCreate(store, m_path, &error)) << error.toStdString();
    ASSERT_EQ(store.documents().size(), 3);
    const QList<Annotation> all = store.allAnnotations();
    ASSERT_EQ(all.size(), listed().size());
    for (const Annotation& a : all) {
        const QString text = store.documentText(a.document);
        EXPECT_EQ(codePointMid(text, a.start, a.end), a.quote);
        EXPECT_FALSE(a.orphaned);
    }
}

TEST_F(DemoProjectTest, EveryArticleCarriesAllThreeBuiltinTagsAndClaimsHaveVerdicts)
{
    ProjectStore store;
    ASSERT_TRUE(DemoProject::openOrCreate(store, m_path));
    const TagId claim = store.builtinTag(QStringLiteral("claim"))->id;
    const TagId attribution = store.builtinTag(QStringLiteral("attribution"))->id;
    const TagId unverified = store.builtinTag(QStringLiteral("unverified"))->id;
    const QStringList scale = store.ratingScale();
    for (const Document& d : store.documents()) {
        QSet<TagId> seen;
        for (const Annotation& a : store.annotations(d.id)) {
            for (TagId t : a.tags)
                seen.insert(t);
            if (a.tags.contains(claim)) {
                EXPECT_TRUE(scale.contains(a.verdict)) << a.quote.toStdString();
            }
            if (a.tags.contains(attribution) && a.tags.size() == 1) {
                EXPECT_NE(a.speaker, 0) << a.quote.toStdString();
            }
        }
        EXPECT_TRUE(seen.contains(claim) && seen.contains(attribution) && seen.contains(unverified))
            << d.meta.title.toStdString();
    }
}

TEST_F(DemoProjectTest, TheMinistersPromiseReadsDifferentlyInEachOutlet)
{
    ProjectStore store;
    ASSERT_TRUE(DemoProject::openOrCreate(store, m_path));
    const EntityId korvel = store.entityByName(QStringLiteral("Anna Korvel"))->id;
    QSet<QString> renderings;
    QSet<DocumentId> documents;
    for (const Annotation& a : store.allAnnotations()) {
        if (a.speaker == korvel) {
            renderings.insert(a.quote);
            documents.insert(a.document);
        }
    }
    EXPECT_EQ(documents.size(), 3);
    EXPECT_EQ(renderings.size(), 3);
}

TEST_F(DemoProjectTest, ReopensWithoutRebuildingAndBuildIsIdempotent)
{
    {
        ProjectStore store;
        ASSERT_TRUE(DemoProject::openOrCreate(store, m_path));
    }
    ProjectStore store;
    ASSERT_TRUE(DemoProject::openOrCreate(store, m_path));
    const qsizetype before = store.allAnnotations().size();
    QString error;
    ASSERT_TRUE(DemoProject::build(store, &error)) << error.toStdString();
    EXPECT_EQ(store.documents().size(), 3);
    EXPECT_EQ(store.allAnnotations().size(), before);
}

TEST_F(DemoProjectTest, RefusesAReadOnlyOrClosedStore)
{
    ProjectStore store;
    QString error;
    EXPECT_FALSE(DemoProject::build(store, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(DemoProjectTest, ReportsAFolderThatCannotBeCreated)
{
    QFile blocker(m_dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ProjectStore store;
    QString error;
    EXPECT_FALSE(DemoProject::openOrCreate(store, m_dir.filePath(QStringLiteral("file/sub/demo.crossread")), &error));
    EXPECT_FALSE(error.isEmpty());
}

// Issue #23: the demo was built from translated verdicts and failed in every language but English.
class DemoInEachLanguage : public DemoProjectTest, public ::testing::WithParamInterface<const char*>
{
};

TEST_P(DemoInEachLanguage, BuildsWithItsVerdictsAndTagsByKey)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral("crossread_") + QLatin1String(GetParam()), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);
    ProjectStore store;
    QString error;
    const bool built = DemoProject::openOrCreate(store, m_path, &error);
    QCoreApplication::removeTranslator(&translator);
    ASSERT_TRUE(built) << error.toStdString();
    const QList<Annotation> all = store.allAnnotations();
    ASSERT_EQ(all.size(), listed().size());
    QSet<QString> verdicts;
    for (const Annotation& a : all) {
        if (!a.verdict.isEmpty())
            verdicts.insert(a.verdict);
    }
    EXPECT_EQ(verdicts, (QSet<QString>{QStringLiteral("true"), QStringLiteral("mostly-true"),
                                       QStringLiteral("misleading"), QStringLiteral("unproven")}));
    // Opened again in English, the same project reads in English.
    store.close();
    ProjectStore english;
    ASSERT_TRUE(english.open(m_path));
    EXPECT_EQ(english.builtinTag(QStringLiteral("claim"))->name, QStringLiteral("Claim"));
}

INSTANTIATE_TEST_SUITE_P(UiLanguages, DemoInEachLanguage, ::testing::Values("de", "uk", "ko", "en"),
                         [](const ::testing::TestParamInfo<const char*>& p) { return std::string(p.param); });

} // namespace
