// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Crossread {

/// The built-in tags (claim, attribution, unverified) and the built-in rating scale (true,
/// mostly-true, misleading, mostly-false, false, unproven) are stored by stable key and labelled
/// at display time in the viewer's language (format 4, issue #23).
///
/// - A built-in tag's `name` and `description` columns are NULL while they are the translated
///   defaults; a name or description the user wrote is stored as written and shown as is.
///   Tag::name and Tag::description as read always hold what is shown.
/// - A rating-scale entry and a verdict (annotations.verdict, claims.verdict, the ratingScale
///   setting) is either one of the six keys or literal text of the user's. A label of a built-in
///   rating in any UI language is stored as its key, so a literal is never a built-in's label.
///
/// The labels of every UI language (en, de, uk, ko) are recognised when text comes in (CLI
/// arguments, older files, undo entries written by format 3): the tables in builtins.cpp record
/// them as format 3 wrote them (translations/*.ts), and the installed translation is asked too.
namespace Builtins {

/// The UI languages Crossread ships: "en", "de", "uk", "ko".
QStringList uiLanguages();

QStringList ratingKeys();
bool isRatingKey(const QString& value);
/// The label of a verdict or scale entry in the UI language: a key's translation, a literal as is.
QString ratingLabel(const QString& value);
/// The key named by `text`: a key ("mostly-true", also "mostly true") or a label in any UI
/// language, case-insensitively; empty when `text` names no built-in rating.
QString ratingKeyOf(const QString& text);
/// What is stored for `value`: its key when it names a built-in rating, else the trimmed text.
QString canonicalRating(const QString& value);

QStringList tagKeys();
/// The translated default name and description of a built-in tag.
QString tagLabel(const QString& key);
QString tagDescription(const QString& key);
/// The built-in tag named by `text` (its key or a default name in any UI language), or empty.
QString tagKeyOf(const QString& text);
/// True when `description` is the default description of built-in `key` in some UI language.
bool isDefaultTagDescription(const QString& key, const QString& description);

/// The labels of one language, for exports whose language is chosen apart from the UI (the
/// report language). An empty or unknown language means the UI language.
class Labels final
{
public:
    Labels() = default;
    explicit Labels(const QString& language);
    ~Labels();
    Labels(const Labels&) = default;
    Labels& operator=(const Labels&) = default;

    /// BCP 47 code of the language used ("en", "de", …); empty for the UI language.
    QString language() const { return m_language; }
    QString rating(const QString& value) const;
    QString tag(const QString& key) const;

private:
    QString translate(const char* source) const;

    QString m_language;
    std::shared_ptr<QTranslator> m_translator;
};

} // namespace Builtins
} // namespace Crossread
