// SPDX-License-Identifier: MIT
// ClaimReview against Google's documented fact-check markup rules (see ../shared/standards/README.md):
// required claimReviewed, reviewRating.alternateName and url; recommended author, itemReviewed
// (Claim with author.name, appearance or firstAppearance) and datePublished; numeric ratings with
// worstRating >= 1, bestRating > worstRating and ratingValue between them, higher = more true.
#include "exportfixture.h"

#include "export/claimreviewexporter.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Crossread::Test {
namespace {

bool isHttpUrl(const QString& s)
{
    const QUrl u(s, QUrl::StrictMode);
    return u.isValid() && (u.scheme() == u"https"_s || u.scheme() == u"http"_s) && !u.host().isEmpty();
}

/// Google's rules as a list of violations; empty when `review` meets them.
QStringList googleViolations(const QJsonObject& review)
{
    QStringList v;
    if (review[u"@context"_s].toString() != u"https://schema.org"_s && review[u"@context"_s].toString() != u"http://schema.org"_s)
        v << u"@context is not schema.org"_s;
    if (review[u"@type"_s].toString() != u"ClaimReview"_s)
        v << u"@type is not ClaimReview"_s;
    if (review[u"claimReviewed"_s].toString().trimmed().isEmpty())
        v << u"required claimReviewed missing"_s;
    if (!isHttpUrl(review[u"url"_s].toString()))
        v << u"required url missing or not http(s)"_s;
    const QJsonObject rating = review[u"reviewRating"_s].toObject();
    if (rating[u"@type"_s].toString() != u"Rating"_s)
        v << u"reviewRating is not a Rating"_s;
    if (rating[u"alternateName"_s].toString().trimmed().isEmpty())
        v << u"required reviewRating.alternateName missing"_s;
    const bool numeric = rating.contains(u"ratingValue"_s);
    if (numeric != rating.contains(u"bestRating"_s) || numeric != rating.contains(u"worstRating"_s))
        v << u"ratingValue, bestRating and worstRating come together"_s;
    if (numeric) {
        const double value = rating[u"ratingValue"_s].toDouble(), best = rating[u"bestRating"_s].toDouble(),
                     worst = rating[u"worstRating"_s].toDouble();
        if (worst < 1)
            v << u"worstRating < 1"_s;
        if (best <= worst)
            v << u"bestRating <= worstRating"_s;
        if (value < worst || value > best)
            v << u"ratingValue outside [worst, best]"_s;
    }
    // Recommended properties.
    const QJsonObject author = review[u"author"_s].toObject();
    if (author[u"name"_s].toString().isEmpty() && author[u"url"_s].toString().isEmpty())
        v << u"author has neither name nor url"_s;
    const QJsonObject item = review[u"itemReviewed"_s].toObject();
    if (item[u"@type"_s].toString() != u"Claim"_s)
        v << u"itemReviewed is not a Claim"_s;
    if (item[u"author"_s][u"name"_s].toString().isEmpty())
        v << u"itemReviewed.author.name missing"_s;
    if (!item.contains(u"appearance"_s) && !item.contains(u"firstAppearance"_s))
        v << u"itemReviewed has no appearance"_s;
    if (!QDate::fromString(review[u"datePublished"_s].toString(), Qt::ISODate).isValid())
        v << u"datePublished missing"_s;
    return v;
}

class ClaimReviewTest : public ExportTest
{
protected:
    QJsonArray reviews() const { return QJsonDocument::fromJson(ClaimReviewExporter::exportData(data(), fixedOptions())).array(); }
    QJsonObject reviewOf(const QString& quote) const
    {
        for (const QJsonValue r : reviews()) {
            if (r[u"claimReviewed"_s].toString() == quote)
                return r.toObject();
        }
        ADD_FAILURE() << "no review of " << quote.toStdString();
        return {};
    }
};

TEST_F(ClaimReviewTest, OneReviewPerAnnotationWithAVerdict)
{
    int withVerdict = 0;
    for (const Annotation& a : m_store->allAnnotations())
        withVerdict += !a.verdict.isEmpty();
    EXPECT_EQ(withVerdict, 3);
    EXPECT_EQ(reviews().size(), withVerdict);
}

TEST_F(ClaimReviewTest, EveryReviewMeetsGooglesRules)
{
    for (const QJsonValue r : reviews())
        EXPECT_TRUE(googleViolations(r.toObject()).isEmpty())
            << googleViolations(r.toObject()).join(u"; "_s).toStdString() << '\n'
            << QJsonDocument(r.toObject()).toJson().toStdString();
}

TEST_F(ClaimReviewTest, CheckerRejectsGooglesViolations)
{
    // The rules above must be able to fail.
    QJsonObject r = reviews()[0].toObject();
    r.remove(u"url"_s);
    QJsonObject rating = r[u"reviewRating"_s].toObject();
    rating[u"worstRating"_s] = 0;
    rating.remove(u"alternateName"_s);
    r[u"reviewRating"_s] = rating;
    EXPECT_EQ(googleViolations(r).size(), 3);
}

TEST_F(ClaimReviewTest, GooglesOwnExamplePassesTheChecker)
{
    CROSSREAD_REQUIRE_STANDARDS();
    QFile f(QDir(standardsDir()).filePath(u"claimreview/google-factcheck-example.jsonld"_s));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject example = QJsonDocument::fromJson(f.readAll()).object();
    QStringList v = googleViolations(example);
    v.removeAll(u"datePublished missing"_s); // the example leaves out the recommended review date
    EXPECT_TRUE(v.isEmpty()) << v.join(u"; "_s).toStdString();
}

TEST_F(ClaimReviewTest, RatingFollowsTheScaleHigherIsTruer)
{
    const QJsonObject mostlyFalse = reviewOf(u"Exports rose by 40 percent, the highest ever."_s)[u"reviewRating"_s].toObject();
    const QJsonObject isTrue = reviewOf(u"\"minor, a day or two\""_s)[u"reviewRating"_s].toObject();
    EXPECT_EQ(mostlyFalse[u"alternateName"_s].toString(), u"Mostly false"_s);
    EXPECT_EQ(isTrue[u"alternateName"_s].toString(), u"True"_s);
    // Default scale: True, Mostly true, Misleading, Mostly false, False (+ Unproven, unrated).
    EXPECT_EQ(isTrue[u"bestRating"_s].toInt(), 5);
    EXPECT_EQ(isTrue[u"worstRating"_s].toInt(), 1);
    EXPECT_EQ(isTrue[u"ratingValue"_s].toInt(), 5);
    EXPECT_EQ(mostlyFalse[u"ratingValue"_s].toInt(), 2);
}

TEST_F(ClaimReviewTest, AlternateNameIsInTheReportLanguageAndTheRatingUnchanged)
{
    ASSERT_TRUE(m_store->setSetting(u"report.language"_s, u"ko"_s));
    const QJsonObject mostlyFalse = reviewOf(u"Exports rose by 40 percent, the highest ever."_s)[u"reviewRating"_s].toObject();
    EXPECT_EQ(mostlyFalse[u"alternateName"_s].toString(), u"대체로 거짓"_s);
    EXPECT_EQ(mostlyFalse[u"ratingValue"_s].toInt(), 2);
    const QJsonObject unproven = reviewOf(u"no shipment was delayed"_s)[u"reviewRating"_s].toObject();
    EXPECT_EQ(unproven[u"alternateName"_s].toString(), u"입증되지 않음"_s);
    EXPECT_FALSE(unproven.contains(u"ratingValue"_s)) << "unrated in every language";
}

TEST_F(ClaimReviewTest, UnprovenHasOnlyAlternateName)
{
    const QJsonObject rating = reviewOf(u"no shipment was delayed"_s)[u"reviewRating"_s].toObject();
    EXPECT_EQ(rating[u"alternateName"_s].toString(), u"Unproven"_s);
    EXPECT_FALSE(rating.contains(u"ratingValue"_s));
    EXPECT_FALSE(rating.contains(u"bestRating"_s));
    EXPECT_FALSE(ClaimReviewExporter::numericRating({u"True"_s}, u"True"_s).has_value()) << "one step cannot be a scale";
}

TEST_F(ClaimReviewTest, ClaimAuthorAppearanceAndReviewer)
{
    const QJsonObject r = reviewOf(u"Exports rose by 40 percent, the highest ever."_s);
    EXPECT_EQ(r[u"itemReviewed"_s][u"author"_s][u"name"_s].toString(), u"Minister Lee"_s);
    const QJsonObject appearance = r[u"itemReviewed"_s][u"appearance"_s].toObject();
    EXPECT_EQ(appearance[u"url"_s].toString(), u"https://ledger.example/news/grain-deal"_s);
    EXPECT_EQ(appearance[u"publisher"_s][u"name"_s].toString(), u"Daily Ledger"_s);
    EXPECT_EQ(appearance[u"datePublished"_s].toString(), u"2026-02-10"_s);
    EXPECT_EQ(r[u"author"_s][u"name"_s].toString(), u"Example Fact Desk"_s);
    EXPECT_EQ(r[u"author"_s][u"url"_s].toString(), u"https://factdesk.example/"_s);
    EXPECT_TRUE(r[u"url"_s].toString().startsWith(u"https://factdesk.example/reviews/grain#claim-"_s));
    EXPECT_EQ(r[u"datePublished"_s].toString(), u"2026-02-20"_s);
    // The claim without a speaker is attributed to the article's author.
    EXPECT_EQ(reviewOf(u"no shipment was delayed"_s)[u"itemReviewed"_s][u"author"_s][u"name"_s].toString(), u"Ana Ruiz"_s);
}

TEST_F(ClaimReviewTest, WithoutOrganisationSettingsTheAnnotatorSignsAndDocumentUrlIsUsed)
{
    ASSERT_TRUE(m_store->setSetting(u"organization.name"_s, {}));
    ASSERT_TRUE(m_store->setSetting(u"organization.url"_s, {}));
    ASSERT_TRUE(m_store->setSetting(u"organization.reviewUrl"_s, {}));
    const QJsonObject r = reviewOf(u"Exports rose by 40 percent, the highest ever."_s);
    EXPECT_EQ(r[u"author"_s][u"@type"_s].toString(), u"Person"_s);
    EXPECT_FALSE(r[u"author"_s][u"name"_s].toString().isEmpty());
    EXPECT_EQ(r[u"url"_s].toString(), u"https://ledger.example/news/grain-deal"_s);
    EXPECT_TRUE(googleViolations(r).isEmpty()) << googleViolations(r).join(u"; "_s).toStdString();
}

TEST_F(ClaimReviewTest, MatchesGoldenFile)
{
    compareGolden(u"golden.claimreview.jsonld"_s, ClaimReviewExporter::exportData(data(), fixedOptions()));
}

} // namespace
} // namespace Crossread::Test
