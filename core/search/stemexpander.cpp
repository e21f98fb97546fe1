// SPDX-License-Identifier: MIT
#include "stemexpander.h"

#include "spell/spellchecker.h"

using namespace Qt::StringLiterals;

namespace Crossread {

namespace {

// Endings that derive or inflect English words from a root whose final "e"/"y" was dropped.
// Checked against the rest of an indexed term after the root, so "war" + "ning" is refused.
const char16_t* const kSuffixes[] = {u"", u"s", u"es", u"e", u"ed", u"ing", u"ings", u"ion", u"ions", u"ation",
                                     u"ations", u"or", u"ors", u"er", u"ers", u"ive", u"ively", u"ment", u"ments",
                                     u"al", u"ally", u"ly", u"ity", u"ities", u"ies", u"ied", u"ier", u"iest",
                                     u"ying", u"ness", u"able", u"ably", u"ible", u"ist", u"ists", u"ism"};

bool isSuffix(QStringView rest)
{
    return std::any_of(std::begin(kSuffixes), std::end(kSuffixes), [rest](const char16_t* s) { return rest == QStringView(s); });
}

/// The root a stem's derived forms share: "liberate" → "liberat", "carry" → "carr".
QString rootOf(const QString& stem)
{
    if (stem.size() >= 5 && (stem.endsWith(u'e') || stem.endsWith(u'y')))
        return stem.chopped(1);
    return stem;
}

} // namespace

StemExpander::StemExpander(const SpellChecker& checker, Vocabulary vocabulary)
    : m_checker(checker)
    , m_vocabulary(std::move(vocabulary))
{
}

QString StemExpander::fold(const QString& word)
{
    const QString decomposed = word.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (!c.isMark())
            out += c;
    }
    return out;
}

QStringList StemExpander::foldedStems(const QString& word) const
{
    QStringList stems;
    for (const QString& candidate : {word, word.toLower()}) {
        for (const QString& s : m_checker.stems(candidate)) {
            const QString f = fold(s);
            if (!f.isEmpty() && !stems.contains(f))
                stems.append(f);
        }
    }
    return stems;
}

QList<FtsQuery::Term> StemExpander::expand(const QString& word) const
{
    const QString folded = fold(word);
    const QStringList stems = foldedStems(word);
    if (stems.isEmpty() || !m_vocabulary)
        return {};
    QList<FtsQuery::Term> terms;
    auto add = [&terms, &folded](const QString& t) {
        if (t != folded && terms.size() < MaxTerms
            && std::none_of(terms.cbegin(), terms.cend(), [&t](const FtsQuery::Term& x) { return x.text == t; }))
            terms.append({t, false});
    };
    for (const QString& stem : stems) {
        add(stem);
        const QString root = rootOf(stem);
        if (root.size() < 3)
            continue; // "go", "be": every word starting with them would qualify
        for (const QString& term : m_vocabulary(root, 400)) {
            if (isSuffix(QStringView(term).mid(root.size()))) {
                add(term);
                continue;
            }
            const QStringList theirs = foldedStems(term);
            if (std::any_of(theirs.cbegin(), theirs.cend(), [&stems](const QString& s) { return stems.contains(s); }))
                add(term);
        }
    }
    return terms;
}

} // namespace Crossread
