// SPDX-License-Identifier: MIT
#include "spell/spellchecker.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Crossread;

namespace {

class SpellTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_personal = m_dir.filePath(QStringLiteral("words.txt"));
        m_checker = HunspellChecker::create(QStringLiteral("en_US"), m_personal);
        if (!m_checker)
            GTEST_SKIP() << "no en_US Hunspell dictionary installed (package hunspell-en-us)";
    }
    QTemporaryDir m_dir;
    QString m_personal;
    std::unique_ptr<HunspellChecker> m_checker;
};

TEST_F(SpellTest, AcceptsWordsAndRejectsMisspellings)
{
    EXPECT_TRUE(m_checker->isCorrect(QStringLiteral("liberation")));
    EXPECT_FALSE(m_checker->isCorrect(QStringLiteral("liberashun")));
    EXPECT_TRUE(m_checker->isCorrect(QStringLiteral("2019")));
}

TEST_F(SpellTest, TypographicApostropheIsNormalized)
{
    EXPECT_TRUE(m_checker->isCorrect(QStringLiteral("doesn’t")));
    EXPECT_TRUE(m_checker->isCorrect(QStringLiteral("doesn't")));
    EXPECT_FALSE(m_checker->isCorrect(QStringLiteral("doesn’tt")));
}

TEST_F(SpellTest, SuggestsTheIntendedWord)
{
    EXPECT_TRUE(m_checker->suggestions(QStringLiteral("recieve")).contains(QStringLiteral("receive")));
}

TEST_F(SpellTest, StemsForSearchExpansion)
{
    EXPECT_TRUE(m_checker->stems(QStringLiteral("liberating")).contains(QStringLiteral("liberate")));
}

TEST_F(SpellTest, PersonalDictionaryPersistsAcrossCheckers)
{
    EXPECT_FALSE(m_checker->isCorrect(QStringLiteral("Zakharova")));
    m_checker->addToPersonalDictionary(QStringLiteral("Zakharova"));
    EXPECT_TRUE(m_checker->isCorrect(QStringLiteral("Zakharova")));
    QFile f(m_personal);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(f.readAll()).trimmed(), QStringLiteral("Zakharova"));

    const auto again = HunspellChecker::create(QStringLiteral("en_US"), m_personal);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->isCorrect(QStringLiteral("Zakharova")));
}

TEST(SpellLanguages, ListsInstalledDictionariesSideBySide)
{
    const QStringList langs = HunspellChecker::availableLanguages();
    if (!langs.contains(QStringLiteral("en_US")))
        GTEST_SKIP() << "no en_US dictionary installed";
    EXPECT_TRUE(std::is_sorted(langs.cbegin(), langs.cend()));
    EXPECT_EQ(HunspellChecker::create(QStringLiteral("xx_NOPE")), nullptr);
    if (langs.contains(QStringLiteral("de_DE"))) {
        const auto de = HunspellChecker::create(QStringLiteral("de_DE"));
        ASSERT_TRUE(de);
        EXPECT_TRUE(de->isCorrect(QStringLiteral("Straße")));
        EXPECT_FALSE(de->isCorrect(QStringLiteral("Strasssse")));
    }
}

} // namespace
