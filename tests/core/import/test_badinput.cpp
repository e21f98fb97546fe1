// SPDX-License-Identifier: MIT
// Bad input gets a clear reason and never crashes.
#include "importtestutil.h"

#include <QFileDevice>

using namespace Crossread;
using namespace Crossread::Test;

namespace {

TEST(ImportBadInput, EmptyFile)
{
    const QString reason = refusal(QByteArray(), QStringLiteral("empty.txt"));
    EXPECT_TRUE(reason.contains(QLatin1String("empty"))) << qPrintable(reason);
}

TEST(ImportBadInput, OnlyWhiteSpace)
{
    const QString reason = refusal(QByteArray("  \r\n\t\n  \n"), QStringLiteral("blank.txt"));
    EXPECT_TRUE(reason.contains(QLatin1String("no text"))) << qPrintable(reason);
}

TEST(ImportBadInput, MissingFile)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(Importer::prepare(dir.filePath(QStringLiteral("nothing-here.txt")), {}, &error));
    EXPECT_TRUE(error.contains(QLatin1String("does not exist"))) << qPrintable(error);
}

TEST(ImportBadInput, Folder)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(Importer::prepare(dir.path(), {}, &error));
    EXPECT_TRUE(error.contains(QLatin1String("folder"))) << qPrintable(error);
}

TEST(ImportBadInput, UnreadableFile)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("secret.txt"), "some text that nobody may read");
    QFile::setPermissions(path, QFileDevice::Permissions());
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "running with privileges that ignore file permissions";
    QString error;
    EXPECT_FALSE(Importer::prepare(path, {}, &error));
    EXPECT_TRUE(error.contains(QLatin1String("cannot be read"))) << qPrintable(error);
}

TEST(ImportBadInput, OverTheSizeLimit)
{
    ImportOptions options;
    options.maxBytes = 1000;
    const QString reason = refusal(QByteArray(1001, 'a'), QStringLiteral("big.txt"), options);
    EXPECT_TRUE(reason.contains(QLatin1String("too large"))) << qPrintable(reason);
    EXPECT_TRUE(refusal(QByteArray(1000, 'a'), QStringLiteral("fits.txt"), options).isEmpty());
}

TEST(ImportBadInput, DefaultLimitIs50MB)
{
    EXPECT_EQ(ImportOptions().maxBytes, 50LL * 1024 * 1024);
}

struct BinaryCase
{
    const char* name;
    QByteArray bytes;
    const char* fileName;
    const char* expected; // a word the reason must contain
};

class BinaryTest : public ::testing::TestWithParam<BinaryCase>
{
};

TEST_P(BinaryTest, IsRefusedWithAReason)
{
    const BinaryCase& c = GetParam();
    const QString reason = refusal(c.bytes, QString::fromLatin1(c.fileName));
    EXPECT_TRUE(reason.contains(QLatin1String(c.expected), Qt::CaseInsensitive)) << qPrintable(reason);
}

QByteArray withPadding(QByteArray head)
{
    return head + QByteArray(200, 'x');
}

INSTANTIATE_TEST_SUITE_P(
    Import, BinaryTest,
    ::testing::Values(
        BinaryCase{"NulBytes", QByteArray("plain words\0\0\0then more words", 29), "data.txt", "NUL"},
        BinaryCase{"Png", withPadding("\x89PNG\r\n\x1a\n"), "picture.txt", "PNG"},
        BinaryCase{"Jpeg", withPadding("\xff\xd8\xff\xe0"), "photo.txt", "JPEG"},
        BinaryCase{"Zip", withPadding("PK\x03\x04"), "archive.txt", "ZIP"},
        BinaryCase{"Gzip", withPadding("\x1f\x8b\x08"), "archive.txt", "gzip"},
        BinaryCase{"PdfNamedTxt", withPadding("%PDF-1.7\n"), "report.txt", "PDF"},
        BinaryCase{"PngNamedHtml", withPadding("\x89PNG\r\n\x1a\n"), "page.html", "PNG"},
        BinaryCase{"NotAPdf", withPadding("hello, this is not a pdf"), "report.pdf", "PDF header"},
        BinaryCase{"BrokenPdf", withPadding("%PDF-1.4\n1 0 obj << /Type /Catalog"), "report.pdf", "damaged"},
        BinaryCase{"HtmlWithoutArticle",
                   "<html><head><title>x</title><script>var a = 'lots of script text here';</script></head>"
                   "<body><nav><a href='/'>Home</a></nav><footer>© 2025</footer></body></html>",
                   "empty.html", "no article text"}),
    [](const ::testing::TestParamInfo<BinaryCase>& p) { return std::string(p.param.name); });

// A PDF whose standard security handler rejects the empty user password.
QByteArray encryptedPdf()
{
    QByteArray pdf("%PDF-1.4\n");
    QList<qsizetype> offsets;
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        "<< /Filter /Standard /V 1 /R 2 /O <" + QByteArray(64, '1') + "> /U <" + QByteArray(64, '2') + "> /P -4 >>",
    };
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 5\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> "
           "<0123456789abcdef0123456789abcdef>] >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

TEST(ImportBadInput, EncryptedPdf)
{
    const QString reason = refusal(encryptedPdf(), QStringLiteral("locked.pdf"));
    EXPECT_TRUE(reason.contains(QLatin1String("password"))) << qPrintable(reason);
}

} // namespace
