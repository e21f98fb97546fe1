// SPDX-License-Identifier: MIT
// Hostile documents: HTML and Markdown that reference a loopback HTTP server in every way a page
// can (images, srcset, scripts, styles, CSS url(), iframes, objects, meta refresh, base), local
// files through file:// and huge inline data. Importing them and rendering every export of them
// must make no connection and read no referenced file.
#include "reliabilitytest.h"

#include "export/exportdata.h"
#include "export/exporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kSecret = "SECRET-4f1d9c-LOCAL-FILE-CONTENT";

class Hostile : public ProjectTest
{
protected:
    void SetUp() override
    {
        ProjectTest::SetUp();
        ASSERT_TRUE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                m_requests.append(QString::fromLatin1(s->peerAddress().toString().toLatin1()));
                s->abort();
            }
        });
        m_secretPath = writeBytes(file(u"secret.txt"_s), kSecret);
        writeBytes(file(u"secret.css"_s), QByteArray("body { content: \"") + kSecret + "\" }");
    }
    QString url(const char* path) const
    {
        return u"http://127.0.0.1:%1/%2"_s.arg(m_server.serverPort()).arg(QLatin1String(path));
    }
    QString fileUrl(const QString& name) const { return QUrl::fromLocalFile(file(name)).toString(); }
    /// Gives a connection that anything started time to arrive, then fails the test if one did.
    void expectNoRequests(const char* what)
    {
        QTest::qWait(300);
        EXPECT_TRUE(m_requests.isEmpty()) << what << ": " << m_requests.size() << " connection(s) to the loopback server";
    }
    /// Every export of the project, rendered in memory (the PDF lays the HTML report out with QTextDocument).
    QByteArray renderAll()
    {
        QByteArray all;
        for (const QString& name : Exporter::formatNames()) {
            QString error;
            const QByteArray bytes = Exporter::render(ExportData::fromStore(*m_store), *Exporter::formatFromName(name), {}, &error);
            EXPECT_FALSE(bytes.isEmpty()) << name.toStdString() << ": " << error.toStdString();
            all += bytes;
        }
        return all;
    }

    QTcpServer m_server;
    QStringList m_requests;
    QString m_secretPath;
};

TEST_F(Hostile, HtmlFetchesAndRunsNothing)
{
    const QString page = uR"HTML(<!doctype html><html><head><title>Hostile page</title>
<base href="%1">
<link rel="stylesheet" href="%2"><link rel="preload" href="%3"><link rel="icon" href="%4">
<link rel="stylesheet" href="%5">
<meta http-equiv="refresh" content="0; url=%6">
<meta property="og:image" content="%7">
<style>body { background: url(%8) } @import url("%9");</style>
<script src="%10"></script>
<script>new Image().src = "%11"; fetch("%12"); document.write("<img src='%13'>");</script>
</head><body onload="location='%14'"><article><h1>Hostile page</h1>
<p>The council said the reservoir was safe, according to a statement published on Monday.</p>
<img src="%15" srcset="%16 1x, %17 2x" alt="picture">
<picture><source srcset="%18"><img src="%19"></picture>
<iframe src="%20"></iframe><iframe src="%21"></iframe>
<object data="%22"></object><embed src="%23"><video poster="%24" src="%25"></video><audio src="%26"></audio>
<p style="background-image: url('%27')">Engineers disputed the claim and asked for the inspection report.</p>
<p>See <a href="%28">the local copy</a> and <img src="%29"> for details.</p>
<svg><image href="%30"/></svg>
<p>The ministry did not answer questions about the timing of the repairs before the flood.</p>
</article></body></html>)HTML"_s;
    // %5, %21, %28 and %29 are local files (a stylesheet, an iframe, a link, an image); the rest remote.
    const QStringList remote{u"base/"_s, u"style.css"_s, u"preload"_s, u"icon.png"_s, {}, u"refresh"_s, u"og.png"_s,
                             u"bg.png"_s, u"import.css"_s, u"script.js"_s, u"image-js"_s, u"fetch"_s, u"document-write"_s,
                             u"onload"_s, u"img.png"_s, u"a.png"_s, u"b.png"_s, u"source.png"_s, u"picture.png"_s,
                             u"frame"_s, {}, u"object"_s, u"embed"_s, u"poster.png"_s, u"video"_s, u"audio"_s,
                             u"style-attr.png"_s, {}, {}, u"svg.png"_s};
    QString html = page;
    for (qsizetype i = 0; i < remote.size(); ++i) {
        if (!remote.at(i).isEmpty())
            html = html.arg(url(remote.at(i).toLatin1().constData()));
        else
            html = html.arg(fileUrl(i == 4 ? u"secret.css"_s : u"secret.txt"_s));
    }
    ASSERT_FALSE(html.contains(u"%3"_s)) << html.toStdString();
    const DocumentId doc = importFile(writeBytes(file(u"hostile.html"_s), html.toUtf8()));
    ASSERT_NE(doc, 0);
    const QString text = m_store->documentText(doc);
    EXPECT_TRUE(text.contains(u"reservoir was safe"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(QLatin1String(kSecret)));
    EXPECT_FALSE(text.contains(u"fetch("_s)) << "script text must not become article text";
    expectNoRequests("import");

    ASSERT_NE(m_store->addAnnotation(doc, 4, 11, {m_store->builtinTag(u"claim"_s)->id}, u"note"_s), 0);
    const QByteArray exports = renderAll();
    EXPECT_FALSE(exports.contains(kSecret));
    expectNoRequests("exports");
}

TEST_F(Hostile, MarkdownFetchesNothing)
{
    const QString md = u"# Remote pictures\n\nThe mayor said the bridge would reopen in May, officials confirmed.\n\n"
                       "![remote](%1) ![local](%2) [link](%3)\n\n<img src=\"%4\">\n\n"
                       "<iframe src=\"%5\"></iframe>\n\nThe opposition called the date unrealistic.\n"_s
                           .arg(url("md.png"), fileUrl(u"secret.txt"_s), url("md-link"), url("md-img"), url("md-frame"));
    const DocumentId doc = importFile(writeBytes(file(u"remote.md"_s), md.toUtf8()));
    ASSERT_NE(doc, 0);
    EXPECT_TRUE(m_store->documentText(doc).contains(u"bridge would reopen"_s));
    EXPECT_FALSE(m_store->documentText(doc).contains(QLatin1String(kSecret)));
    EXPECT_FALSE(renderAll().contains(kSecret));
    expectNoRequests("Markdown import and exports");
}

TEST_F(Hostile, HugeInlineDataIsDroppedQuickly)
{
    // 24 MB of base64 in one attribute and 8 MB in a CSS url(): within the 50 MB import limit.
    QByteArray html = "<!doctype html><html><head><title>Inline data</title><style>p { background: url(data:image/png;base64,";
    html += QByteArray(8 << 20, 'A');
    html += ") }</style></head><body><article><p>The agency said inflation fell to three percent in March.</p><img src=\"data:image/png;base64,";
    html += QByteArray(24 << 20, 'B');
    html += "\"><p>Economists expected a smaller fall, citing energy prices and wages.</p></article></body></html>";
    const QString path = writeBytes(file(u"inline.html"_s), html);
    html.clear();
    const long before = peakRssMb();
    QElapsedTimer clock;
    clock.start();
    const DocumentId doc = importFile(path);
    const qint64 ms = clock.elapsed();
    ASSERT_NE(doc, 0);
    const QString text = m_store->documentText(doc);
    EXPECT_TRUE(text.contains(u"inflation fell"_s));
    EXPECT_LT(text.size(), 1000) << "inline data must not become text";
    EXPECT_LT(ms, 60'000);
    // The file is 32 MB; parsing it may hold a few copies, not hundreds.
    EXPECT_LT(peakRssMb() - before, 1500);
    std::cout << "32 MB of inline data imported in " << ms << " ms, peak RSS grew by " << peakRssMb() - before << " MB\n";
    expectNoRequests("inline data");
}

TEST_F(Hostile, ExportPathIsUsedAsGiven)
{
    // A title and URL that look like paths must never decide where an export is written.
    QByteArray html = "<!doctype html><html><head><title>../../escape/evil</title>"
                      "<meta property=\"og:url\" content=\"file:///tmp/evil\"></head><body><article>"
                      "<p>The minister said the plan was fully funded, with no new taxes needed.</p></article></body></html>";
    const DocumentId doc = importFile(writeBytes(file(u"plain.html"_s), html));
    ASSERT_NE(doc, 0);
    const QDir out(file(u"out"_s));
    ASSERT_TRUE(QDir().mkpath(out.path()));
    for (const QString& name : Exporter::formatNames()) {
        const ExportFormat format = *Exporter::formatFromName(name);
        const QString target = out.filePath(u"export-"_s + name);
        QString error;
        ASSERT_TRUE(Exporter::exportProject(*m_store, format, target, {}, false, &error)) << error.toStdString();
        EXPECT_TRUE(QFile::exists(target));
    }
    EXPECT_EQ(out.entryList(QDir::Files | QDir::Hidden).size(), Exporter::formatNames().size()) << out.entryList().join(u' ').toStdString();
    EXPECT_FALSE(QDir(m_dir.path()).exists(u"../escape"_s));
    EXPECT_FALSE(QDir(file(u"out/escape"_s)).exists());
}

} // namespace
