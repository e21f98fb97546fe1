// SPDX-License-Identifier: MIT
// A project file from anywhere may hold a damaged undo journal. QDataStream reserves as many list
// items as an entry claims before reading them, so a count of 2^60 used to throw std::bad_alloc
// out of ProjectStore::open() and end the program, and a count of two billion allocated 16 GB
// (the fuzzer found it). Such entries must only cost the undo history, and little memory: the
// journal is read by a JournalReader that refuses claims beyond the entry's own size. Under
// AddressSanitizer the tests record the largest single allocation while the project opens.
// Large entries are compressed, and qUncompress() trusts the stream: compressed entries are
// inflated within the size they claim, which must itself be plausible.
#include "reliabilitytest.h"

#include "store/boundedinflate.h"
#include "store/database.h"

#include "store/storeserialization_p.h"

#include <QtEndian>
#include <QUndoStack>

#include <atomic>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CROSSREAD_ALLOCATION_HOOKS 1
#include <sanitizer/allocator_interface.h>
#endif
#endif

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

#ifdef CROSSREAD_ALLOCATION_HOOKS
std::atomic<bool> recording = false;
std::atomic<std::size_t> largest = 0;

void onMalloc(const volatile void*, std::size_t size)
{
    if (recording.load(std::memory_order_relaxed) && size > largest.load(std::memory_order_relaxed))
        largest.store(size, std::memory_order_relaxed);
}
void onFree(const volatile void*) {}
#endif

/// The largest single allocation made while `run` runs, or nullopt where it cannot be observed
/// (outside AddressSanitizer builds: glibc has no allocation hooks any more).
template <typename Run>
std::optional<std::size_t> largestAllocation(Run run)
{
#ifdef CROSSREAD_ALLOCATION_HOOKS
    static const bool installed = __sanitizer_install_malloc_and_free_hooks(onMalloc, onFree) != 0;
    largest = 0;
    recording = installed;
    run();
    recording = false;
    if (installed)
        return largest.load();
#else
    run();
#endif
    return std::nullopt;
}

class Journal : public ProjectTest
{
protected:
    /// A project with one document and one annotation; the last journal entry is the removal of
    /// a second one tagged Claim, which keeps that annotation whole for undo. Returns the tag's id.
    TagId fill()
    {
        Document d;
        d.meta.title = u"Report"_s;
        d.text = u"The minister said exports rose by forty percent."_s;
        const DocumentId doc = m_store->addDocument(d, d.text.toUtf8());
        const TagId claim = m_store->builtinTag(u"claim"_s)->id;
        EXPECT_NE(m_store->addAnnotation(doc, 4, 12, {claim}, u"kept"_s), 0);
        const AnnotationId removed = m_store->addAnnotation(doc, 18, 25, {claim}, u"removed"_s);
        EXPECT_TRUE(m_store->removeAnnotation(removed));
        m_store->close();
        return claim;
    }
    QByteArray lastPayload()
    {
        Database db(file(), Database::Mode::ReadWrite);
        Query q = db.query("SELECT payload FROM undo_journal ORDER BY seq DESC LIMIT 1");
        return q->step() ? q->blob(0) : QByteArray();
    }
    void setLastPayload(const QByteArray& payload)
    {
        Database db(file(), Database::Mode::ReadWrite);
        Query q = db.query("UPDATE undo_journal SET payload = ? WHERE seq = (SELECT max(seq) FROM undo_journal)");
        q->bind(1, payload);
        q->run();
    }
    /// Where the removed annotation's tag list (count 1, then the tag id, both big-endian) starts
    /// in `payload`, or -1.
    static qsizetype tagListAt(const QByteArray& payload, TagId tag)
    {
        QByteArray list(12, '\0');
        qToBigEndian<quint32>(1, list.data());
        qToBigEndian<qint64>(tag, list.data() + 4);
        return payload.indexOf(list);
    }
    /// Opens the project; it must open with its data whatever the journal holds.
    void expectOpensWithData(const char* what, bool undo = true)
    {
        ProjectStore store;
        StoreError error;
        ASSERT_TRUE(store.open(file(), ProjectStore::OpenMode::ReadWrite, &error)) << what << ": " << error.message.toStdString();
        EXPECT_EQ(store.allAnnotations().size(), 1) << what;
        if (undo)
            store.undoStack()->undo(); // whatever is left of the history must not crash either
    }
};

TEST_F(Journal, ImpossibleListSizeCostsOnlyTheHistory)
{
    const TagId claim = fill();
    const QByteArray payload = lastPayload();
    ASSERT_TRUE(payload.startsWith('r')) << "a small entry is stored uncompressed";
    const qsizetype at = tagListAt(payload, claim);
    ASSERT_GE(at, 0);
    // QDataStream's extended size marker followed by 2^60 items.
    QByteArray huge(12, '\0');
    qToBigEndian<quint32>(0xfffffffe, huge.data());
    qToBigEndian<qint64>(qint64(1) << 60, huge.data() + 4);
    setLastPayload(QByteArray(payload).replace(at, 4, huge));
    expectOpensWithData("2^60 tags");
    // And the largest plain count.
    QByteArray big(4, '\0');
    qToBigEndian<quint32>(0xfffffffd, big.data());
    setLastPayload(QByteArray(payload).replace(at, 4, big));
    expectOpensWithData("2^32 - 3 tags");
}

TEST_F(Journal, ACountOfTwoBillionAllocatesNothingLarge)
{
    // The fuzzer's find: a tag list claiming 2,020,892,534 items (16 GB of ids) in an entry of a
    // few hundred bytes. Opening must cost the history and allocate nothing near the claim.
    const TagId claim = fill();
    const QByteArray payload = lastPayload();
    const qsizetype at = tagListAt(payload, claim);
    ASSERT_GE(at, 0);
    QByteArray count(4, '\0');
    qToBigEndian<quint32>(2020892534u, count.data());
    setLastPayload(QByteArray(payload).replace(at, 4, count));
    const std::optional<std::size_t> peak = largestAllocation([&] { expectOpensWithData("two billion tags", false); });
    if (!peak)
        GTEST_SKIP() << "single allocations are observed under AddressSanitizer only (the asan stage); "
                        "the project opened with its data";
    EXPECT_LT(*peak, std::size_t(64) << 20) << "bytes in one allocation";
}

TEST(JournalReader, ReadsBackWhatQDataStreamWrote)
{
    Annotation a;
    a.id = 7;
    a.document = 3;
    a.start = 4;
    a.end = 19;
    a.quote = u"«exports rose» by 40 %"_s;
    a.tags = {1, 2, 9};
    a.note = QString(); // null stays null
    a.created = QDateTime(QDate(2025, 5, 1), QTime(9, 30), QTimeZone::UTC);
    a.evidence = {EvidenceLink{5, u"https://example.org/a"_s, u"Source"_s, QDate(2025, 5, 2)}};
    Tag t;
    t.id = 2;
    t.name = u"Claim"_s;
    t.color = QColor(u"#d04a02"_s);
    Entity e;
    e.id = 4;
    e.name = u"Valery Gerasimov"_s;
    e.aliases = {u"Gerasimov"_s, u"Герасимов"_s};
    const QByteArray raw("\x00\x01\xff binary", 10);
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_5);
        out << a << t << e << raw << QList<qint64>{} << qint32(-5);
    }
    JournalReader in(payload);
    Annotation a2;
    Tag t2;
    Entity e2;
    QByteArray raw2;
    QList<qint64> empty{42};
    qint32 last = 0;
    in >> a2 >> t2 >> e2 >> raw2 >> empty >> last;
    ASSERT_EQ(in.status(), QDataStream::Ok);
    EXPECT_TRUE(in.atEnd());
    EXPECT_EQ(a2.id, a.id);
    EXPECT_EQ(a2.start, a.start);
    EXPECT_EQ(a2.end, a.end);
    EXPECT_EQ(a2.quote, a.quote);
    EXPECT_EQ(a2.tags, a.tags);
    EXPECT_TRUE(a2.note.isNull());
    EXPECT_EQ(a2.created, a.created);
    EXPECT_EQ(a2.evidence, a.evidence);
    EXPECT_EQ(t2, t);
    EXPECT_EQ(e2.aliases, e.aliases);
    EXPECT_EQ(raw2, raw);
    EXPECT_TRUE(empty.isEmpty());
    EXPECT_EQ(last, -5);
}

TEST(JournalReader, RefusesEveryClaimBeyondTheBytesLeft)
{
    // A list, a string and a byte array each claiming one item or byte more than follows.
    for (const int kind : {0, 1, 2}) {
        QByteArray payload(4, '\0');
        const QByteArray rest(16, 'a');
        qToBigEndian<quint32>(quint32(rest.size() + 1), payload.data());
        payload += rest;
        JournalReader in(payload);
        QList<qint64> list;
        QString string;
        QByteArray bytes;
        if (kind == 0)
            in >> list;
        else if (kind == 1)
            in >> string;
        else
            in >> bytes;
        EXPECT_EQ(in.status(), QDataStream::ReadCorruptData) << "kind " << kind;
        EXPECT_TRUE(list.isEmpty() && string.isEmpty() && bytes.isEmpty());
        // Exactly as many as follow is no damage for a string or byte array.
        if (kind > 0) {
            qToBigEndian<quint32>(quint32(rest.size()), payload.data());
            JournalReader exact(payload);
            if (kind == 1)
                exact >> string;
            else
                exact >> bytes;
            EXPECT_EQ(exact.status(), QDataStream::Ok);
            EXPECT_EQ(kind == 1 ? string.size() * 2 : bytes.size(), rest.size());
        }
    }
}

TEST_F(Journal, AnyDamagedWordOpens)
{
    fill();
    const QByteArray payload = lastPayload();
    ASSERT_FALSE(payload.isEmpty());
    // Every 4-byte word of the entry in turn set to a huge count, and to zero.
    for (qsizetype i = 1; i + 4 <= payload.size(); ++i) {
        for (const quint32 word : {0xfffffffdU, 0U}) {
            QByteArray damaged = payload;
            qToBigEndian<quint32>(word, damaged.data() + i);
            setLastPayload(damaged);
            const std::string what = "word " + std::to_string(word) + " at " + std::to_string(i);
            expectOpensWithData(what.c_str(), false);
            if (HasFatalFailure())
                return;
        }
    }
}

TEST_F(Journal, CompressedEntryThatInflatesBeyondItsClaimCostsOnlyTheHistory)
{
    fill();
    const QByteArray payload = lastPayload();
    ASSERT_TRUE(payload.startsWith('r'));
    // The real entry, compressed as a large one is: read back whole.
    setLastPayload(QByteArray(1, 'z') + qCompress(payload.mid(1)));
    {
        ProjectStore store;
        ASSERT_TRUE(store.open(file(), ProjectStore::OpenMode::ReadWrite));
        ASSERT_TRUE(store.undoStack()->canUndo());
        EXPECT_FALSE(store.undoStack()->undoText().isEmpty());
        EXPECT_EQ(store.undoStack()->count(), 4); // document, two annotations, the removal
    }
    // 64 MiB of zeros compress to about 64 KiB: what a hostile entry would carry.
    QByteArray bomb = QByteArray(1, 'z') + qCompress(QByteArray(64 * 1024 * 1024, '\0'));
    qToBigEndian<quint32>(quint32(payload.size()), bomb.data() + 1); // claims the real entry's size
    setLastPayload(bomb);
    expectOpensWithData("a 64 MiB stream claiming a small entry");
    qToBigEndian<quint32>(0xffffffffU, bomb.data() + 1);
    setLastPayload(bomb);
    expectOpensWithData("a claim of 4 GiB");
}

} // namespace

TEST(BoundedInflate, RoundTripsWhatQCompressMade)
{
    QByteArray text;
    for (int i = 0; text.size() < 3 * 1024 * 1024; ++i)
        text += QByteArray::number(i * 7919) + " said the minister. ";
    for (const qsizetype size : {qsizetype(1), qsizetype(1000), qsizetype(70000), text.size()}) {
        const QByteArray original = text.left(size);
        const std::optional<QByteArray> back = inflateBounded(qCompress(original), size);
        ASSERT_TRUE(back.has_value()) << size;
        EXPECT_EQ(*back, original);
    }
}

TEST(BoundedInflate, RefusesAClaimAboveTheLimit)
{
    const QByteArray compressed = qCompress(QByteArray(1000, 'a'));
    EXPECT_FALSE(inflateBounded(compressed, 999).has_value());
    EXPECT_TRUE(inflateBounded(compressed, 1000).has_value());
}

TEST(BoundedInflate, RefusesAStreamLongerOrShorterThanItsClaim)
{
    QByteArray longer = qCompress(QByteArray(4 * 1024 * 1024, '\0'));
    qToBigEndian<quint32>(1000, longer.data());
    EXPECT_FALSE(inflateBounded(longer, 1 << 30).has_value());
    QByteArray shorter = qCompress(QByteArray(1000, 'b'));
    qToBigEndian<quint32>(5000, shorter.data());
    EXPECT_FALSE(inflateBounded(shorter, 1 << 30).has_value());
}

TEST(BoundedInflate, RefusesCutAndDamagedStreams)
{
    const QByteArray original = QByteArray("The minister said exports rose by forty percent. ").repeated(200);
    const QByteArray compressed = qCompress(original);
    for (qsizetype cut = 0; cut < compressed.size(); ++cut)
        EXPECT_FALSE(inflateBounded(QByteArrayView(compressed).left(cut), 1 << 20).has_value()) << cut;
    int refused = 0;
    for (qsizetype i = 4; i < compressed.size(); ++i) {
        QByteArray damaged = compressed;
        damaged[i] = char(damaged[i] ^ 0x5a);
        const std::optional<QByteArray> out = inflateBounded(damaged, 1 << 20);
        refused += !out.has_value();
        if (out) {
            EXPECT_EQ(out->size(), original.size()); // never more than claimed
        }
    }
    EXPECT_GT(refused, 0); // the checksum and the stream's structure catch damage
    EXPECT_FALSE(inflateBounded(QByteArray("\0\0\0\5hello", 9), 100).has_value());
}
