// SPDX-License-Identifier: MIT
// The translators the applications install: a translated language, and English plural forms for
// every language without a translation.
#include "i18n.h"
#include "store/builtins.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

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

// ---- the .ts files (issue #23): nothing unfinished, every plural form written -------------------

namespace {

struct TsCase
{
    const char* file;
    int pluralForms; // as the language's plural rules have them (Qt's numerus rules)
};

QSet<QString> placeholders(const QString& text)
{
    QSet<QString> found;
    static const QRegularExpression re(QStringLiteral("%(?:L?[1-9]|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(u'L'));
    return found;
}

class TsFile : public ::testing::TestWithParam<TsCase>
{
};

} // namespace

TEST_P(TsFile, HasNoUnfinishedEntryAndEveryPluralFormKeepsItsPlaceholders)
{
    const QString path = QDir(qEnvironmentVariable("CROSSREAD_SOURCE_DIR")).filePath(QStringLiteral("translations/") + QLatin1String(GetParam().file));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QString context, source;
    bool numerus = false;
    int messages = 0, plurals = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            ++messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString where = context + QStringLiteral(": ") + source;
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            EXPECT_TRUE(type.isEmpty()) << where.toStdString() << " is " << type.toString().toStdString();
            if (!numerus) {
                const QString text = xml.readElementText();
                // crossread_en.ts holds only the plural forms; its other messages stay empty.
                if (GetParam().pluralForms > 0 && QLatin1String(GetParam().file) != QLatin1String("crossread_en.ts")) {
                    EXPECT_FALSE(text.isEmpty()) << where.toStdString();
                    EXPECT_EQ(placeholders(text), placeholders(source)) << where.toStdString() << " → " << text.toStdString();
                }
                continue;
            }
            ++plurals;
            QStringList forms;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("numerusform"))
                    forms.append(xml.readElementText());
                else
                    xml.skipCurrentElement();
            }
            ASSERT_EQ(forms.size(), GetParam().pluralForms) << where.toStdString();
            for (const QString& form : std::as_const(forms)) {
                EXPECT_FALSE(form.isEmpty()) << where.toStdString();
                EXPECT_TRUE(form.contains(QLatin1String("%n"))) << where.toStdString() << " → " << form.toStdString();
                QSet<QString> wanted = placeholders(source);
                EXPECT_EQ(placeholders(form), wanted) << where.toStdString() << " → " << form.toStdString();
            }
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 0);
    EXPECT_GT(plurals, 0) << "no plural message found: did the .ts format change?";
}

INSTANTIATE_TEST_SUITE_P(Languages, TsFile,
                         ::testing::Values(TsCase{"crossread_de.ts", 2}, TsCase{"crossread_uk.ts", 3},
                                           TsCase{"crossread_ko.ts", 1}, TsCase{"crossread_en.ts", 2}),
                         [](const ::testing::TestParamInfo<TsCase>& p) {
                             return QString::fromLatin1(p.param.file).section(u'.', 0, 0).section(u'_', 1).toStdString();
                         });

// ---- the built-ins' labels (issue #23) -----------------------------------------------------------

// The CLI and the migration recognise the built-ins' labels of every UI language from a table of
// their own (store/builtins.cpp), whatever translation is installed: each translation's label
// must be in it, or a label changed in a .ts file would stop working in the other languages.
TEST(BuiltinLabels, EveryTranslatedLabelNamesItsKey)
{
    const struct
    {
        const char* key;
        const char* source;
        bool tag;
    } builtins[] = {{"true", "True", false},          {"mostly-true", "Mostly true", false},
                    {"misleading", "Misleading", false}, {"mostly-false", "Mostly false", false},
                    {"false", "False", false},         {"unproven", "Unproven", false},
                    {"claim", "Claim", true},          {"attribution", "Attribution", true},
                    {"unverified", "Unverified", true}};
    for (const char* language : {"de", "uk", "ko"}) {
        QTranslator translator;
        ASSERT_TRUE(translator.load(QStringLiteral("crossread_") + QLatin1String(language), QStringLiteral(":/i18n")));
        const Builtins::Labels labels{QLatin1String(language)};
        for (const auto& b : builtins) {
            const QString label = translator.translate("Crossread::Schema", b.source);
            const QString key = QLatin1String(b.key);
            ASSERT_FALSE(label.isEmpty()) << language << ' ' << b.source;
            EXPECT_EQ(b.tag ? Builtins::tagKeyOf(label) : Builtins::ratingKeyOf(label), key) << language << ' ' << b.source;
            EXPECT_EQ(b.tag ? labels.tag(key) : labels.rating(key), label) << language << ' ' << b.source;
        }
    }
}
