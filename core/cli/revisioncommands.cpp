// SPDX-License-Identifier: MIT
// crossread-cli import PROJECT --revision-of DOC FILE: a new revision and its re-anchoring audit.
#include "commands_p.h"

#include "analysis/reanchor.h"
#include "analysis/revisionimport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Crossread::Cli {

namespace {

/// "[-old words-] {+new words+}" as in `git diff --word-diff`.
QString diffText(const QList<WordDiffOp>& ops)
{
    QStringList parts;
    for (const WordDiffOp& op : ops) {
        switch (op.kind) {
        case WordDiffOp::Kind::Same: parts.append(op.text); break;
        case WordDiffOp::Kind::Removed: parts.append(QStringLiteral("[-") + op.text + QStringLiteral("-]")); break;
        case WordDiffOp::Kind::Added: parts.append(QStringLiteral("{+") + op.text + QStringLiteral("+}")); break;
        }
    }
    return parts.join(u' ');
}

QJsonObject entryJson(const ReanchorEntry& e)
{
    QJsonObject o{{QStringLiteral("status"), reanchorStatusName(e.status)},
                  {QStringLiteral("oldAnnotation"), e.oldAnnotation},
                  {QStringLiteral("newAnnotation"), e.newAnnotation},
                  {QStringLiteral("confidence"), e.confidence},
                  {QStringLiteral("candidates"), e.candidates},
                  {QStringLiteral("oldStart"), e.oldStart},
                  {QStringLiteral("oldEnd"), e.oldEnd},
                  {QStringLiteral("newStart"), e.newStart},
                  {QStringLiteral("newEnd"), e.newEnd},
                  {QStringLiteral("oldText"), e.oldQuote},
                  {QStringLiteral("newText"), e.newQuote}};
    if (e.status == ReanchorStatus::Reworded)
        o.insert(QStringLiteral("wordDiff"), diffText(reanchorDiff(e)));
    return o;
}

} // namespace

int cmdImportRevision(Io& io)
{
    constexpr const char* usage =
        QT_TRANSLATE_NOOP("Crossread::Cli", "Usage: crossread-cli import PROJECT --revision-of DOC FILE [--json] [--no-repair]");
    if (io.args.contains(QLatin1String("--help"))) {
        io.out << tr(usage) << '\n'
               << tr("Imports FILE as a newer revision of document DOC and re-anchors every annotation onto it, "
                     "printing what moved, what was reworded and what is orphaned or ambiguous.")
               << '\n';
        return Ok;
    }
    QStringList positional;
    QString of;
    bool json = false;
    ImportOptions options;
    for (qsizetype i = 0; i < io.args.size(); ++i) {
        const QString& a = io.args.at(i);
        if (a == QLatin1String("--revision-of") && i + 1 < io.args.size())
            of = io.args.at(++i);
        else if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--no-repair"))
            options.repairExtractedText = false;
        else if (a.startsWith(QLatin1String("--"))) {
            io.err << tr("crossread-cli: unknown option '%1'").arg(a) << '\n' << tr(usage) << '\n';
            return Usage;
        } else
            positional.append(a);
    }
    bool ok = false;
    const DocumentId doc = of.toLongLong(&ok);
    if (positional.size() != 2 || !ok || doc <= 0) {
        io.err << tr(usage) << '\n';
        return Usage;
    }
    ProjectStore store;
    if (!openExistingProject(store, positional[0], ProjectStore::OpenMode::ReadWrite, io))
        return Failed;
    RevisionAudit audit;
    QString error;
    const DocumentId id = RevisionImport::importFile(store, doc, positional[1], &audit, &error, options);
    if (!id) {
        io.err << QStringLiteral("crossread-cli: ") << error << '\n';
        return Failed;
    }
    const std::optional<RevisionInfo> info = store.revisionInfo(id);
    if (json) {
        QJsonArray entries;
        for (const ReanchorEntry& e : audit.entries)
            entries.append(entryJson(e));
        io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("document"), id},
                                                              {QStringLiteral("previous"), audit.previous},
                                                              {QStringLiteral("revision"), info ? info->number : 0},
                                                              {QStringLiteral("entries"), entries}})
                                        .toJson(QJsonDocument::Indented));
        return Ok;
    }
    io.out << tr("document %1 is revision %2 of document %3").arg(id).arg(info ? info->number : 0).arg(audit.previous)
           << '\n';
    for (const ReanchorEntry& e : audit.entries) {
        io.out << reanchorStatusName(e.status) << '\t' << e.oldAnnotation << '\t' << e.oldStart << '-' << e.oldEnd;
        if (e.newStart >= 0)
            io.out << "\t→ " << e.newAnnotation << '\t' << e.newStart << '-' << e.newEnd;
        io.out << '\t' << QString::number(e.confidence, 'f', 2) << '\t' << e.oldQuote.simplified().left(80) << '\n';
        if (e.status == ReanchorStatus::Reworded)
            io.out << "\t" << diffText(reanchorDiff(e)) << '\n';
        if (e.status == ReanchorStatus::Ambiguous)
            io.out << "\t" << tr("found %1 times; the context does not tell which: not attached").arg(e.candidates) << '\n';
    }
    io.out << tr("%1 unchanged, %2 moved, %3 reworded, %4 ambiguous, %5 orphaned")
                  .arg(audit.count(ReanchorStatus::Exact))
                  .arg(audit.count(ReanchorStatus::Moved))
                  .arg(audit.count(ReanchorStatus::Reworded))
                  .arg(audit.count(ReanchorStatus::Ambiguous))
                  .arg(audit.count(ReanchorStatus::Orphaned))
           << '\n';
    return Ok;
}

} // namespace Crossread::Cli
