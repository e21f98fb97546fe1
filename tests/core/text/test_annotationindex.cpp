// SPDX-License-Identifier: MIT
#include "text/annotationindex.h"

#include <QRandomGenerator>

#include <algorithm>
#include <gtest/gtest.h>

using namespace Crossread;
using Entry = AnnotationIndex::Entry;

namespace {

// The reference answer: a plain scan with the same overlap rule as the index documents.
std::vector<Entry> scan(std::vector<Entry> all, qint64 from, qint64 to)
{
    if (to <= from)
        to = from + 1;
    std::vector<Entry> out;
    for (const Entry& e : all) {
        const qint64 end = e.end > e.start ? e.end : e.start + 1;
        if (e.start < to && end > from)
            out.push_back(e);
    }
    std::sort(out.begin(), out.end(),
              [](const Entry& a, const Entry& b) { return std::tie(a.start, a.end, a.id) < std::tie(b.start, b.end, b.id); });
    return out;
}

std::vector<AnnotationId> ids(const std::vector<Entry>& v)
{
    std::vector<AnnotationId> out;
    for (const Entry& e : v)
        out.push_back(e.id);
    return out;
}

TEST(AnnotationIndex, FindsOverlapsNestingAndTouchingRanges)
{
    AnnotationIndex index;
    index.reset({{1, 0, 10}, {2, 2, 4}, {3, 10, 20}, {4, 15, 16}, {5, 30, 40}});
    EXPECT_EQ(ids(index.overlapping(3, 4)), (std::vector<AnnotationId>{1, 2}));
    // [0,10) and [10,20) only touch at 10: a query for [10,11) sees only the second.
    EXPECT_EQ(ids(index.overlapping(10, 11)), (std::vector<AnnotationId>{3}));
    EXPECT_EQ(ids(index.overlapping(9, 16)), (std::vector<AnnotationId>{1, 3, 4}));
    EXPECT_TRUE(index.overlapping(20, 30).empty());
    EXPECT_EQ(ids(index.overlapping(-100, 1000)), (std::vector<AnnotationId>{1, 2, 3, 4, 5}));
    // A caret query (empty range) asks for the character at that position.
    EXPECT_EQ(ids(index.overlapping(35, 35)), (std::vector<AnnotationId>{5}));
}

TEST(AnnotationIndex, EmptyAnnotationCoversItsPosition)
{
    AnnotationIndex index;
    index.reset({{7, 5, 5}});
    EXPECT_EQ(ids(index.overlapping(5, 6)), (std::vector<AnnotationId>{7}));
    EXPECT_TRUE(index.overlapping(6, 9).empty());
    EXPECT_TRUE(index.overlapping(0, 5).empty());
}

TEST(AnnotationIndex, InsertMovesAndRemoveForgets)
{
    AnnotationIndex index;
    index.insert({1, 10, 20});
    index.insert({2, 0, 5});
    EXPECT_EQ(index.size(), 2);
    EXPECT_EQ(index.entries().front().id, 2);
    index.insert({1, 50, 60}); // same id: moved, not duplicated
    EXPECT_EQ(index.size(), 2);
    EXPECT_TRUE(index.overlapping(10, 20).empty());
    EXPECT_EQ(ids(index.overlapping(55, 56)), (std::vector<AnnotationId>{1}));
    EXPECT_TRUE(index.remove(1));
    EXPECT_FALSE(index.remove(1));
    EXPECT_FALSE(index.contains(1));
    EXPECT_TRUE(index.overlapping(0, 100).size() == 1);
    ASSERT_TRUE(index.entry(2).has_value());
    EXPECT_EQ(index.entry(2)->end, 5);
}

TEST(AnnotationIndex, ResetDropsDuplicatedIds)
{
    AnnotationIndex index;
    index.reset({{1, 0, 3}, {1, 8, 9}, {2, 1, 2}});
    EXPECT_EQ(index.size(), 2);
    EXPECT_EQ(index.entry(1)->start, 8);
    EXPECT_EQ(ids(index.overlapping(0, 100)), (std::vector<AnnotationId>{2, 1}));
}

TEST(AnnotationIndex, NextAndPreviousWalkByStart)
{
    AnnotationIndex index;
    index.reset({{1, 0, 10}, {2, 5, 6}, {3, 5, 9}, {4, 20, 21}});
    EXPECT_EQ(index.nextAfter(0)->id, 2);
    EXPECT_EQ(index.nextAfter(0, true)->id, 1);
    EXPECT_EQ(index.nextAfter(5)->id, 4);
    EXPECT_FALSE(index.nextAfter(20).has_value());
    EXPECT_EQ(index.previousBefore(20)->id, 3);
    EXPECT_EQ(index.previousBefore(5)->id, 1);
    EXPECT_FALSE(index.previousBefore(0).has_value());
}

// Random ranges and random edits, checked against a scan after every step.
class AnnotationIndexRandom : public ::testing::TestWithParam<quint32>
{
};

TEST_P(AnnotationIndexRandom, AgreesWithAScan)
{
    QRandomGenerator rng(GetParam());
    std::vector<Entry> model;
    AnnotationIndex index;
    AnnotationId nextId = 1;
    for (int step = 0; step < 400; ++step) {
        const int op = rng.bounded(10);
        if (op < 6 || model.empty()) {
            const qint64 s = rng.bounded(1000);
            const Entry e{nextId++, s, s + rng.bounded(rng.bounded(4) == 0 ? 300 : 20)};
            index.insert(e);
            model.push_back(e);
        } else if (op < 8) {
            const size_t k = rng.bounded(quint32(model.size()));
            EXPECT_TRUE(index.remove(model[k].id));
            model.erase(model.begin() + qsizetype(k));
        } else {
            const size_t k = rng.bounded(quint32(model.size()));
            model[k].start = rng.bounded(1000);
            model[k].end = model[k].start + rng.bounded(50);
            index.insert(model[k]);
        }
        ASSERT_EQ(index.size(), qsizetype(model.size()));
        const qint64 a = qint64(rng.bounded(1100)) - 50;
        const qint64 b = a + rng.bounded(120);
        ASSERT_EQ(index.overlapping(a, b), scan(model, a, b)) << "step " << step << " [" << a << ", " << b << ")";
    }
    index.reset(model);
    for (qint64 a = -5; a < 1100; a += 37)
        ASSERT_EQ(index.overlapping(a, a + 13), scan(model, a, a + 13));
}

INSTANTIATE_TEST_SUITE_P(Seeds, AnnotationIndexRandom, ::testing::Values(1u, 7u, 42u, 2031u, 99991u));

} // namespace
