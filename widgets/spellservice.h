// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <memory>

namespace Crossread {

class HunspellChecker;
class SpellChecker;

/// The spell checker shared by every editor of the user's writing (inspector, dialogs).
///
/// Dictionaries load in a worker thread (a large one takes longer than a frame); editors follow
/// checkerChanged(), so choosing another language in Settings re-checks what is open.
class SpellService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellService)

public:
    explicit SpellService(QObject* parent = nullptr);
    ~SpellService() override;

    /// The checker in use; nullptr while none is loaded, when checking is off or no dictionary exists.
    SpellChecker* checker() const;
    /// The dictionary asked for last ("en_US"); empty when checking is off.
    QString language() const { return m_language; }
    bool isLoading() const { return m_loading; }

    /// Loads that dictionary off the UI thread; empty switches checking off. checkerChanged() follows.
    void setLanguage(const QString& language);
    /// Where added words are kept; the user's default list unless set (tests).
    QString personalDictionaryPath() const { return m_personalPath; }
    void setPersonalDictionaryPath(const QString& path);
    /// Accepts `word` everywhere from now on and keeps it in the personal word list.
    void addToPersonalDictionary(const QString& word);

    /// Installed Hunspell dictionaries, sorted ("de_DE", "en_US", …).
    static QStringList availableLanguages();
    /// English when installed (en_US, then any en_*), else the system language's, else the first one.
    static QString defaultLanguage();
    /// "English (United States)" for "en_US"; the code itself when Qt does not know it.
    static QString displayName(const QString& language);

Q_SIGNALS:
    void checkerChanged();
    /// A word was added to the personal list; editors stop flagging it.
    void wordAdded(const QString& word);

private:
    std::shared_ptr<HunspellChecker> m_checker;
    QString m_language;
    QString m_personalPath;
    int m_generation = 0; // a newer request wins over a slower, older load
    bool m_loading = false;
};

} // namespace Crossread
