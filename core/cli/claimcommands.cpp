// SPDX-License-Identifier: MIT
// crossread-cli claims, claim-from-cluster, matrix and timeline (issue #9).
#include "commands_p.h"

#include "analysis/claimbuilder.h"
#include "analysis/coveragematrix.h"
#include "analysis/timeline.h"
#include "store/builtins.h"
#include "store/projectstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Crossread::Cli {

bool openExistingProject(ProjectStore& store, const QString& path, ProjectStore::OpenMode mode, Io& io)
{
    if (!QFileInfo::exists(path)) {
        io.err << tr("crossread-cli: project '%1' does not exist. Create it first with: crossread-cli new %1").arg(path)
               << '\n';
        return false;
    }
    StoreError error;
    if (!store.open(path, mode, &error)) {
        io.err << tr("crossread-cli: cannot open '%1': %2").arg(path, error.message) << '\n';
        return false;
    }
    return true;
}

namespace {

QJsonObject claimJson(const ProjectStore& store, const ClaimRecord& c)
{
    QJsonArray anchors;
    for (const ClaimAnchor& a : c.anchors) {
        const std::optional<Document> doc = store.document(a.document);
        anchors.append(QJsonObject{{QStringLiteral("annotation"), a.annotation},
                                   {QStringLiteral("document"), a.document},
                                   {QStringLiteral("outlet"), doc ? doc->meta.outlet : QString()},
                                   {QStringLiteral("start"), a.start},
                                   {QStringLiteral("end"), a.end},
                                   {QStringLiteral("text"), a.quote}});
    }
    QJsonArray evidence;
    for (const EvidenceLink& e : c.evidence)
        evidence.append(QJsonObject{{QStringLiteral("url"), e.url}, {QStringLiteral("title"), e.title}});
    const std::optional<Entity> speaker = c.speaker ? store.entity(c.speaker) : std::nullopt;
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("speaker"), speaker ? speaker->name : QString()},
            {QStringLiteral("verdict"), Builtins::ratingLabel(c.verdict)},
            {QStringLiteral("verdictKey"), c.verdict},
            {QStringLiteral("rationale"), c.rationale},
            {QStringLiteral("evidence"), evidence},
            {QStringLiteral("anchors"), anchors}};
}

void printClaims(const ProjectStore& store, Io& io, bool json)
{
    const QList<ClaimRecord> claims = store.claims();
    if (json) {
        QJsonArray array;
        for (const ClaimRecord& c : claims)
            array.append(claimJson(store, c));
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return;
    }
    for (const ClaimRecord& c : claims) {
        io.out << tr("Claim %1").arg(c.id) << '\t' << (c.verdict.isEmpty() ? tr("no verdict") : Builtins::ratingLabel(c.verdict)) << '\t'
               << c.title << '\n';
        for (const ClaimAnchor& a : c.anchors)
            io.out << "  " << a.document << '\t' << a.start << '\t' << a.end << '\t' << a.quote.simplified() << '\n';
    }
    io.out << tr("%n claim(s)", nullptr, int(claims.size())) << '\n';
}

/// Creates claims from the clusters numbered `wanted` (all when empty); prints what it did.
int claimsFromClusters(ProjectStore& store, const QList<int>& wanted, Io& io)
{
    const QList<StatementCluster> clusters = ClaimBuilder::projectClusters(store);
    int failed = 0, made = 0;
    for (const int n : wanted) {
        const bool exists = std::any_of(clusters.cbegin(), clusters.cend(), [n](const StatementCluster& c) { return c.id == n; });
        if (!exists) {
            io.err << tr("crossread-cli: there is no cluster %1 (see 'crossread-cli clusters').").arg(n) << '\n';
            ++failed;
        }
    }
    for (const StatementCluster& c : clusters) {
        if (!wanted.isEmpty() && !wanted.contains(c.id))
            continue;
        const ClaimId id = ClaimBuilder::fromCluster(store, c);
        if (!id) {
            io.err << tr("crossread-cli: cluster %1: %2").arg(c.id).arg(store.lastError().message) << '\n';
            ++failed;
            continue;
        }
        ++made;
        io.out << tr("cluster %1 → claim %2").arg(c.id).arg(id) << '\n';
    }
    io.out << tr("%n claim(s) made or extended", nullptr, made) << '\n';
    return failed ? Failed : Ok;
}

} // namespace

int cmdClaims(Io& io)
{
    constexpr const char* usage = QT_TRANSLATE_NOOP("Crossread::Cli", "Usage: crossread-cli claims PROJECT [--json] [--from-clusters]");
    if (io.args.contains(QLatin1String("--help"))) {
        io.out << tr(usage) << '\n'
               << tr("Print the claim records with their anchors and verdict; --from-clusters first makes a claim "
                     "record of every statement cluster.")
               << '\n';
        return Ok;
    }
    bool json = false, fromClusters = false;
    QStringList positional;
    for (const QString& a : io.args) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--from-clusters"))
            fromClusters = true;
        else if (a.startsWith(QLatin1String("--"))) {
            io.err << tr("crossread-cli: unknown option '%1'").arg(a) << '\n' << tr(usage) << '\n';
            return Usage;
        } else
            positional.append(a);
    }
    if (positional.size() != 1) {
        io.err << tr(usage) << '\n';
        return Usage;
    }
    ProjectStore store;
    const auto mode = fromClusters ? ProjectStore::OpenMode::ReadWrite : ProjectStore::OpenMode::ReadOnly;
    if (!openExistingProject(store, positional.first(), mode, io))
        return Failed;
    int rc = Ok;
    if (fromClusters) {
        // The cluster lines go to stderr when JSON follows, so stdout stays one JSON document.
        QTextStream& sink = json ? io.err : io.out;
        Io inner{io.args, sink, io.err};
        rc = claimsFromClusters(store, {}, inner);
    }
    printClaims(store, io, json);
    return rc;
}

int cmdClaimFromCluster(Io& io)
{
    constexpr const char* usage = QT_TRANSLATE_NOOP("Crossread::Cli", "Usage: crossread-cli claim-from-cluster PROJECT N…");
    if (io.args.contains(QLatin1String("--help"))) {
        io.out << tr(usage) << '\n'
               << tr("Confirm statement clusters N… (numbered as 'crossread-cli clusters' prints them) and make each a "
                     "claim record.")
               << '\n';
        return Ok;
    }
    if (io.args.size() < 2) {
        io.err << tr(usage) << '\n';
        return Usage;
    }
    QList<int> wanted;
    for (const QString& a : io.args.mid(1)) {
        bool ok = false;
        const int n = a.toInt(&ok);
        if (!ok || n < 0) {
            io.err << tr("crossread-cli: '%1' is not a cluster number").arg(a) << '\n';
            return Usage;
        }
        wanted.append(n);
    }
    ProjectStore store;
    if (!openExistingProject(store, io.args.first(), ProjectStore::OpenMode::ReadWrite, io))
        return Failed;
    return claimsFromClusters(store, wanted, io);
}

int cmdMatrix(Io& io)
{
    constexpr const char* usage = QT_TRANSLATE_NOOP("Crossread::Cli", "Usage: crossread-cli matrix PROJECT [--csv]");
    if (io.args.contains(QLatin1String("--help"))) {
        io.out << tr(usage) << '\n'
               << tr("Print the coverage matrix: claim records and speakers by outlet, with prominence and framing.")
               << '\n';
        return Ok;
    }
    const bool csv = io.args.contains(QLatin1String("--csv"));
    QStringList rest = io.args;
    rest.removeAll(QLatin1String("--csv"));
    if (rest.size() != 1) {
        io.err << tr(usage) << '\n';
        return Usage;
    }
    ProjectStore store;
    if (!openExistingProject(store, rest.first(), ProjectStore::OpenMode::ReadOnly, io))
        return Failed;
    const CoverageMatrix m = CoverageMatrix::build(store);
    if (csv) {
        io.out << m.toCsv();
        return Ok;
    }
    for (const CoverageRow& row : m.rows) {
        io.out << (row.kind == CoverageRow::Kind::Claim ? tr("Claim") : tr("Speaker")) << ": " << row.label.left(70);
        if (!row.verdict.isEmpty())
            io.out << " [" << Builtins::ratingLabel(row.verdict) << ']';
        io.out << '\n';
        for (int c = 0; c < row.cells.size(); ++c) {
            const CoverageCell& cell = row.cells[c];
            io.out << "  " << m.outlets.value(c) << ": ";
            if (cell.carried)
                io.out << prominenceLabel(cell.prominence) << ", " << cell.framing.summary();
            else
                io.out << tr("omitted");
            io.out << '\n';
        }
    }
    return Ok;
}

int cmdTimeline(Io& io)
{
    constexpr const char* usage = QT_TRANSLATE_NOOP("Crossread::Cli", "Usage: crossread-cli timeline PROJECT [--json]");
    const bool json = io.args.contains(QLatin1String("--json"));
    QStringList rest = io.args;
    rest.removeAll(QLatin1String("--json"));
    if (rest.size() != 1 || rest.first() == QLatin1String("--help")) {
        (rest.size() == 1 ? io.out : io.err) << tr(usage) << '\n';
        return rest.size() == 1 ? Ok : Usage;
    }
    ProjectStore store;
    if (!openExistingProject(store, rest.first(), ProjectStore::OpenMode::ReadOnly, io))
        return Failed;
    const Timeline t = Timeline::build(store);
    const auto date = [](const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    if (json) {
        QJsonArray claims;
        for (const ClaimTimeline& c : t.claims) {
            QJsonArray appearances;
            for (const TimelineAppearance& a : c.appearances)
                appearances.append(QJsonObject{{QStringLiteral("document"), a.document},
                                               {QStringLiteral("outlet"), a.outlet},
                                               {QStringLiteral("date"), date(a.published)},
                                               {QStringLiteral("daysAfterFirst"), a.daysAfterFirst}});
            claims.append(QJsonObject{{QStringLiteral("claim"), c.claim},
                                      {QStringLiteral("title"), c.label},
                                      {QStringLiteral("verdict"), Builtins::ratingLabel(c.verdict)},
                                      {QStringLiteral("verdictKey"), c.verdict},
                                      {QStringLiteral("appearances"), appearances}});
        }
        io.out << QString::fromUtf8(QJsonDocument(claims).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const ClaimTimeline& c : t.claims) {
        io.out << c.label.left(70) << '\n';
        for (const TimelineAppearance& a : c.appearances) {
            io.out << "  " << (a.published.isValid() ? date(a.published) : tr("undated")) << '\t' << a.outlet;
            if (a.daysAfterFirst > 0)
                io.out << '\t' << tr("+%n day(s)", nullptr, a.daysAfterFirst);
            io.out << '\n';
        }
    }
    return Ok;
}

} // namespace Crossread::Cli
