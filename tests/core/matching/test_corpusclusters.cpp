// SPDX-License-Identifier: MIT
// The statements the shared corpus renders in several outlets must come out as clusters with
// the right documents and boundaries.
#include "corpusfixture.h"

#include <QRegularExpression>

using namespace Crossread;
using namespace Crossread::Test;

namespace {

class CorpusClusters : public CorpusFixture
{
protected:
    void SetUp() override
    {
        CROSSREAD_REQUIRE_CORPUS();
        importCorpus();
        clusters = QuoteMatcher::cluster(matchDocuments(store));
        if (qEnvironmentVariableIsSet("CROSSREAD_DUMP_CLUSTERS")) {
            for (const StatementCluster& c : clusters) {
                std::printf("== cluster %d speaker=%s\n", c.id, qPrintable(c.speaker));
                for (const ClusterMember& m : c.members) {
                    std::printf("  [%lld %lld-%lld %s] %s\n", m.document, m.start, m.end, qPrintable(m.speaker),
                                qPrintable(m.text.simplified()));
                    for (const WordDiffOp& op : m.diff)
                        std::printf("      %d {%s}\n", int(op.kind), qPrintable(op.text));
                }
            }
        }
    }

    /// The cluster that has a member containing `phrase`; fails the test when there is none or more.
    const StatementCluster* clusterWith(const QString& phrase)
    {
        const StatementCluster* found = nullptr;
        for (const StatementCluster& c : clusters) {
            for (const ClusterMember& m : c.members) {
                if (m.text.simplified().contains(phrase, Qt::CaseInsensitive)) {
                    EXPECT_TRUE(found == nullptr || found == &c) << "phrase in two clusters: " << phrase.toStdString();
                    found = &c;
                }
            }
        }
        EXPECT_NE(found, nullptr) << "no cluster with: " << phrase.toStdString();
        return found;
    }

    const ClusterMember* memberIn(const StatementCluster& c, const QString& file)
    {
        const ClusterMember* found = nullptr;
        for (const ClusterMember& m : c.members) {
            if (m.document == docByFile.value(file) && (!found || m.text.size() > found->text.size()))
                found = &m;
        }
        EXPECT_NE(found, nullptr) << "no member in " << file.toStdString();
        return found;
    }

    /// The member's offsets point at its text in the stored document.
    void expectAnchored(const ClusterMember& m)
    {
        EXPECT_EQ(codePointMid(store.documentText(m.document), m.start, m.end), m.text);
    }

    QList<StatementCluster> clusters;
};

const QString kAnalysis = QStringLiteral("analysis-2025-05-kursk-recognition.txt");
const QString kDonga = QStringLiteral("donga-2025-04-kursk-control.txt");
const QString kReport = QStringLiteral("report-2025-04-dprk-confirms.txt");
const QString kWeiss = QStringLiteral("weiss-2025-05-01-where-next.txt");

QString flat(const QString& s)
{
    return s.simplified();
}

} // namespace

TEST_F(CorpusClusters, GerasimovStatementInThreeArticles)
{
    const StatementCluster* c = clusterWith(QStringLiteral("I would like to separately note"));
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->documentCount(), 3);
    EXPECT_TRUE(c->speaker.contains(QLatin1String("Gerasimov"))) << c->speaker.toStdString();
    const ClusterMember* report = memberIn(*c, kReport);
    const ClusterMember* analysis = memberIn(*c, kAnalysis);
    const ClusterMember* donga = memberIn(*c, kDonga);
    ASSERT_TRUE(report && analysis && donga);
    // The report gives it as a paragraph of its own, without quotation marks.
    EXPECT_TRUE(flat(report->text).startsWith(QLatin1String("I would like to separately note the participation")));
    EXPECT_TRUE(flat(report->text).endsWith(QLatin1String("the Armed Forces of Ukraine.")));
    // The analysis quotes it; the member starts inside the quotation marks.
    EXPECT_TRUE(flat(analysis->text).startsWith(QLatin1String("I would especially like to highlight")))
        << analysis->text.toStdString();
    EXPECT_TRUE(flat(analysis->text).contains(QLatin1String("provided significant assistance in defeating")));
    EXPECT_FALSE(analysis->text.contains(QChar(0x201C)));
    EXPECT_FALSE(analysis->text.contains(QChar(0x201D)));
    // Dong-A trims it to the first sentence.
    EXPECT_EQ(flat(donga->text), QLatin1String("I would like to emphasize the contribution of soldiers from the Democratic "
                                               "People's Republic of Korea who participated in the Kursk liberation operation"));
    for (const ClusterMember& m : c->members)
        expectAnchored(m);
}

TEST_F(CorpusClusters, PutinKoreanHeroesInThreeArticles)
{
    const StatementCluster* c = clusterWith(QStringLiteral("Korean heroes"));
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->documentCount(), 3);
    EXPECT_TRUE(c->speaker.contains(QLatin1String("Putin"))) << c->speaker.toStdString();
    const ClusterMember* report = memberIn(*c, kReport);
    const ClusterMember* analysis = memberIn(*c, kAnalysis);
    const ClusterMember* weiss = memberIn(*c, kWeiss);
    ASSERT_TRUE(report && analysis && weiss);
    EXPECT_EQ(flat(report->text), QLatin1String("The Russian people will never forget the feat of Korean special forces "
                                                "fighters. We will always honour the Korean heroes who gave their lives for "
                                                "Russia, for our common freedom, on an equal footing with our Russian "
                                                "brothers in arms."));
    EXPECT_TRUE(flat(weiss->text).startsWith(QLatin1String("The Russian people will never forget the feats")))
        << weiss->text.toStdString();
    EXPECT_TRUE(flat(weiss->text).contains(QLatin1String("We will always honor the Korean heroes")));
    EXPECT_TRUE(flat(analysis->text).contains(QLatin1String("We will always honor the Korean heroes who gave their lives")));
    EXPECT_TRUE(flat(analysis->text).endsWith(QLatin1String("with their Russian brothers-in-arms.")))
        << analysis->text.toStdString();
    for (const ClusterMember& m : c->members) {
        expectAnchored(m);
        EXPECT_FALSE(m.text.contains(QLatin1String("Overall"))) << "runs past the quotation";
    }
}

TEST_F(CorpusClusters, NeverForgetOurFriendsInTwoArticles)
{
    const StatementCluster* c = clusterWith(QStringLiteral("never forget our friends"));
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->documentCount(), 2);
    EXPECT_EQ(c->members.size(), 2);
    EXPECT_TRUE(c->speaker.contains(QLatin1String("Zakharova"))) << c->speaker.toStdString();
    const ClusterMember* donga = memberIn(*c, kDonga);
    const ClusterMember* analysis = memberIn(*c, kAnalysis);
    ASSERT_TRUE(donga && analysis);
    EXPECT_EQ(donga->text, QLatin1String("We will never forget our friends"));
    EXPECT_EQ(flat(analysis->text).remove(QLatin1Char('.')).toLower(), QLatin1String("we will never forget our friends"));
    for (const ClusterMember& m : c->members)
        expectAnchored(m);
}

TEST_F(CorpusClusters, DiffAgainstEarliestShowsTheEdits)
{
    const StatementCluster* c = clusterWith(QStringLiteral("Korean heroes"));
    ASSERT_NE(c, nullptr);
    ASSERT_GE(c->members.size(), 2);
    EXPECT_TRUE(c->members.first().diff.isEmpty());
    // Spelling variants fold away; the re-translated words do not.
    bool sawCommonOrShared = false;
    for (qsizetype i = 1; i < c->members.size(); ++i) {
        for (const WordDiffOp& op : c->members[i].diff) {
            if (op.kind == WordDiffOp::Kind::Same)
                continue;
            EXPECT_FALSE(op.text.contains(QLatin1String("honour")) || op.text.contains(QLatin1String("honor")));
            if (op.text.contains(QLatin1String("common")) || op.text.contains(QLatin1String("shared")))
                sawCommonOrShared = true;
        }
    }
    EXPECT_TRUE(sawCommonOrShared);
}

TEST_F(CorpusClusters, ShortPhrasesDoNotMergeStatements)
{
    // "will never forget" is in both Putin's and Zakharova's statements; they stay apart.
    const StatementCluster* putin = clusterWith(QStringLiteral("Korean heroes"));
    const StatementCluster* zakharova = clusterWith(QStringLiteral("never forget our friends"));
    ASSERT_TRUE(putin && zakharova);
    EXPECT_NE(putin, zakharova);
}
