// SPDX-License-Identifier: MIT
#include "text/offsets.h"

#include <QList>

#include <gtest/gtest.h>

using namespace Crossread;

namespace {

struct OffsetCase
{
    const char* name;
    QString text;
};

class OffsetMapTest : public ::testing::TestWithParam<OffsetCase>
{
};

// Walks every code point of the text with QStringIterator-free logic and checks both directions.
TEST_P(OffsetMapTest, RoundTripsEveryCodePoint)
{
    const QString& text = GetParam().text;
    const OffsetMap map(text);
    const QList<uint> ucs4 = text.toUcs4();
    ASSERT_EQ(map.codePointLength(), ucs4.size());
    qint64 u = 0;
    for (qint64 cp = 0; cp < ucs4.size(); ++cp) {
        EXPECT_EQ(map.toUtf16(cp), u) << "code point " << cp;
        EXPECT_EQ(map.toCodePoint(u), cp) << "utf16 " << u;
        const qint64 width = QChar::requiresSurrogates(ucs4[cp]) ? 2 : 1;
        if (width == 2) {
            EXPECT_EQ(map.toCodePoint(u + 1), cp) << "low surrogate maps to its pair";
        }
        EXPECT_EQ(codePointMid(text, cp, cp + 1), QString::fromUcs4(reinterpret_cast<const char32_t*>(&ucs4[cp]), 1));
        u += width;
    }
    EXPECT_EQ(map.toUtf16(map.codePointLength()), text.size());
    EXPECT_EQ(map.toCodePoint(text.size()), map.codePointLength());
}

INSTANTIATE_TEST_SUITE_P(
    Scripts, OffsetMapTest,
    ::testing::Values(
        OffsetCase{"ascii", QStringLiteral("Gerasimov said the region was liberated.")},
        OffsetCase{"emoji", QStringLiteral("Flags 🇰🇷🇷🇺 and 👍🏽 thumbs, 😀 end")},
        OffsetCase{"combining", QStringLiteral("Cafe\u0301 na\u0308ive Zakharova\u0301")},
        OffsetCase{"cjk", QStringLiteral("김정은 위원장은 “영웅”이라고 말했다 𠜎𠜱 끝")},
        OffsetCase{"rtl", QStringLiteral("قال المتحدث \u200fإن القوات\u200f 123")},
        OffsetCase{"cyrillic", QStringLiteral("Герасимов: «освобождение» Курской области")},
        OffsetCase{"empty", QString()},
        OffsetCase{"only_astral", QStringLiteral("𝔘𝔫𝔦𝔠𝔬𝔡𝔢")}),
    [](const ::testing::TestParamInfo<OffsetCase>& p) { return std::string(p.param.name); });

TEST(OffsetMap, ClampsOutOfRange)
{
    const OffsetMap map(QStringLiteral("a😀b"));
    EXPECT_EQ(map.codePointLength(), 3);
    EXPECT_EQ(map.toUtf16(-5), 0);
    EXPECT_EQ(map.toUtf16(99), 4);
    EXPECT_EQ(map.toCodePoint(-1), 0);
    EXPECT_EQ(map.toCodePoint(99), 3);
    EXPECT_EQ(map.toUtf16(2), 3); // 'b' sits after the surrogate pair
}

} // namespace
