// SPDX-License-Identifier: MIT
// crossread-cli clusters: statement clusters across the project's documents.
#include "commands_p.h"

#include "matching/clusteractions.h"
#include "matching/clusterjob.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Crossread::Cli {

namespace {

const char* const kClustersUsage = QT_TRANSLATE_NOOP("Crossread::Cli", "Usage: crossread-cli clusters PROJECT [--json]");

QJsonObject toJson(const StatementCluster& c)
{
    QJsonArray members;
    for (const ClusterMember& m : c.members) {
        members.append(QJsonObject{{QStringLiteral("document"), m.document},
                                   {QStringLiteral("start"), m.start},
                                   {QStringLiteral("end"), m.end},
                                   {QStringLiteral("text"), m.text},
                                   {QStringLiteral("quoted"), m.quoted},
                                   {QStringLiteral("speaker"), m.speaker},
                                   {QStringLiteral("outlet"), m.outlet},
                                   {QStringLiteral("published"),
                                    m.published.isValid() ? m.published.toString(Qt::ISODate) : QString()}});
    }
    return {{QStringLiteral("id"), c.id}, {QStringLiteral("speaker"), c.speaker}, {QStringLiteral("members"), members}};
}

} // namespace

int cmdClusters(Io& io)
{
    if (io.args.contains(QLatin1String("--help"))) {
        io.out << tr(kClustersUsage) << '\n'
               << tr("Find passages in different documents that render the same statement.") << '\n';
        return Ok;
    }
    const bool json = io.args.contains(QLatin1String("--json"));
    QStringList rest = io.args;
    rest.removeAll(QLatin1String("--json"));
    if (rest.size() != 1) {
        io.err << tr(kClustersUsage) << '\n';
        return Usage;
    }
    ProjectStore store;
    StoreError error;
    if (!store.open(rest.first(), ProjectStore::OpenMode::ReadOnly, &error)) {
        io.err << QStringLiteral("crossread-cli: ") << error.message << '\n';
        return Failed;
    }
    const QList<StatementCluster> clusters =
        ClusterActions::applySplits(store, QuoteMatcher::cluster(matchDocumentsOf(store)));
    if (json) {
        QJsonArray array;
        for (const StatementCluster& c : clusters)
            array.append(toJson(c));
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const StatementCluster& c : clusters) {
        io.out << tr("Cluster %1").arg(c.id);
        if (!c.speaker.isEmpty())
            io.out << " — " << c.speaker;
        io.out << '\n';
        for (const ClusterMember& m : c.members)
            io.out << "  " << m.document << '\t' << m.start << '\t' << m.end << '\t' << m.text.simplified() << '\n';
    }
    io.out << tr("%1 clusters").arg(clusters.size()) << '\n';
    return Ok;
}

} // namespace Crossread::Cli
