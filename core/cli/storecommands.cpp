// SPDX-License-Identifier: MIT
// crossread-cli new, info, check, annotate and annotations.
#include "commands_p.h"

#include "store/builtins.h"
#include "store/projectstore.h"
#include "text/offsets.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

namespace Crossread::Cli {

namespace {

bool wantsHelp(const Io& io, const char* usage, const char* summary)
{
    if (!io.args.contains(QLatin1String("--help")))
        return false;
    io.out << tr(usage) << '\n' << tr(summary) << '\n';
    return true;
}

bool openProject(ProjectStore& store, const QString& path, ProjectStore::OpenMode mode, Io& io)
{
    StoreError error;
    if (!store.open(path, mode, &error)) {
        io.err << tr("crossread-cli: %1").arg(error.message) << '\n';
        return false;
    }
    return true;
}

/// DOC is a document id, or a title or original file name (case-insensitive).
std::optional<Document> findDocument(const ProjectStore& store, const QString& key, Io& io)
{
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    QList<Document> matches;
    for (const Document& d : store.documents()) {
        if ((isNumber && d.id == id) || d.meta.title.compare(key, Qt::CaseInsensitive) == 0
            || d.originalFileName.compare(key, Qt::CaseInsensitive) == 0)
            matches.append(d);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        io.err << tr("crossread-cli: no document '%1' in the project (see: crossread-cli list FILE).").arg(key) << '\n';
    else
        io.err << tr("crossread-cli: '%1' names %2 documents; use the document's id.").arg(key).arg(matches.size()) << '\n';
    return std::nullopt;
}

QJsonObject toJson(const ProjectStore& store, const Annotation& a)
{
    // Labels in the UI language for people, keys beside them for scripts: a built-in's key
    // ("claim", "mostly-true") whatever the language, a user's tag or rating as written.
    QJsonArray tags, tagKeys;
    for (const TagId id : a.tags) {
        if (const std::optional<Tag> t = store.tag(id)) {
            tags.append(t->name);
            tagKeys.append(t->builtin.isEmpty() ? t->name : t->builtin);
        }
    }
    QJsonArray evidence;
    for (const EvidenceLink& e : a.evidence) {
        evidence.append(QJsonObject{{QStringLiteral("url"), e.url},
                                    {QStringLiteral("title"), e.title},
                                    {QStringLiteral("accessed"), e.accessed.isValid() ? e.accessed.toString(Qt::ISODate) : QString()}});
    }
    QJsonValue speaker = QJsonValue::Null;
    if (a.speaker)
        if (const std::optional<Entity> e = store.entity(a.speaker))
            speaker = e->name;
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("document"), a.document},
        {QStringLiteral("start"), a.start},
        {QStringLiteral("end"), a.end},
        {QStringLiteral("quote"), a.quote},
        {QStringLiteral("prefix"), a.prefix},
        {QStringLiteral("suffix"), a.suffix},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("tagKeys"), tagKeys},
        {QStringLiteral("note"), a.note},
        {QStringLiteral("verdict"), a.verdict.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(Builtins::ratingLabel(a.verdict))},
        {QStringLiteral("verdictKey"), a.verdict.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.verdict)},
        {QStringLiteral("rationale"), a.rationale},
        {QStringLiteral("speaker"), speaker},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("annotator"), a.annotator},
        {QStringLiteral("created"), a.created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("modified"), a.modified.toString(Qt::ISODateWithMs)},
        {QStringLiteral("orphaned"), a.orphaned},
    };
}

} // namespace

int cmdNew(Io& io)
{
    constexpr const char* usage = QT_TRANSLATE_NOOP("Crossread::Cli", "Usage: crossread-cli new FILE");
    if (wantsHelp(io, usage, QT_TRANSLATE_NOOP("Crossread::Cli", "Creates an empty project file.")))
        return Ok;
    if (io.args.size() != 1 || io.args.first().startsWith(u'-'))
        return usageError(io, tr("new needs exactly one FILE."), usage);
    ProjectStore store;
    StoreError error;
    if (!store.create(io.args.first(), &error)) {
        io.err << tr("crossread-cli: %1").arg(error.message) << '\n';
        return Failed;
    }
    io.out << tr("Created %1 (format version %2).").arg(io.args.first()).arg(store.schemaVersion()) << '\n';
    return Ok;
}

int cmdInfo(Io& io)
{
    constexpr const char* usage = QT_TRANSLATE_NOOP("Crossread::Cli", "Usage: crossread-cli info FILE");
    if (wantsHelp(io, usage, QT_TRANSLATE_NOOP("Crossread::Cli", "Shows the format version and the number of rows per table.")))
        return Ok;
    if (io.args.size() != 1)
        return usageError(io, tr("info needs exactly one FILE."), usage);
    ProjectStore store;
    if (!openProject(store, io.args.first(), ProjectStore::OpenMode::ReadOnly, io))
        return Failed;
    io.out << tr("Project: %1").arg(QFileInfo(io.args.first()).absoluteFilePath()) << '\n'
           << tr("Format version: %1 (this build writes %2)").arg(store.schemaVersion()).arg(ProjectStore::currentSchemaVersion())
           << '\n'
           << tr("Rows per table:") << '\n';
    for (const auto& [table, count] : store.tableCounts())
        io.out << "  " << table.leftJustified(18) << ' ' << count << '\n';
    return Ok;
}

int cmdCheck(Io& io)
{
    constexpr const char* usage = QT_TRANSLATE_NOOP("Crossread::Cli", "Usage: crossread-cli check FILE");
    if (wantsHelp(io, usage,
                  QT_TRANSLATE_NOOP("Crossread::Cli", "Checks the file's integrity, every document's hash and every annotation's "
                                           "quote; exits with 1 when something is wrong.")))
        return Ok;
    if (io.args.size() != 1)
        return usageError(io, tr("check needs exactly one FILE."), usage);
    ProjectStore store;
    if (!openProject(store, io.args.first(), ProjectStore::OpenMode::ReadOnly, io))
        return Failed;
    int problems = 0;
    for (const QString& p : store.integrityProblems()) {
        io.out << tr("integrity: %1").arg(p) << '\n';
        ++problems;
    }
    const QList<Document> docs = store.documents();
    for (const Document& doc : docs) {
        if (QCryptographicHash::hash(store.originalBytes(doc.id), QCryptographicHash::Sha256) != doc.sha256) {
            io.out << tr("document %1: the original bytes do not match their SHA-256").arg(doc.id) << '\n';
            ++problems;
        }
        if (codePointLength(store.documentText(doc.id)) != doc.length) {
            io.out << tr("document %1: the stored length does not match the text").arg(doc.id) << '\n';
            ++problems;
        }
    }
    const QList<Annotation> all = store.allAnnotations();
    for (const Annotation& a : all) {
        if (!a.orphaned)
            continue;
        const QString actual = codePointMid(store.documentText(a.document), a.start, a.end);
        io.out << tr("annotation %1 in document %2: the quote “%3” does not match the text at [%4, %5): “%6”")
                      .arg(a.id)
                      .arg(a.document)
                      .arg(a.quote)
                      .arg(a.start)
                      .arg(a.end)
                      .arg(actual)
               << '\n';
        ++problems;
    }
    if (problems) {
        io.out << tr("%1: %n problem(s) found.", nullptr, problems).arg(io.args.first()) << '\n';
        return Failed;
    }
    io.out << tr("%1: ok (%2 documents, %3 annotations verified).").arg(io.args.first()).arg(docs.size()).arg(all.size())
           << '\n';
    return Ok;
}

int cmdAnnotate(Io& io)
{
    constexpr const char* usage = QT_TRANSLATE_NOOP(
        "Crossread::Cli", "Usage: crossread-cli annotate FILE DOC --start N --end M --tag NAME… [--note TEXT] [--verdict NAME] "
               "[--speaker NAME]");
    if (wantsHelp(io, usage,
                  QT_TRANSLATE_NOOP("Crossread::Cli", "Annotates code points [N, M) of document DOC (an id or a title) and "
                                           "prints the new annotation's id once it is saved.")))
        return Ok;
    QStringList positional, tagNames;
    QString note, verdict, speaker;
    std::optional<qint64> start, end;
    const auto value = [&](qsizetype& i) -> std::optional<QString> {
        if (i + 1 >= io.args.size())
            return std::nullopt;
        return io.args.at(++i);
    };
    for (qsizetype i = 0; i < io.args.size(); ++i) {
        const QString& a = io.args.at(i);
        if (a == QLatin1String("--start") || a == QLatin1String("--end")) {
            const std::optional<QString> v = value(i);
            bool ok = false;
            const qint64 n = v ? v->toLongLong(&ok) : 0;
            if (!ok)
                return usageError(io, tr("%1 needs a whole number.").arg(a), usage);
            (a == QLatin1String("--start") ? start : end) = n;
        } else if (a == QLatin1String("--tag")) {
            // --tag A B C and --tag A --tag B both work.
            if (i + 1 >= io.args.size() || io.args.at(i + 1).startsWith(QLatin1String("--")))
                return usageError(io, tr("--tag needs a tag name."), usage);
            while (i + 1 < io.args.size() && !io.args.at(i + 1).startsWith(QLatin1String("--")))
                tagNames.append(io.args.at(++i));
        } else if (a == QLatin1String("--note") || a == QLatin1String("--verdict") || a == QLatin1String("--speaker")) {
            const std::optional<QString> v = value(i);
            if (!v)
                return usageError(io, tr("%1 needs a value.").arg(a), usage);
            (a == QLatin1String("--note") ? note : a == QLatin1String("--verdict") ? verdict : speaker) = *v;
        } else if (a.startsWith(QLatin1String("--"))) {
            return usageError(io, tr("unknown option %1.").arg(a), usage);
        } else {
            positional.append(a);
        }
    }
    if (positional.size() != 2)
        return usageError(io, tr("annotate needs FILE and DOC."), usage);
    if (!start || !end)
        return usageError(io, tr("annotate needs --start and --end."), usage);
    if (tagNames.isEmpty())
        return usageError(io, tr("annotate needs at least one --tag."), usage);

    ProjectStore store;
    if (!openProject(store, positional[0], ProjectStore::OpenMode::ReadWrite, io))
        return Failed;
    const std::optional<Document> doc = findDocument(store, positional[1], io);
    if (!doc)
        return Failed;
    Annotation a;
    a.document = doc->id;
    a.start = *start;
    a.end = *end;
    a.note = note;
    a.verdict = verdict;
    for (const QString& name : std::as_const(tagNames)) {
        const std::optional<Tag> t = store.tagByName(name);
        if (!t) {
            QStringList known;
            for (const Tag& k : store.tags())
                known.append(k.name);
            io.err << tr("crossread-cli: no tag '%1' (tags: %2).").arg(name, known.join(QStringLiteral(", "))) << '\n';
            return Failed;
        }
        a.tags.append(t->id);
    }
    bool newSpeaker = false;
    if (!speaker.isEmpty()) {
        if (const std::optional<Entity> known = store.entityByName(speaker)) {
            a.speaker = known->id;
        } else {
            a.speaker = store.addEntity(Entity{0, speaker, {}, {}});
            newSpeaker = a.speaker != 0;
        }
    }
    const QList<AnnotationId> ids = a.speaker || speaker.isEmpty() ? store.addAnnotations({a}) : QList<AnnotationId>();
    if (ids.isEmpty()) {
        const StoreError error = store.lastError();
        // Do not leave a new speaker behind when the annotation itself was refused.
        if (newSpeaker)
            store.undoStack()->undo();
        io.err << tr("crossread-cli: %1").arg(error.message) << '\n';
        return Failed;
    }
    io.out << ids.first() << '\n';
    return Ok;
}

int cmdAnnotations(Io& io)
{
    constexpr const char* usage = QT_TRANSLATE_NOOP("Crossread::Cli", "Usage: crossread-cli annotations FILE [DOC] [--json]");
    if (wantsHelp(io, usage,
                  QT_TRANSLATE_NOOP("Crossread::Cli", "Prints every annotation (of one document, when DOC is given) with its "
                                           "anchor, quote, tags, verdict, speaker and note.")))
        return Ok;
    bool json = false;
    QStringList positional;
    for (const QString& a : std::as_const(io.args)) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a.startsWith(QLatin1String("--")))
            return usageError(io, tr("unknown option %1.").arg(a), usage);
        else
            positional.append(a);
    }
    if (positional.isEmpty() || positional.size() > 2)
        return usageError(io, tr("annotations needs FILE and optionally DOC."), usage);
    ProjectStore store;
    if (!openProject(store, positional[0], ProjectStore::OpenMode::ReadOnly, io))
        return Failed;
    QList<Annotation> list;
    if (positional.size() == 2) {
        const std::optional<Document> doc = findDocument(store, positional[1], io);
        if (!doc)
            return Failed;
        list = store.annotations(doc->id);
    } else {
        list = store.allAnnotations();
    }
    if (json) {
        QJsonArray array;
        for (const Annotation& a : std::as_const(list))
            array.append(toJson(store, a));
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const Annotation& a : std::as_const(list)) {
        QStringList tags;
        for (const TagId id : a.tags) {
            if (const std::optional<Tag> t = store.tag(id))
                tags.append(t->name);
        }
        io.out << a.id << '\t' << a.document << '\t' << a.start << '-' << a.end << '\t' << tags.join(u',') << '\t'
               << (a.verdict.isEmpty() ? QStringLiteral("-") : Builtins::ratingLabel(a.verdict)) << '\t' << u'“' << a.quote << u'”'
               << (a.orphaned ? tr(" (orphaned)") : QString()) << '\n';
    }
    return Ok;
}

} // namespace Crossread::Cli
