// SPDX-License-Identifier: MIT
// Files built to exhaust time or memory are refused quickly with a clear reason: a 1 GB (sparse)
// file, a ZIP bomb, a gzip stream, and a PDF whose compressed page content inflates to 64 MB.
#include "reliabilitytest.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

class Limits : public ProjectTest
{
protected:
    /// Imports `path` and expects a refusal within `maxMs`; returns the reason.
    QString expectRefused(const QString& path, qint64 maxMs, long maxRssGrowthMb)
    {
        const long before = peakRssMb();
        QElapsedTimer clock;
        clock.start();
        const QList<ImportResult> results = Importer::importFiles(*m_store, {path});
        const qint64 ms = clock.elapsed();
        const long grown = peakRssMb() - before;
        EXPECT_EQ(results.size(), 1);
        if (results.isEmpty())
            return {};
        EXPECT_EQ(results.first().status, ImportResult::Status::Failed);
        EXPECT_FALSE(results.first().reason.isEmpty());
        EXPECT_LT(ms, maxMs) << results.first().reason.toStdString();
        EXPECT_LT(grown, maxRssGrowthMb);
        EXPECT_TRUE(m_store->documents().isEmpty());
        std::cout << QFileInfo(path).fileName().toStdString() << ": refused in " << ms << " ms, peak RSS +" << grown
                  << " MB: " << results.first().reason.toStdString() << '\n';
        return results.first().reason;
    }
};

TEST_F(Limits, GigabyteFileIsRefusedUnread)
{
    const QString path = file(u"huge.txt"_s);
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_WRONLY, 0644);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::ftruncate(fd, 1LL << 30), 0); // sparse: no disk space used
    ::close(fd);
    const QString reason = expectRefused(path, 2000, 64);
    EXPECT_TRUE(reason.contains(u"too large"_s)) << reason.toStdString();
    QString error;
    EXPECT_FALSE(Importer::prepare(path, {}, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(Limits, ZipBombIsRefusedUnpacked)
{
    // A ZIP whose one entry claims 4 GB: imported files are never unpacked, so it is refused by its magic.
    QByteArray zip("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10);
    zip += QByteArray(8, '\0') + QByteArray("\xff\xff\xff\x00\xff\xff\xff\xff", 8) + QByteArray("\x08\x00\x00\x00", 4)
        + "bomb.txt" + qCompress(QByteArray(16 << 20, '\0')).mid(4);
    const QString reason = expectRefused(writeBytes(file(u"bomb.zip"_s), zip), 2000, 64);
    EXPECT_TRUE(reason.contains(u"ZIP"_s)) << reason.toStdString();
    // The same bytes under a .txt name are refused too: the content decides, not the name.
    expectRefused(writeBytes(file(u"bomb.txt"_s), zip), 2000, 64);
    QByteArray gzip("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    gzip += qCompress(QByteArray(16 << 20, '\0')).mid(6);
    expectRefused(writeBytes(file(u"bomb.gz.txt"_s), gzip), 2000, 64);
}

TEST_F(Limits, PdfDeflateBombIsBounded)
{
    // One page whose content stream is 64 MB of spaces compressed to ~64 kB. PDF import has to
    // inflate page content; the test fixes how long and how much memory that may take.
    const QByteArray content = qCompress(QByteArray(64 << 20, ' ')).mid(4); // zlib stream without Qt's size prefix
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    const auto object = [&](const QByteArray& body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>");
    object("<< /Length " + QByteArray::number(content.size()) + " /Filter /FlateDecode >>\nstream\n" + content + "\nendstream");
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 5\n0000000000 65535 f \n";
    for (const qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    const QString path = writeBytes(file(u"bomb.pdf"_s), pdf);
    const QString reason = expectRefused(path, 60'000, 2048);
    EXPECT_TRUE(reason.contains(u"no text"_s) || reason.contains(u"PDF"_s)) << reason.toStdString();
}

} // namespace
