// SPDX-License-Identifier: MIT
#include "claimreviewexporter.h"

#include <QJsonDocument>
#include <QUrl>

namespace Crossread {

namespace {

QJsonObject organization(const QString& name, const QString& url)
{
    QJsonObject o{{QStringLiteral("@type"), QStringLiteral("Organization")}, {QStringLiteral("name"), name}};
    if (!url.isEmpty())
        o.insert(QStringLiteral("url"), url);
    return o;
}

QJsonObject person(const QString& name)
{
    return {{QStringLiteral("@type"), QStringLiteral("Person")}, {QStringLiteral("name"), name}};
}

bool isWebUrl(const QString& s)
{
    const QUrl url(s, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
           && !url.host().isEmpty();
}

} // namespace

bool ClaimReviewExporter::isUnrated(const QString& verdict)
{
    // Matched on the untranslated and translated words alike: scales are user-editable text.
    static const QStringList words{QStringLiteral("unproven"),   QStringLiteral("unverifiable"),
                                   QStringLiteral("unverified"), QStringLiteral("no evidence"),
                                   QStringLiteral("not rated"),  QStringLiteral("satire"),
                                   QStringLiteral("opinion")};
    const QString v = verdict.trimmed().toCaseFolded();
    return words.contains(v) || Builtins::ratingKeyOf(v) == QLatin1String("unproven") || v == tr("Unproven").toCaseFolded() || v == tr("Unverifiable").toCaseFolded();
}

std::optional<NumericRating> ClaimReviewExporter::numericRating(const QStringList& scale, const QString& verdict)
{
    if (isUnrated(verdict))
        return std::nullopt;
    QStringList ordered;
    for (const QString& rating : scale) {
        if (!isUnrated(rating))
            ordered.append(rating);
    }
    const qsizetype index = ordered.indexOf(verdict.trimmed(), 0, Qt::CaseInsensitive);
    if (index < 0 || ordered.size() < 2)
        return std::nullopt; // bestRating must exceed worstRating, which one step cannot
    // The scale runs from most true to least true; Google wants higher = more true, worst ≥ 1.
    const int n = int(ordered.size());
    return NumericRating{n - int(index), n, 1};
}

QString ClaimReviewExporter::anchorFor(const Document& doc, const Annotation& a)
{
    Q_UNUSED(doc)
    return QStringLiteral("claim-") + QString::number(a.id);
}

QJsonObject ClaimReviewExporter::review(const ExportData& data, const Document& doc, const Annotation& a)
{
    QJsonObject rating{{QStringLiteral("@type"), QStringLiteral("Rating")}, {QStringLiteral("alternateName"), data.verdictLabel(a.verdict)}};
    if (const std::optional<NumericRating> n = numericRating(data.ratingScale, a.verdict)) {
        rating.insert(QStringLiteral("ratingValue"), n->value);
        rating.insert(QStringLiteral("bestRating"), n->best);
        rating.insert(QStringLiteral("worstRating"), n->worst);
    }

    QJsonObject appearance{{QStringLiteral("@type"), QStringLiteral("CreativeWork")}};
    if (isWebUrl(doc.meta.url))
        appearance.insert(QStringLiteral("url"), doc.meta.url.trimmed());
    if (!doc.meta.title.isEmpty())
        appearance.insert(QStringLiteral("headline"), doc.meta.title);
    if (doc.meta.published.isValid())
        appearance.insert(QStringLiteral("datePublished"), doc.meta.published.toString(Qt::ISODate));
    if (!doc.meta.outlet.isEmpty())
        appearance.insert(QStringLiteral("publisher"), organization(doc.meta.outlet, {}));
    if (!doc.meta.author.isEmpty())
        appearance.insert(QStringLiteral("author"), person(doc.meta.author));

    QJsonObject claim{{QStringLiteral("@type"), QStringLiteral("Claim")}, {QStringLiteral("appearance"), appearance}};
    // Who made the claim: the speaker; failing that the article's author, then its outlet.
    const QString speaker = data.speakerName(a);
    if (!speaker.isEmpty())
        claim.insert(QStringLiteral("author"), person(speaker));
    else if (!doc.meta.author.isEmpty())
        claim.insert(QStringLiteral("author"), person(doc.meta.author));
    else if (!doc.meta.outlet.isEmpty())
        claim.insert(QStringLiteral("author"), organization(doc.meta.outlet, {}));
    if (doc.meta.published.isValid())
        claim.insert(QStringLiteral("datePublished"), doc.meta.published.toString(Qt::ISODate));

    // The reviewing organisation; without one in Settings the annotator signs as a person.
    QJsonObject author;
    if (!data.organizationName.isEmpty() || isWebUrl(data.organizationUrl))
        author = organization(data.organizationName.isEmpty() ? data.organizationUrl : data.organizationName,
                              isWebUrl(data.organizationUrl) ? data.organizationUrl : QString());
    else if (!a.annotator.isEmpty())
        author = person(a.annotator);
    else
        author = organization(tr("Independent fact-check"), {});

    QString url;
    if (isWebUrl(data.reviewUrl))
        url = QUrl(data.reviewUrl).adjusted(QUrl::RemoveFragment).toString() + u'#' + anchorFor(doc, a);
    else if (isWebUrl(doc.meta.url))
        url = doc.meta.url.trimmed();
    else
        url = documentSourceUri(doc) + u'#' + anchorFor(doc, a);

    // Google advises claimReviewed under 75 characters; the full quote is kept (shortening a
    // quote would misquote), with line breaks folded so it reads as one statement.
    QJsonObject out{{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
                    {QStringLiteral("@type"), QStringLiteral("ClaimReview")},
                    {QStringLiteral("url"), url},
                    {QStringLiteral("claimReviewed"), a.quote.simplified()},
                    {QStringLiteral("itemReviewed"), claim},
                    {QStringLiteral("author"), author},
                    {QStringLiteral("reviewRating"), rating}};
    const QDateTime reviewed = a.modified.isValid() ? a.modified : a.created;
    if (reviewed.isValid())
        out.insert(QStringLiteral("datePublished"), reviewed.toUTC().date().toString(Qt::ISODate));
    if (!a.rationale.isEmpty())
        out.insert(QStringLiteral("reviewBody"), a.rationale);
    return out;
}

QJsonArray ClaimReviewExporter::reviews(const ExportData& data, const ExportOptions& options)
{
    Q_UNUSED(options)
    QJsonArray out;
    for (const Document& doc : data.documents) {
        for (const Annotation& a : data.annotations.value(doc.id)) {
            if (!a.verdict.trimmed().isEmpty() && !a.quote.trimmed().isEmpty())
                out.append(review(data, doc, a));
        }
    }
    return out;
}

QByteArray ClaimReviewExporter::exportData(const ExportData& data, const ExportOptions& options)
{
    return QJsonDocument(reviews(data, options)).toJson(QJsonDocument::Indented);
}

} // namespace Crossread
