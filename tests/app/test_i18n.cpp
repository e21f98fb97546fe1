// SPDX-License-Identifier: MIT
// The translators the applications install: a translated language, and English plural forms for
// every language without a translation.
#include "i18n.h"

#include <QCoreApplication>
#include <QLocale>

#include <gtest/gtest.h>

using namespace Crossread;

namespace {

QString annotations(int n)
{
    return QCoreApplication::translate("Crossread::AnnotationsDock", "%n annotation(s)", nullptr, n);
}

void installFor(const QLocale& locale)
{
    QLocale::setDefault(locale);
    installTranslators(*QCoreApplication::instance());
}

} // namespace

TEST(Translations, EnglishPluralsAreSpelledOut)
{
    installFor(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(annotations(1), QStringLiteral("1 annotation"));
    EXPECT_EQ(annotations(24), QStringLiteral("24 annotations"));
    EXPECT_EQ(annotations(0), QStringLiteral("0 annotations"));
}

TEST(Translations, AnUntranslatedLanguageGetsEnglishPlurals)
{
    installFor(QLocale(QLocale::French, QLocale::France));
    EXPECT_EQ(annotations(24), QStringLiteral("24 annotations"));
}

TEST(Translations, GermanIsTranslated)
{
    installFor(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(annotations(1), QStringLiteral("1 Annotation"));
    EXPECT_EQ(annotations(3), QStringLiteral("3 Annotationen"));
}
