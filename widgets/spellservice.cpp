// SPDX-License-Identifier: MIT
#include "spellservice.h"

#include "spell/spellchecker.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace Crossread {

SpellService::SpellService(QObject* parent)
    : QObject(parent)
    , m_personalPath(HunspellChecker::defaultPersonalDictionaryPath())
{
}

SpellService::~SpellService() = default;

SpellChecker* SpellService::checker() const
{
    return m_checker.get();
}

void SpellService::setLanguage(const QString& language)
{
    const int generation = ++m_generation;
    m_language = language;
    if (language.isEmpty()) {
        m_loading = false;
        m_checker.reset();
        Q_EMIT checkerChanged();
        return;
    }
    m_loading = true;
    auto* watcher = new QFutureWatcher<std::shared_ptr<HunspellChecker>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the user chose again while this one loaded
        m_loading = false;
        // The old checker lives until every editor has been told to drop it.
        const std::shared_ptr<HunspellChecker> old = std::move(m_checker);
        m_checker = watcher->result();
        Q_EMIT checkerChanged();
    });
    const QString personal = m_personalPath;
    watcher->setFuture(QtConcurrent::run([language, personal] {
        return std::shared_ptr<HunspellChecker>(HunspellChecker::create(language, personal));
    }));
}

void SpellService::setPersonalDictionaryPath(const QString& path)
{
    m_personalPath = path;
    if (!m_language.isEmpty())
        setLanguage(m_language);
}

void SpellService::addToPersonalDictionary(const QString& word)
{
    if (!m_checker || word.trimmed().isEmpty())
        return;
    m_checker->addToPersonalDictionary(word);
    Q_EMIT wordAdded(word);
}

QStringList SpellService::availableLanguages()
{
    return HunspellChecker::availableLanguages();
}

QString SpellService::defaultLanguage()
{
    const QStringList languages = availableLanguages();
    if (languages.contains(QStringLiteral("en_US")))
        return QStringLiteral("en_US");
    for (const QString& l : languages) {
        if (l.startsWith(QLatin1String("en_")) || l == QLatin1String("en"))
            return l;
    }
    const QString system = QLocale::system().name();
    if (languages.contains(system))
        return system;
    return languages.value(0);
}

QString SpellService::displayName(const QString& language)
{
    const QLocale locale(language);
    if (locale.language() == QLocale::C)
        return language;
    // In the language itself: whoever installed "Deutsch (Deutschland)" knows it by that name.
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        name = QLocale::languageToString(locale.language());
    if (!language.contains(QLatin1Char('_')) && !language.contains(QLatin1Char('-')))
        return name;
    QString territory = locale.nativeTerritoryName();
    if (territory.isEmpty())
        territory = QLocale::territoryToString(locale.territory());
    return tr("%1 (%2)", "language (country)").arg(name, territory);
}

} // namespace Crossread
