// SPDX-License-Identifier: MIT
#include "builtins.h"

#include <QCoreApplication>
#include <QTranslator>

#include <array>

namespace Crossread::Builtins {

namespace {

// The translation context of the built-in labels: the one format 3 used for them, so that the
// existing translations keep serving.
constexpr const char* kBuiltinsContext = "Crossread::Schema";

struct BuiltinText
{
    const char* key;
    const char* source; // English, the tr() source text
    // What format 3 stored in German, Ukrainian and Korean projects (translations/*.ts). The
    // migration to format 4 maps exactly these back to keys, and the CLI accepts them, whatever
    // the translations say later.
    const char* de;
    const char* uk;
    const char* ko;
};

const std::array<BuiltinText, 6> kBuiltinRatings = {{
    {"true", QT_TRANSLATE_NOOP("Crossread::Schema", "True"), "Wahr", "Правда", "사실"},
    {"mostly-true", QT_TRANSLATE_NOOP("Crossread::Schema", "Mostly true"), "Überwiegend wahr", "Здебільшого правда",
     "대체로 사실"},
    {"misleading", QT_TRANSLATE_NOOP("Crossread::Schema", "Misleading"), "Irreführend", "Маніпуляція", "오해의 소지"},
    {"mostly-false", QT_TRANSLATE_NOOP("Crossread::Schema", "Mostly false"), "Überwiegend falsch",
     "Здебільшого неправда", "대체로 거짓"},
    {"false", QT_TRANSLATE_NOOP("Crossread::Schema", "False"), "Falsch", "Неправда", "거짓"},
    {"unproven", QT_TRANSLATE_NOOP("Crossread::Schema", "Unproven"), "Unbewiesen", "Не доведено", "입증되지 않음"},
}};

const std::array<BuiltinText, 3> kBuiltinTags = {{
    {"claim", QT_TRANSLATE_NOOP("Crossread::Schema", "Claim"), "Behauptung", "Твердження", "주장"},
    {"attribution", QT_TRANSLATE_NOOP("Crossread::Schema", "Attribution"), "Zuschreibung", "Атрибуція", "인용 출처"},
    {"unverified", QT_TRANSLATE_NOOP("Crossread::Schema", "Unverified"), "Unbestätigt", "Неперевірене", "미확인"},
}};

const std::array<BuiltinText, 3> kBuiltinTagDescriptions = {{
    {"claim", QT_TRANSLATE_NOOP("Crossread::Schema", "A checkable statement of fact"),
     "Eine überprüfbare Tatsachenbehauptung", "Твердження про факт, яке можна перевірити", "검증 가능한 사실 진술"},
    {"attribution", QT_TRANSLATE_NOOP("Crossread::Schema", "Who said it, and where"), "Wer es gesagt hat, und wo",
     "Хто це сказав і де", "누가, 어디서 말했는지"},
    {"unverified", QT_TRANSLATE_NOOP("Crossread::Schema", "Stated without a source that can be checked"),
     "Ohne überprüfbare Quelle aufgestellt", "Заявлено без джерела, яке можна перевірити",
     "확인할 수 있는 출처 없이 진술됨"},
}};

template<std::size_t N>
const BuiltinText* builtinsFindKey(const std::array<BuiltinText, N>& table, const QString& key)
{
    for (const BuiltinText& k : table) {
        if (key == QLatin1String(k.key))
            return &k;
    }
    return nullptr;
}

QString builtinsKnownIn(const BuiltinText& k, const QString& language)
{
    if (language == QLatin1String("de"))
        return QString::fromUtf8(k.de);
    if (language == QLatin1String("uk"))
        return QString::fromUtf8(k.uk);
    if (language == QLatin1String("ko"))
        return QString::fromUtf8(k.ko);
    return QString::fromUtf8(k.source);
}

bool builtinsSame(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// True when `text` is the key, the current translation, or the label of any UI language.
bool builtinsNames(const BuiltinText& k, const QString& text, bool keyToo)
{
    if (keyToo) {
        QString spaced = QString::fromLatin1(k.key);
        spaced.replace(u'-', u' ');
        if (builtinsSame(text, QLatin1String(k.key)) || builtinsSame(text, spaced))
            return true;
    }
    if (builtinsSame(text, QCoreApplication::translate(kBuiltinsContext, k.source)))
        return true;
    for (const char* lang : {"en", "de", "uk", "ko"}) {
        if (builtinsSame(text, builtinsKnownIn(k, QLatin1String(lang))))
            return true;
    }
    return false;
}

template<std::size_t N>
QString builtinsKeyOf(const std::array<BuiltinText, N>& table, const QString& text, bool keyToo = true)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    for (const BuiltinText& k : table) {
        if (builtinsNames(k, t, keyToo))
            return QString::fromLatin1(k.key);
    }
    return {};
}

template<std::size_t N>
QStringList builtinsKeys(const std::array<BuiltinText, N>& table)
{
    QStringList keys;
    for (const BuiltinText& k : table)
        keys.append(QString::fromLatin1(k.key));
    return keys;
}

} // namespace

QStringList uiLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("uk"), QStringLiteral("ko")};
}

QStringList ratingKeys()
{
    return builtinsKeys(kBuiltinRatings);
}

bool isRatingKey(const QString& value)
{
    return builtinsFindKey(kBuiltinRatings, value) != nullptr;
}

QString ratingLabel(const QString& value)
{
    const BuiltinText* k = builtinsFindKey(kBuiltinRatings, value);
    return k ? QCoreApplication::translate(kBuiltinsContext, k->source) : value;
}

QString ratingKeyOf(const QString& text)
{
    return builtinsKeyOf(kBuiltinRatings, text);
}

QString canonicalRating(const QString& value)
{
    const QString key = ratingKeyOf(value);
    return key.isEmpty() ? value.trimmed() : key;
}

QStringList tagKeys()
{
    return builtinsKeys(kBuiltinTags);
}

QString tagLabel(const QString& key)
{
    const BuiltinText* k = builtinsFindKey(kBuiltinTags, key);
    return k ? QCoreApplication::translate(kBuiltinsContext, k->source) : QString();
}

QString tagDescription(const QString& key)
{
    const BuiltinText* k = builtinsFindKey(kBuiltinTagDescriptions, key);
    return k ? QCoreApplication::translate(kBuiltinsContext, k->source) : QString();
}

QString tagKeyOf(const QString& text)
{
    return builtinsKeyOf(kBuiltinTags, text);
}

bool isDefaultTagDescription(const QString& key, const QString& description)
{
    const BuiltinText* k = builtinsFindKey(kBuiltinTagDescriptions, key);
    return k && builtinsNames(*k, description.trimmed(), false);
}

// ---- Labels -------------------------------------------------------------------

Labels::Labels(const QString& language)
{
    const QString lang = language.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
    if (!uiLanguages().contains(lang))
        return;
    m_language = lang;
    if (lang == QLatin1String("en"))
        return;
    // The .qm files are embedded under :/i18n when the program links crossread_translations;
    // without them the labels format 3 wrote stand in.
    auto translator = std::make_shared<QTranslator>();
    if (translator->load(QStringLiteral("crossread_") + lang, QStringLiteral(":/i18n")))
        m_translator = std::move(translator);
}

Labels::~Labels() = default;

QString Labels::translate(const char* source) const
{
    if (m_language.isEmpty())
        return QCoreApplication::translate(kBuiltinsContext, source);
    if (m_translator) {
        const QString t = m_translator->translate(kBuiltinsContext, source);
        if (!t.isEmpty())
            return t;
    }
    for (const BuiltinText& k : kBuiltinRatings) {
        if (qstrcmp(k.source, source) == 0)
            return builtinsKnownIn(k, m_language);
    }
    for (const BuiltinText& k : kBuiltinTags) {
        if (qstrcmp(k.source, source) == 0)
            return builtinsKnownIn(k, m_language);
    }
    return QString::fromUtf8(source);
}

QString Labels::rating(const QString& value) const
{
    const BuiltinText* k = builtinsFindKey(kBuiltinRatings, value);
    return k ? translate(k->source) : value;
}

QString Labels::tag(const QString& key) const
{
    const BuiltinText* k = builtinsFindKey(kBuiltinTags, key);
    return k ? translate(k->source) : QString();
}

} // namespace Crossread::Builtins
