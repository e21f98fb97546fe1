// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>

class Hunspell;
class QStringDecoder;
class QStringEncoder;

namespace Crossread {

/// Checks the user's own writing (notes, rationales, metadata). Articles are never spell-checked.
class SpellChecker
{
public:
    virtual ~SpellChecker() = default;

    virtual QString language() const = 0;
    virtual bool isCorrect(const QString& word) const = 0;
    virtual QStringList suggestions(const QString& word) const = 0;
    /// Adds `word` to the user's personal word list (kept across sessions) and accepts it from now on.
    virtual void addToPersonalDictionary(const QString& word) = 0;
    /// Stems of `word` (e.g. "liberating" → "liberate"); empty when the dictionary has none.
    virtual QStringList stems(const QString& word) const = 0;
};

/// Typographic apostrophes (’ ʼ) become ASCII ones, as Hunspell dictionaries expect.
QString normalizeApostrophes(const QString& word);

/// Hunspell behind the SpellChecker interface.
///
/// Dictionaries are found on the standard XDG data paths (hunspell/, myspell/, myspell/dicts/),
/// their declared encoding is honoured in both directions, and the personal word list is a
/// plain UTF-8 file with one word per line, shared by all languages.
class HunspellChecker final : public SpellChecker
{
public:
    ~HunspellChecker() override;

    /// Language codes (e.g. "en_US", "de_DE") with an .aff/.dic pair installed, sorted.
    static QStringList availableLanguages();
    /// nullptr when no dictionary for `language` is installed.
    static std::unique_ptr<HunspellChecker> create(const QString& language, const QString& personalDictionaryPath = {});
    /// The default personal word list of this user (in the application data location).
    static QString defaultPersonalDictionaryPath();

    QString language() const override { return m_language; }
    bool isCorrect(const QString& word) const override;
    QStringList suggestions(const QString& word) const override;
    void addToPersonalDictionary(const QString& word) override;
    QStringList stems(const QString& word) const override;

private:
    HunspellChecker() = default;
    std::string encode(const QString& s) const;
    QString decode(const std::string& s) const;

    QString m_language;
    QString m_personalPath;
    std::unique_ptr<Hunspell> m_hunspell;
    QByteArray m_encoding;
    mutable QHash<QString, bool> m_cache; // checked words; typing re-checks the same words all the time
};

} // namespace Crossread
