// SPDX-License-Identifier: MIT
#pragma once

#include "anchoring.h"

#include "store/types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace Crossread {

class ProjectStore;
struct ParsedAnnotation;

/// Imports W3C Web Annotations (a collection, a page, a single annotation or a JSON array of
/// them) into the documents of an open project.
///
/// Each annotation is re-anchored by position when its quote is still there, else by quote and
/// context, else by a bounded fuzzy match; those that cannot be anchored are reported, not
/// guessed. Missing tags and speakers are created. Everything the import changes is one undo step.
class AnnotationImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Crossread::AnnotationImporter)

public:
    struct Unanchored
    {
        int index = 0; // position in the file, from 0
        QString id; // the annotation's id in the file
        QString quote;
        QString reason; // translated
    };

    struct Report
    {
        bool ok = false; // false when the file could not be read at all (see error)
        QString error;
        int total = 0;
        int byPosition = 0;
        int byQuote = 0;
        int byFuzzy = 0;
        int tagsCreated = 0;
        int entitiesCreated = 0;
        QList<Unanchored> unanchored;

        int anchored() const { return byPosition + byQuote + byFuzzy; }
    };

    explicit AnnotationImporter(ProjectStore& store);

    void setFuzzyLimits(const FuzzyLimits& limits) { m_limits = limits; }
    Report importFile(const QString& path);
    Report importJson(const QByteArray& json);

private:
    bool resolveNames(const QList<ParsedAnnotation>& parsed, const QJsonArray& tagDefs, QList<Annotation>& rows,
                      Report& report);
    static Tag tagFromDefinitions(const QString& name, const QJsonArray& tagDefs);

    ProjectStore& m_store;
    FuzzyLimits m_limits;
};

} // namespace Crossread
