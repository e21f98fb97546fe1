// SPDX-License-Identifier: MIT
#pragma once

#include "exportdata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace Crossread {

/// A verdict's place on the numeric scale schema.org's Rating wants.
struct NumericRating
{
    int value = 0;
    int best = 0;
    int worst = 0;
};

/// schema.org ClaimReview JSON-LD (as Google's fact-check markup reads it), one object per
/// annotation that has a verdict.
///
/// The project's rating scale is ordered from most true to least true; verdicts such as
/// "Unproven" that say nothing about truth have no numeric place and get only `alternateName`.
/// The reviewing organisation comes from the settings `organization.name` / `organization.url`,
/// the review page from `organization.reviewUrl` (an anchor per claim is appended).
class ClaimReviewExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Crossread::ClaimReviewExporter)

public:
    static QByteArray exportData(const ExportData& data, const ExportOptions& options = {});
    static QJsonArray reviews(const ExportData& data, const ExportOptions& options = {});
    static QJsonObject review(const ExportData& data, const Document& doc, const Annotation& a);
    /// ratingValue/bestRating/worstRating for `verdict`, or nothing when it has no numeric place.
    static std::optional<NumericRating> numericRating(const QStringList& scale, const QString& verdict);
    /// Verdicts that are not a degree of truth ("Unproven", "Unverifiable", …).
    static bool isUnrated(const QString& verdict);
    /// The fragment that names one claim on the review page.
    static QString anchorFor(const Document& doc, const Annotation& a);
};

} // namespace Crossread
