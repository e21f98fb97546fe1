// SPDX-License-Identifier: MIT
#include "clusteractions.h"

#include "store/projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUndoStack>

namespace Crossread {

namespace {

const QString kSplitsKey = QStringLiteral("matching.splits");

QString memberKey(const ClusterMember& m)
{
    return QStringLiteral("%1:%2:%3").arg(m.document).arg(m.start).arg(m.end);
}

// Each remembered split is a list of member keys that were split off together.
QList<QSet<QString>> loadSplits(const ProjectStore& store)
{
    QList<QSet<QString>> out;
    const QJsonArray groups = QJsonDocument::fromJson(store.setting(kSplitsKey).toUtf8()).array();
    for (const QJsonValue& g : groups) {
        QSet<QString> keys;
        for (const QJsonValue& k : g.toArray())
            keys.insert(k.toString());
        if (!keys.isEmpty())
            out.append(keys);
    }
    return out;
}

bool linked(const ProjectStore& store, AnnotationId a, AnnotationId b)
{
    for (const AnnotationLink& l : store.links(a)) {
        if (l.kind == LinkKind::SameStatement && ((l.from == a && l.to == b) || (l.from == b && l.to == a)))
            return true;
    }
    return false;
}

// Runs `body` inside one undo macro; the macro is closed whatever happens.
template<typename F>
auto inMacro(ProjectStore& store, const QString& label, F body)
{
    store.undoStack()->beginMacro(label);
    auto result = body();
    store.undoStack()->endMacro();
    return result;
}

} // namespace

AnnotationId ClusterActions::memberAnnotation(const ProjectStore& store, const ClusterMember& member)
{
    for (const Annotation& a : store.annotations(member.document)) {
        if (a.start == member.start && a.end == member.end)
            return a.id;
    }
    return 0;
}

bool ClusterActions::isConfirmed(const ProjectStore& store, const StatementCluster& cluster)
{
    if (cluster.members.size() < 2)
        return false;
    const AnnotationId first = memberAnnotation(store, cluster.members.first());
    if (first == 0)
        return false;
    for (qsizetype i = 1; i < cluster.members.size(); ++i) {
        const AnnotationId id = memberAnnotation(store, cluster.members[i]);
        if (id == 0 || !linked(store, first, id))
            return false;
    }
    return true;
}

QList<AnnotationId> ClusterActions::confirm(ProjectStore& store, const StatementCluster& cluster)
{
    if (cluster.members.size() < 2 || store.isReadOnly())
        return {};
    return inMacro(store, tr("Confirm statement cluster"), [&]() -> QList<AnnotationId> {
        EntityId speaker = 0;
        if (!cluster.speaker.isEmpty())
            speaker = store.ensureEntity(cluster.speaker);
        const std::optional<Tag> attribution = store.builtinTag(QStringLiteral("attribution"));
        QList<AnnotationId> ids;
        QList<Annotation> missing;
        QList<int> missingAt;
        for (const ClusterMember& m : cluster.members) {
            ids.append(memberAnnotation(store, m));
            if (ids.last() == 0) {
                Annotation a;
                a.document = m.document;
                a.start = m.start;
                a.end = m.end;
                if (attribution)
                    a.tags = {attribution->id};
                a.speaker = speaker;
                missing.append(a);
                missingAt.append(int(ids.size()) - 1);
            }
        }
        if (!missing.isEmpty()) {
            const QList<AnnotationId> added = store.addAnnotations(missing);
            if (added.size() != missing.size())
                return {};
            for (qsizetype i = 0; i < added.size(); ++i)
                ids[missingAt[i]] = added[i];
        }
        for (qsizetype i = 1; i < ids.size(); ++i) {
            if (ids[i] != ids.first() && !linked(store, ids.first(), ids[i])
                && store.addLink(ids.first(), ids[i], LinkKind::SameStatement) == 0)
                return {};
        }
        return ids;
    });
}

bool ClusterActions::split(ProjectStore& store, const StatementCluster& cluster, const QList<int>& members)
{
    QSet<int> chosen;
    for (int i : members) {
        if (i >= 0 && i < cluster.members.size())
            chosen.insert(i);
    }
    if (chosen.isEmpty() || chosen.size() >= cluster.members.size() || store.isReadOnly())
        return false;
    return inMacro(store, tr("Split statement cluster"), [&]() {
        QJsonArray groups = QJsonDocument::fromJson(store.setting(kSplitsKey).toUtf8()).array();
        QJsonArray keys;
        for (int i : chosen)
            keys.append(memberKey(cluster.members[i]));
        groups.append(keys);
        if (!store.setSetting(kSplitsKey, QString::fromUtf8(QJsonDocument(groups).toJson(QJsonDocument::Compact))))
            return false;
        for (int i : chosen) {
            const AnnotationId a = memberAnnotation(store, cluster.members[i]);
            if (a == 0)
                continue;
            for (const AnnotationLink& l : store.links(a)) {
                if (l.kind != LinkKind::SameStatement)
                    continue;
                const AnnotationId other = l.from == a ? l.to : l.from;
                for (qsizetype j = 0; j < cluster.members.size(); ++j) {
                    if (!chosen.contains(int(j)) && memberAnnotation(store, cluster.members[j]) == other) {
                        if (!store.removeLink(l.id))
                            return false;
                    }
                }
            }
        }
        return true;
    });
}

QList<StatementCluster> ClusterActions::applySplits(const ProjectStore& store, QList<StatementCluster> clusters)
{
    const QList<QSet<QString>> splits = loadSplits(store);
    if (splits.isEmpty())
        return clusters;
    QList<StatementCluster> out;
    for (StatementCluster& c : clusters) {
        QList<StatementCluster> parts{c};
        for (const QSet<QString>& group : splits) {
            QList<StatementCluster> next;
            for (const StatementCluster& p : parts) {
                StatementCluster in = p, rest = p;
                in.members.clear();
                rest.members.clear();
                for (const ClusterMember& m : p.members)
                    (group.contains(memberKey(m)) ? in : rest).members.append(m);
                for (StatementCluster* part : {&rest, &in}) {
                    if (!part->members.isEmpty())
                        next.append(*part);
                }
            }
            parts = next;
        }
        for (StatementCluster& p : parts) {
            if (p.documentCount() >= 2)
                out.append(p);
        }
    }
    return out;
}

QList<AnnotationId> ClusterActions::membersLackingVerdict(const ProjectStore& store, AnnotationId annotation)
{
    const std::optional<Annotation> source = store.annotation(annotation);
    if (!source || source->verdict.isEmpty())
        return {};
    QList<AnnotationId> out;
    QSet<AnnotationId> seen{annotation};
    QList<AnnotationId> queue{annotation};
    while (!queue.isEmpty()) {
        const AnnotationId a = queue.takeFirst();
        for (const AnnotationLink& l : store.links(a)) {
            const AnnotationId other = l.from == a ? l.to : l.from;
            if (l.kind != LinkKind::SameStatement || seen.contains(other))
                continue;
            seen.insert(other);
            queue.append(other);
            const std::optional<Annotation> o = store.annotation(other);
            if (o && o->verdict != source->verdict)
                out.append(other);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool ClusterActions::offerVerdict(ProjectStore& store, AnnotationId annotation, const QList<AnnotationId>& targets)
{
    const std::optional<Annotation> source = store.annotation(annotation);
    if (!source || targets.isEmpty())
        return false;
    return inMacro(store, tr("Give verdict to the same statement"), [&]() {
        for (AnnotationId t : targets) {
            if (!store.setVerdict(t, source->verdict))
                return false;
        }
        return true;
    });
}

} // namespace Crossread
