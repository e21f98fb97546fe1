// SPDX-License-Identifier: MIT
// Issue #23: a project made in one UI language and used in another, through the models and the
// CLI; text sorted with the locale's collation.
#include "annotationfiltermodel.h"
#include "annotationmodel.h"
#include "cli/cli.h"
#include "clirun.h"
#include "collatingsortproxy.h"
#include "roles.h"
#include "storefixture.h"
#include "tagmodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardItemModel>
#include <QTranslator>

#include <memory>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

/// Crossread's translation into `language` (embedded under :/i18n) installed while it lives.
class UiLanguage
{
public:
    explicit UiLanguage(const QString& language)
    {
        m_loaded = m_translator.load(u"crossread_"_s + language, u":/i18n"_s);
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~UiLanguage() { QCoreApplication::removeTranslator(&m_translator); }
    UiLanguage(const UiLanguage&) = delete;
    UiLanguage& operator=(const UiLanguage&) = delete;
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

class AcrossLanguages : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(u"made-in-german.crossread"_s);
        m_article = m_dir.filePath(u"article.txt"_s);
        QFile f(m_article);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("The minister said 76,000 soldiers were trapped near Sudzha.\n");
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_article;
};

TEST_F(AcrossLanguages, AProjectMadeInGermanIsReadInKoreanAndScriptedInEnglish)
{
    {
        const UiLanguage german(u"de"_s);
        ASSERT_TRUE(german.loaded()) << "crossread_de.qm is not embedded";
        ASSERT_EQ(runCli({u"new"_s, m_path}).code, 0);
        ASSERT_EQ(runCli({u"import"_s, m_path, m_article}).code, 0);
        const CliResult r = runCli({u"annotate"_s, m_path, u"1"_s, u"--start"_s, u"18"_s, u"--end"_s, u"41"_s, u"--tag"_s,
                                 u"Behauptung"_s, u"--verdict"_s, u"Überwiegend falsch"_s});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        // German labels while German is the UI language.
        ProjectStore store;
        ASSERT_TRUE(store.open(m_path, ProjectStore::OpenMode::ReadOnly));
        EXPECT_EQ(store.builtinTag(u"claim"_s)->name, u"Behauptung"_s);
    }

    const UiLanguage korean(u"ko"_s);
    ASSERT_TRUE(korean.loaded());
    {
        ProjectStore store;
        ASSERT_TRUE(store.open(m_path));
        AnnotationModel annotations(&store);
        QAbstractItemModelTester annotationsTester(&annotations, QAbstractItemModelTester::FailureReportingMode::Fatal);
        TagModel tags(&store);
        QAbstractItemModelTester tagsTester(&tags, QAbstractItemModelTester::FailureReportingMode::Fatal);
        ASSERT_EQ(annotations.rowCount(), 1);
        EXPECT_EQ(annotations.index(0, AnnotationModel::VerdictColumn).data().toString(), u"대체로 거짓"_s);
        EXPECT_EQ(annotations.index(0, AnnotationModel::TagsColumn).data().toString(), u"주장"_s);
        EXPECT_EQ(annotations.index(0, 0).data(VerdictRole).toString(), u"mostly-false"_s);
        const TagId claim = store.builtinTag(u"claim"_s)->id;
        EXPECT_EQ(tags.indexOf(claim).data().toString(), u"주장"_s);
    }

    // The README's English commands, under a Korean UI, on the German-made project.
    const CliResult added = runCli({u"annotate"_s, m_path, u"1"_s, u"--start"_s, u"0"_s, u"--end"_s, u"17"_s, u"--tag"_s,
                                 u"Attribution"_s, u"Claim"_s, u"--verdict"_s, u"Mostly true"_s});
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    const CliResult listed = runCli({u"annotations"_s, m_path, u"--json"_s});
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    const QJsonArray items = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(items.size(), 2);
    // In reading order: the English-made annotation [0, 17) comes before the German-made one.
    const QJsonObject english = items.at(0).toObject();
    EXPECT_EQ(english.value("verdictKey"_L1).toString(), u"mostly-true"_s);
    EXPECT_EQ(english.value("verdict"_L1).toString(), u"대체로 사실"_s);
    EXPECT_EQ(english.value("tagKeys"_L1).toArray(), (QJsonArray{u"attribution"_s, u"claim"_s}));
    EXPECT_EQ(english.value("tags"_L1).toArray(), (QJsonArray{u"인용 출처"_s, u"주장"_s}));
    EXPECT_EQ(items.at(1).toObject().value("verdictKey"_L1).toString(), u"mostly-false"_s);
    // Keys work as well as labels, in any case.
    const CliResult byKey = runCli({u"annotate"_s, m_path, u"1"_s, u"--start"_s, u"42"_s, u"--end"_s, u"59"_s, u"--tag"_s,
                                 u"UNVERIFIED"_s, u"--verdict"_s, u"unproven"_s});
    EXPECT_EQ(byKey.code, 0) << byKey.err.toStdString();
}

class CollatedAnnotations : public Crossread::Test::StoreFixture
{
};

TEST_F(CollatedAnnotations, TheDocumentColumnCollatesTitlesAndKeepsReadingOrderWithin)
{
    const QString text = u"Перше речення. Друге речення. Третє речення."_s;
    const DocumentId yeva = addDocument(u"Єва"_s, text);
    const DocumentId borys = addDocument(u"Борис"_s, text);
    const AnnotationId late = annotate(yeva, u"Третє"_s, {builtin("claim")});
    const AnnotationId early = annotate(yeva, u"Перше"_s, {builtin("claim")});
    const AnnotationId other = annotate(borys, u"Друге"_s, {builtin("claim")});
    AnnotationModel model(&store);
    AnnotationFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setCollationLocale(QLocale(QLocale::Ukrainian, QLocale::Ukraine));
    proxy.sort(AnnotationModel::DocumentColumn);
    QList<AnnotationId> order;
    for (int r = 0; r < proxy.rowCount(); ++r)
        order.append(proxy.index(r, 0).data(AnnotationIdRole).toLongLong());
    // Code point order would put Є (U+0404) before Б (U+0411).
    EXPECT_EQ(order, (QList<AnnotationId>{other, early, late}));
}

TEST(CollatingSortProxy, OrdersUkrainianAndKoreanTitlesAsTheirReadersDo)
{
    QStandardItemModel source;
    for (const QString& title : {u"Яків"_s, u"Ґанок"_s, u"Іван"_s, u"Борис"_s, u"Єва"_s, u"дата"_s})
        source.appendRow(new QStandardItem(title));
    CollatingSortProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&source);
    proxy.setCollationLocale(QLocale(QLocale::Ukrainian, QLocale::Ukraine));
    proxy.sort(0);
    QStringList order;
    for (int r = 0; r < proxy.rowCount(); ++r)
        order.append(proxy.index(r, 0).data().toString());
    // Code point order would put Є, І and Ґ before Б, and lower case after Я.
    EXPECT_EQ(order, (QStringList{u"Борис"_s, u"Ґанок"_s, u"дата"_s, u"Єва"_s, u"Іван"_s, u"Яків"_s}));

    const auto sorted = [&](const QStringList& texts, const QLocale& locale) {
        source.clear();
        for (const QString& t : texts)
            source.appendRow(new QStandardItem(t));
        proxy.setCollationLocale(locale);
        proxy.sort(0);
        QStringList out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out.append(proxy.index(r, 0).data().toString());
        return out;
    };
    EXPECT_EQ(sorted({u"한겨레"_s, u"조선일보"_s, u"경향신문"_s, u"동아일보"_s}, QLocale(QLocale::Korean, QLocale::SouthKorea)),
              (QStringList{u"경향신문"_s, u"동아일보"_s, u"조선일보"_s, u"한겨레"_s}));
    // Numbers by value, case ignored.
    EXPECT_EQ(sorted({u"Report 10"_s, u"report 9"_s, u"Report 1"_s}, QLocale(QLocale::English, QLocale::UnitedStates)),
              (QStringList{u"Report 1"_s, u"report 9"_s, u"Report 10"_s}));
}

} // namespace
