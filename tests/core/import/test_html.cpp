// SPDX-License-Identifier: MIT
// Saved pages in the shapes of major news sites (invented text): the article stays, furniture goes.
#include "importtestutil.h"
#include "testsupport.h"

#include <QStringEncoder>

using namespace Crossread;
using namespace Crossread::Test;

namespace {

struct PageCase
{
    const char* file;
    const char* title;
    const char* author;
    const char* outlet;
    QDate published;
    const char* url;
    const char* language;
    std::vector<const char*> kept; // article text that must be there
    std::vector<const char*> dropped; // furniture that must not
};

class HtmlPageTest : public ::testing::TestWithParam<PageCase>
{
};

TEST_P(HtmlPageTest, ExtractsArticleAndMetadata)
{
    const PageCase& c = GetParam();
    const QString path = dataPath(QStringLiteral("import/html/") + QLatin1String(c.file));
    QString error;
    const auto p = Importer::prepare(path, {}, &error);
    ASSERT_TRUE(p) << qPrintable(path) << ": " << qPrintable(error);
    const Document& d = p->document;
    EXPECT_EQ(d.meta.title, QString::fromUtf8(c.title));
    EXPECT_EQ(d.meta.author, QString::fromUtf8(c.author));
    EXPECT_EQ(d.meta.outlet, QString::fromUtf8(c.outlet));
    EXPECT_EQ(d.meta.published, c.published);
    EXPECT_EQ(d.meta.url, QString::fromUtf8(c.url));
    EXPECT_EQ(d.meta.language, QLatin1String(c.language));
    EXPECT_EQ(d.encoding, QLatin1String("UTF-8"));
    EXPECT_TRUE(d.text.startsWith(QString::fromUtf8(c.title))) << "the headline leads the text";
    for (const char* k : c.kept)
        EXPECT_TRUE(d.text.contains(QString::fromUtf8(k))) << "missing: " << k << "\n--- text:\n" << qPrintable(d.text);
    for (const char* n : c.dropped)
        EXPECT_FALSE(d.text.contains(QString::fromUtf8(n), Qt::CaseInsensitive))
            << "noise kept: " << n << "\n--- text:\n" << qPrintable(d.text);
}

INSTANTIATE_TEST_SUITE_P(
    Import, HtmlPageTest,
    ::testing::Values(
        PageCase{"bbc.html",
                 "Lake Orvel ferry resumes after six-month halt",
                 "Tamsin Hale",
                 "BBC News",
                 QDate(2031, 5, 14),
                 "https://www.bbc.example/news/articles/c0ferry123",
                 "en",
                 {"The passenger ferry across Lake Orvel has resumed service, six months after",
                  "About 40 passengers, most of them commuters,",
                  "\"We have replaced both tanks and every weld has been tested twice,\" said chief engineer",
                  "\n\nYears of delays\n\n",
                  "would not arrive before the autumn, blaming a shortage of steel.",
                  "The ferry left the northern pier at dawn"},
                 {"Skip to content", "Weather", "Most read", "Celebrity chef", "Share on X", "Related topics",
                  "Copyright", "Terms of Use", "tracking", "display:flex", "Image caption", "BBC News, Orvel"}},
        PageCase{"guardian.html",
                 "Orchard growers fear second spring frost",
                 "Nadia Brook",
                 "the Guardian",
                 QDate(2031, 4, 2),
                 "https://www.theguardian.example/environment/2031/apr/02/orchard-frost",
                 "en",
                 {"Fruit growers in the Vessel valley are bracing for a second night of frost",
                  "\"Once the flowers are open, there is almost nothing you can do,\" she said.",
                  "wind machines, which mix warmer air",
                  "\n\nInsurance gaps\n\n",
                  "• Cherries: losses of up to 40% reported\n• Apricots: losses of 20% to 25%\n• Apples:",
                  "We cannot plan for a climate that changes the season by three weeks.",
                  "minus three degrees in the valley on Thursday night"},
                 {"cookies", "Accept all", "Share on Facebook", "Share via Email", "Related: Warmest March",
                  "Explore more on these topics", "supporting our journalism", "reader comment", "Most viewed",
                  "About us", "Guardian News & Media", "Rural affairs correspondent", "18.30 BST"}},
        PageCase{"nyt.html",
                 "Harbor Authority Approves Night Shipping Curfew",
                 "Owen Pratt, Lucia Ferrante",
                 "The New York Times",
                 QDate(2031, 6, 9),
                 "https://www.nytimes.example/2031/06/09/nyregion/harbor-curfew.html",
                 "en",
                 {"The port's governing board voted 7 to 2 on Monday to bar container ships",
                  "Shipping companies warned that the curfew would push traffic",
                  "said Dana Whitlock, a board member who represents the district",
                  "about 11 percent of container moves now take place during the banned hours.",
                  "several dockworkers, who depend on night shifts paid at a higher rate, left before it ended."},
                 {"Skip to", "Advertisement", "Subscribe", "Share full article", "Order Reprints", "Related Content",
                  "Site Index", "© 2031", "By Owen Pratt", "appears in print"}},
        PageCase{"lemonde.html",
                 "À Brenn, la vallée du Vessel compte ses vergers gelés",
                 "Camille Vautrin",
                 "Le Monde.fr",
                 QDate(2031, 4, 5),
                 "https://www.lemonde.example/planete/article/2031/04/05/a-brenn-les-vergers-geles_6012345_3244.html",
                 "fr",
                 {"Après deux nuits de gel, les arboriculteurs de la vallée estiment avoir perdu",
                  "Dans les rangs d'abricotiers qui descendent vers la rivière",
                  "« Il n'y a plus rien à l'intérieur. »",
                  "\n\nDes assurances rarement souscrites\n\n",
                  "« Nous ne pouvons pas travailler avec un calendrier qui avance de trois semaines",
                  "• Abricots : jusqu'à 50 % de pertes\n• Cerises : entre 20 % et 30 %",
                  "Des abricotiers en fleur près de Brenn, le 3 avril 2031.",
                  "avec des minimales proches de 6 °C dans la vallée."},
                 {"cookies", "Accepter", "S'abonner", "Se connecter", "Planète ›", "Partager", "Envoyer par e-mail",
                  "Lecture 4 min", "Publié le", "envoyée spéciale", "Publicité", "Lire aussi", "Le mois de mars",
                  "Il vous reste", "réservée aux abonnés", "Réactions", "Lecteur47", "poiriers", "Les plus lus",
                  "Mentions légales", "© Le Monde", "HANS LUCAS", "ne doit jamais"}},
        PageCase{"yahoo.html",
                 "Rail union calls off weekend strike after late pay offer",
                 "Imogen Carr",
                 "Yahoo News",
                 QDate(2031, 7, 18),
                 "https://news.yahoo.example/rail-union-calls-off-weekend-strike-141502311.html",
                 "en",
                 {"The country's largest rail union called off a strike planned for this weekend",
                  "raises basic pay by 4.5% this year and 3% next year",
                  "\"This is not everything we asked for, but it is a serious offer",
                  "some early services might be cancelled because crews had already been stood down.",
                  "with a single missing crew able to cancel a whole line for the day.",
                  "Commuters wait on a platform at Harlow Junction"},
                 {"cookies", "Accept all", "Search the web", "Sign in", "Advertisement", "2 min read", "2:15 PM",
                  "Share on", "Story continues", "Copyright 2031 Reuters", "View comments", "Join the conversation",
                  "Recommended Stories", "Heat wave to ease", "Trending", "bus lanes", "Privacy Dashboard", "never in the text"}},
        PageCase{"wikipedia.html",
                 "Marrow Bay Dam",
                 "",
                 "",
                 QDate(),
                 "https://en.wikipedia.example/wiki/Marrow_Bay_Dam",
                 "en",
                 {"is an embankment dam on the Velsk river in the fictional province of Ostria.",
                  "\n\nHistory\n\n",
                  "Construction began in 1968 and employed about 2,000 workers at its peak.",
                  "• Height: 62 m\n• Length: 540 m",
                  "On 3 March 2031 part of the spillway gave way"},
                 {"Jump to content", "Main page", "Search Wikipedia", "Contents", "[edit]", "edit]",
                  "Dams in Ostria", "Categories", "Creative Commons", "Privacy policy", "last edited", "References"}},
        PageCase{"medium.html",
                 "What I learned checking 500 viral quotes",
                 "Priya Sandoval",
                 "Medium",
                 QDate(2030, 11, 21),
                 "https://medium.example/@priya/what-i-learned-checking-500-viral-quotes-9f1c2",
                 "en",
                 {"For two years I kept a spreadsheet of every quote that crossed my feed",
                  "The most common problem was not invention but drift",
                  "\n\nThree patterns\n\n",
                  "1. Quotes that lose their qualifiers, such as \"in some cases\" or \"so far\".\n2. Quotes moved",
                  "If a quote is too neat, it has probably been edited by the crowd.",
                  "twelve minutes on average"},
                 {"Sign in", "Sign up to discover", "Get started", "7 min read", "Listen", "Follow", "Responses",
                  "Great article", "More from Priya", "Careers"}}),
    [](const ::testing::TestParamInfo<PageCase>& p) {
        return QString::fromLatin1(p.param.file).section(u'.', 0, 0).toStdString();
    });

TEST(ImportHtml, DeclaredLegacyCharsetIsHonoured)
{
    const QString page = QStringLiteral(
        "<html lang=\"ru\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
        "<title>Мост откроют в марте</title></head><body><article><h1>Мост откроют в марте</h1>"
        "<p>Городской совет утвердил план ремонта, и работы начнутся весной, сообщили в мэрии.</p>"
        "<p>Жители просили ускорить ремонт ещё прошлой осенью, однако денег тогда не нашлось.</p>"
        "</article></body></html>");
    QStringEncoder encoder("windows-1251");
    const PreparedDocument p = prepareOk(encoder.encode(page), QStringLiteral("most.html"));
    EXPECT_EQ(p.document.encoding, QLatin1String("WINDOWS-1251"));
    EXPECT_EQ(p.document.meta.title, QStringLiteral("Мост откроют в марте"));
    EXPECT_EQ(p.document.meta.language, QLatin1String("ru"));
    EXPECT_TRUE(p.document.text.contains(QStringLiteral("Жители просили ускорить ремонт")));
}

TEST(ImportHtml, DoctypeWithoutExtensionIsReadAsHtml)
{
    const QByteArray page = "<!DOCTYPE html><html><head><title>Plain page</title></head><body>"
                            "<p>A paragraph of article text that is long enough to count as one, with a comma.</p>"
                            "</body></html>";
    EXPECT_EQ(Importer::formatOf(QStringLiteral("saved"), page), Importer::Format::Html);
    const PreparedDocument p = prepareOk(page, QStringLiteral("saved"));
    EXPECT_FALSE(p.document.text.contains(u'<'));
    EXPECT_TRUE(p.document.text.contains(QStringLiteral("A paragraph of article text")));
}

TEST(ImportHtml, NothingIsFetched)
{
    // An external stylesheet, image and script on an unreachable host: import must not wait for them.
    const QByteArray page = "<html><head><link rel=stylesheet href='http://192.0.2.1/x.css'>"
                            "<script src='http://192.0.2.1/x.js'></script></head><body><article>"
                            "<p>Article text long enough to be taken as the body of this page, with commas, too.</p>"
                            "<img src='http://192.0.2.1/x.png'></article></body></html>";
    const PreparedDocument p = prepareOk(page, QStringLiteral("offline.html"));
    EXPECT_TRUE(p.document.text.contains(QStringLiteral("Article text long enough")));
}

} // namespace
