// SPDX-License-Identifier: MIT
// Every common encoding round-trips: bytes are made at test time with QStringEncoder.
#include "importtestutil.h"

#include <QStringEncoder>

using namespace Crossread;
using namespace Crossread::Test;

namespace {

const QString kRussian = QString::fromUtf8(
    "Городской совет утвердил новый план ремонта мостов. По словам председателя комиссии, работы начнутся "
    "весной и продлятся два года. Жители района просили ускорить ремонт ещё прошлой осенью, однако денег в "
    "бюджете тогда не нашлось. Теперь власти обещают, что объезд будет открыт уже в марте.");
const QString kKorean = QString::fromUtf8(
    "시 의회는 다리 보수를 위한 새로운 계획을 승인했다. 위원장에 따르면 공사는 봄에 시작되어 2년 동안 "
    "계속될 예정이다. 주민들은 지난 가을부터 보수를 서둘러 달라고 요청했지만 당시에는 예산이 없었다. "
    "이제 당국은 3월에 우회로를 열겠다고 약속했다.");
const QString kGerman = QString::fromUtf8(
    "Der Stadtrat hat einen neuen Plan für die Sanierung der Brücken beschlossen. „Die Arbeiten beginnen im "
    "Frühjahr und dauern zwei Jahre“, sagte die Vorsitzende der Kommission. Anwohner hatten schon im "
    "vergangenen Herbst um eine schnellere Reparatur gebeten – doch damals fehlte das Geld. Größere Umwege "
    "sollen ab März vermieden werden; die Kosten liegen bei 4 Mio. €.");
const QString kEnglish = QStringLiteral(
    "The city council approved a new plan to repair the bridges. Work will start in the spring and last two "
    "years, the chair of the committee said. Residents had asked for faster repairs last autumn, but there "
    "was no money in the budget at the time.");

struct EncodingCase
{
    const char* name; // test name
    const char* codec; // QStringEncoder name
    bool bom;
    QString text;
    QStringList acceptedNames; // what may be recorded on the document
    const char* language;
};

class EncodingTest : public ::testing::TestWithParam<EncodingCase>
{
};

TEST_P(EncodingTest, DecodesAndRecordsTheEncoding)
{
    const EncodingCase& c = GetParam();
    QStringEncoder encoder(c.codec, c.bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    ASSERT_TRUE(encoder.isValid()) << c.codec;
    const QByteArray bytes = encoder.encode(c.text);
    ASSERT_FALSE(encoder.hasError());
    const PreparedDocument p = prepareOk(bytes, QStringLiteral("article.txt"));
    EXPECT_EQ(p.document.text, c.text);
    EXPECT_TRUE(c.acceptedNames.contains(p.document.encoding)) << qPrintable(p.document.encoding);
    EXPECT_TRUE(p.warnings.isEmpty()) << qPrintable(p.warnings.join(u'\n'));
    EXPECT_EQ(p.document.meta.language, QLatin1String(c.language));
    EXPECT_EQ(p.original, bytes);
}

INSTANTIATE_TEST_SUITE_P(
    Import, EncodingTest,
    ::testing::Values(
        EncodingCase{"Utf8", "UTF-8", false, kRussian, {QStringLiteral("UTF-8")}, "ru"},
        EncodingCase{"Utf8Bom", "UTF-8", true, kKorean, {QStringLiteral("UTF-8")}, "ko"},
        EncodingCase{"Utf16LeBom", "UTF-16LE", true, kKorean, {QStringLiteral("UTF-16LE")}, "ko"},
        EncodingCase{"Utf16BeBom", "UTF-16BE", true, kGerman, {QStringLiteral("UTF-16BE")}, "de"},
        EncodingCase{"Utf16LeNoBom", "UTF-16LE", false, kEnglish, {QStringLiteral("UTF-16LE")}, "en"},
        EncodingCase{"Utf16BeNoBom", "UTF-16BE", false, kEnglish, {QStringLiteral("UTF-16BE")}, "en"},
        EncodingCase{"Utf32LeBom", "UTF-32LE", true, kRussian, {QStringLiteral("UTF-32LE")}, "ru"},
        EncodingCase{"Utf32BeBom", "UTF-32BE", true, kGerman, {QStringLiteral("UTF-32BE")}, "de"},
        EncodingCase{"Windows1251", "windows-1251", false, kRussian, {QStringLiteral("WINDOWS-1251")}, "ru"},
        EncodingCase{"Koi8R", "KOI8-R", false, kRussian, {QStringLiteral("KOI8-R")}, "ru"},
        EncodingCase{"Windows1252", "windows-1252", false, kGerman, {QStringLiteral("WINDOWS-1252")}, "de"},
        EncodingCase{"EucKr", "EUC-KR", false, kKorean, {QStringLiteral("EUC-KR"), QStringLiteral("WINDOWS-949")}, "ko"}),
    [](const ::testing::TestParamInfo<EncodingCase>& p) { return std::string(p.param.name); });

TEST(ImportEncoding, InvalidUtf8SequencesAreReplacedAndCounted)
{
    QByteArray bytes = kRussian.toUtf8();
    bytes.insert(10, "\xff");
    bytes.insert(41, "\xc3\x28"); // a lead byte followed by ASCII
    bytes.insert(60, "\x80"); // a lone continuation byte
    const PreparedDocument p = prepareOk(bytes, QStringLiteral("broken.txt"));
    EXPECT_EQ(p.document.encoding, QLatin1String("UTF-8"));
    const auto replaced = p.document.text.count(QChar::ReplacementCharacter);
    EXPECT_EQ(replaced, 3);
    ASSERT_EQ(p.warnings.size(), 1);
    EXPECT_TRUE(p.warnings.first().contains(QLatin1String("3"))) << qPrintable(p.warnings.first());
    EXPECT_TRUE(p.document.importNotes.contains(p.warnings.first()));
}

TEST(ImportEncoding, SequenceCutOffAtTheEndIsReplaced)
{
    const PreparedDocument p = prepareOk(kGerman.toUtf8() + "\xe2\x82", QStringLiteral("cut.txt"));
    EXPECT_TRUE(p.document.text.startsWith(kGerman));
    EXPECT_TRUE(p.document.text.endsWith(QChar::ReplacementCharacter));
    EXPECT_EQ(p.warnings.size(), 1);
}

TEST(ImportEncoding, PlainAsciiIsRecordedAsUtf8)
{
    const PreparedDocument p = prepareOk(kEnglish.toLatin1(), QStringLiteral("ascii.txt"));
    EXPECT_EQ(p.document.encoding, QLatin1String("UTF-8"));
    EXPECT_EQ(p.document.text, kEnglish);
}

} // namespace
