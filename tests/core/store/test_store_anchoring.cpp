// SPDX-License-Identifier: MIT
// Offsets count code points: annotations over emoji, CJK, combining marks and right-to-left
// text keep their exact quote through storing, reopening and undo.
#include "storetestutil.h"

#include "text/offsets.h"

#include <QUndoStack>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

struct AnchorCase
{
    const char* name;
    QString text;
    QString passage; // annotated; its first occurrence
};

class Anchoring : public StoreTest, public ::testing::WithParamInterface<AnchorCase>
{
};

TEST_P(Anchoring, QuoteMatchesAfterReopeningAndUndo)
{
    const AnchorCase& c = GetParam();
    const DocumentId doc = addDocument(c.text);
    const qint64 u = c.text.indexOf(c.passage);
    ASSERT_GE(u, 0);
    const OffsetMap map(c.text);
    const qint64 start = map.toCodePoint(u);
    const qint64 end = map.toCodePoint(u + c.passage.size());
    // The code point range is shorter than the UTF-16 one exactly by the surrogate pairs before it.
    EXPECT_EQ(end - start, c.passage.toUcs4().size());

    const AnnotationId id = m_store->addAnnotation(doc, start, end, {claim()});
    ASSERT_NE(id, 0) << m_store->lastError().message.toStdString();
    m_store->close();
    ASSERT_TRUE(m_store->open(file()));
    const Annotation a = *m_store->annotation(id);
    EXPECT_EQ(a.start, start);
    EXPECT_EQ(a.end, end);
    EXPECT_EQ(a.quote, c.passage);
    EXPECT_FALSE(a.orphaned);
    EXPECT_EQ(codePointLength(a.prefix), std::min<qint64>(32, start));
    EXPECT_EQ(codePointLength(a.suffix), std::min<qint64>(32, map.codePointLength() - end));
    EXPECT_TRUE(c.text.endsWith(a.suffix) || c.text.contains(a.quote + a.suffix));
    EXPECT_TRUE(c.text.contains(a.prefix + a.quote));

    // Moving the range by one code point moves it by one character, never half a pair.
    ASSERT_TRUE(m_store->setAnnotationRange(id, start + 1, end));
    EXPECT_EQ(m_store->annotation(id)->quote, codePointMid(c.text, start + 1, end));
    m_store->undoStack()->undo();
    EXPECT_EQ(m_store->annotation(id)->quote, c.passage);
}

INSTANTIATE_TEST_SUITE_P(
    Scripts, Anchoring,
    ::testing::Values(
        AnchorCase{"Emoji", u"Flags 🇰🇷🇷🇺 and 👍🏽 thumbs, 😀 then the claim 😀 that 100 died 💥 today."_s,
                   u"😀 that 100 died 💥"_s},
        AnchorCase{"EmojiFirst", u"😀😀😀 leading emoji then text"_s, u"😀😀 leading"_s},
        AnchorCase{"Cjk", u"김정은 위원장은 “영웅”이라고 말했다 𠜎𠜱 끝. 북한군 파병을 공식 확인했다."_s,
                   u"𠜱 끝. 북한군 파병"_s},
        AnchorCase{"Combining", u"Cafe\u0301 na\u0308ive Zakharova\u0301 said the re\u0301gion was taken."_s,
                   u"Zakharova\u0301 said"_s},
        AnchorCase{"RightToLeft", u"قال المتحدث \u200fإن القوات\u200f سيطرت على 123 قرية"_s,
                   u"\u200fإن القوات\u200f سيطرت"_s},
        AnchorCase{"Mixed", mixedScriptText(), u"🇰🇷 flags"_s}),
    [](const auto& tp) { return std::string(tp.param.name); });

TEST_F(StoreTest, RangeOutsideTheTextCountsCodePointsNotUtf16)
{
    const QString text = u"😀😀"_s; // 2 code points, 4 UTF-16 units
    const DocumentId doc = addDocument(text);
    EXPECT_NE(m_store->addAnnotation(doc, 0, 2, {}), 0);
    EXPECT_EQ(m_store->addAnnotation(doc, 0, 3, {}), 0);
    EXPECT_EQ(m_store->lastError().kind, StoreError::Kind::Invalid);
    EXPECT_EQ(m_store->document(doc)->length, 2);
}

} // namespace
