// SPDX-License-Identifier: MIT
#include "spellchecker.h"

#include <QDir>
#include <algorithm>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>
#include <hunspell/hunspell.hxx>

Q_LOGGING_CATEGORY(lcSpell, "crossread.core.spell")

namespace Crossread {

namespace {

QStringList dictionaryDirs()
{
    QStringList dirs;
    const QStringList roots = QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
    for (const QString& root : roots) {
        for (const char* sub : {"hunspell", "myspell", "myspell/dicts"})
            dirs << QDir(root).filePath(QString::fromLatin1(sub));
    }
    dirs << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell/dicts");
    dirs.removeDuplicates();
    return dirs;
}

QString findAff(const QString& language)
{
    for (const QString& dir : dictionaryDirs()) {
        const QString aff = QDir(dir).filePath(language + QStringLiteral(".aff"));
        if (QFileInfo::exists(aff) && QFileInfo::exists(QDir(dir).filePath(language + QStringLiteral(".dic"))))
            return aff;
    }
    return {};
}

} // namespace

QString normalizeApostrophes(const QString& word)
{
    QString w = word;
    w.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x02BC), QLatin1Char('\''));
    return w;
}

HunspellChecker::~HunspellChecker() = default;

QStringList HunspellChecker::availableLanguages()
{
    QStringList langs;
    for (const QString& dir : dictionaryDirs()) {
        const QStringList affs = QDir(dir).entryList({QStringLiteral("*.aff")}, QDir::Files);
        for (const QString& aff : affs) {
            const QString lang = aff.chopped(4);
            if (QFileInfo::exists(QDir(dir).filePath(lang + QStringLiteral(".dic"))) && !QFileInfo(QDir(dir).filePath(aff)).isSymLink())
                langs << lang;
        }
    }
    langs.removeDuplicates();
    langs.sort();
    return langs;
}

QString HunspellChecker::defaultPersonalDictionaryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("personal-words.txt"));
}

std::unique_ptr<HunspellChecker> HunspellChecker::create(const QString& language, const QString& personalDictionaryPath)
{
    const QString aff = findAff(language);
    if (aff.isEmpty()) {
        qCInfo(lcSpell) << "no Hunspell dictionary for" << language;
        return nullptr;
    }
    const QString dic = aff.chopped(4) + QStringLiteral(".dic");
    std::unique_ptr<HunspellChecker> c(new HunspellChecker);
    c->m_language = language;
    c->m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
    c->m_encoding = QByteArray::fromStdString(c->m_hunspell->get_dict_encoding());
    if (c->m_encoding.isEmpty())
        c->m_encoding = "ISO-8859-1"; // Hunspell's own default when SET is missing
    c->m_personalPath = personalDictionaryPath.isEmpty() ? defaultPersonalDictionaryPath() : personalDictionaryPath;
    QFile personal(c->m_personalPath);
    if (personal.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QStringList words = QString::fromUtf8(personal.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& w : words)
            c->m_hunspell->add(c->encode(w.trimmed()));
    }
    return c;
}

std::string HunspellChecker::encode(const QString& s) const
{
    QStringEncoder enc(m_encoding.constData());
    if (!enc.isValid())
        return s.toUtf8().toStdString();
    const QByteArray bytes = enc.encode(s);
    return bytes.toStdString();
}

QString HunspellChecker::decode(const std::string& s) const
{
    QStringDecoder dec(m_encoding.constData());
    if (!dec.isValid())
        return QString::fromStdString(s);
    return dec.decode(QByteArrayView(s.data(), qsizetype(s.size())));
}

bool HunspellChecker::isCorrect(const QString& word) const
{
    const QString w = normalizeApostrophes(word);
    if (w.isEmpty())
        return true;
    const auto cached = m_cache.constFind(w);
    if (cached != m_cache.cend())
        return *cached;
    // Numbers, and words with digits such as "2019's" or "F-16", are not spelling.
    bool correct = std::any_of(w.cbegin(), w.cend(), [](QChar ch) { return ch.isDigit(); })
        || m_hunspell->spell(encode(w));
    if (m_cache.size() > 50000)
        m_cache.clear();
    m_cache.insert(w, correct);
    return correct;
}

QStringList HunspellChecker::suggestions(const QString& word) const
{
    QStringList out;
    for (const std::string& s : m_hunspell->suggest(encode(normalizeApostrophes(word))))
        out << decode(s);
    return out;
}

QStringList HunspellChecker::stems(const QString& word) const
{
    QStringList out;
    for (const std::string& s : m_hunspell->stem(encode(normalizeApostrophes(word))))
        out << decode(s);
    out.removeDuplicates();
    return out;
}

void HunspellChecker::addToPersonalDictionary(const QString& word)
{
    const QString w = normalizeApostrophes(word).trimmed();
    if (w.isEmpty())
        return;
    m_hunspell->add(encode(w));
    m_cache.insert(w, true);
    // Rewrite the list atomically so a crash never truncates it.
    QStringList words;
    QFile in(m_personalPath);
    if (in.open(QIODevice::ReadOnly | QIODevice::Text))
        words = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (words.contains(w))
        return;
    words << w;
    QDir().mkpath(QFileInfo(m_personalPath).absolutePath());
    QSaveFile out(m_personalPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text)) {
        qCWarning(lcSpell) << "cannot write personal dictionary" << m_personalPath << out.errorString();
        return;
    }
    out.write(words.join(QLatin1Char('\n')).toUtf8() + '\n');
    if (!out.commit())
        qCWarning(lcSpell) << "cannot save personal dictionary" << m_personalPath << out.errorString();
}

} // namespace Crossread
