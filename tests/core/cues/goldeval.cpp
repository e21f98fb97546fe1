// SPDX-License-Identifier: MIT
#include "goldeval.h"

#include "cues/suggestionengine.h"
#include "text/offsets.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Crossread::Gold {

namespace {

struct Label
{
    qint64 start;
    qint64 end;
    QString kind;
    QString speaker;
};

double overlap(qint64 s1, qint64 e1, qint64 s2, qint64 e2)
{
    const qint64 inter = std::min(e1, e2) - std::max(s1, s2);
    const qint64 uni = std::max(e1, e2) - std::min(s1, s2);
    return inter > 0 && uni > 0 ? double(inter) / double(uni) : 0.0;
}

QString surname(const QString& name)
{
    return name.simplified().section(u' ', -1).toLower();
}

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

Result evaluate(const QString& goldDir, const QString& samplesDir, const QString& corpusDir)
{
    Result result;
    SuggestionEngine engine;
    const QStringList files = QDir(goldDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile f(QDir(goldDir).filePath(name));
        const QJsonObject gold = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
        const QString source = gold.value(QLatin1String("source")).toString();
        const QString dir = source == QLatin1String("corpus") ? corpusDir : samplesDir;
        if (dir.isEmpty())
            continue;
        const QString text = readText(QDir(dir).filePath(gold.value(QLatin1String("file")).toString()));
        if (text.isEmpty()) {
            result.problems.append(name + QStringLiteral(": text not found"));
            continue;
        }
        ++result.files;
        QList<Label> labels;
        for (const QJsonValue& v : gold.value(QLatin1String("labels")).toArray()) {
            const QJsonObject o = v.toObject();
            const Label l{o.value(QLatin1String("start")).toInteger(), o.value(QLatin1String("end")).toInteger(),
                          o.value(QLatin1String("kind")).toString(), o.value(QLatin1String("speaker")).toString()};
            // The head guards the offsets: a label that no longer anchors is reported, not scored.
            if (!codePointMid(text, l.start, l.end).startsWith(o.value(QLatin1String("head")).toString())) {
                result.problems.append(QStringLiteral("%1: label at %2 does not anchor").arg(name).arg(l.start));
                continue;
            }
            labels.append(l);
        }
        const QList<Suggestion> predicted = engine.suggest(text);
        QList<bool> used(labels.size(), false);
        for (const Suggestion& s : predicted) {
            bool matched = false;
            const QString kind = suggestionKindName(s.kind);
            const QString scoreKind = kind == QLatin1String("attribution") ? QStringLiteral("quotation") : kind;
            ++result.scores[scoreKind].predicted;
            if (kind == QLatin1String("attribution"))
                ++result.scores[QStringLiteral("speaker")].predicted;
            for (qsizetype i = 0; i < labels.size(); ++i) {
                const Label& l = labels.at(i);
                if (used.at(i) || l.kind != kind || overlap(s.start, s.end, l.start, l.end) < 0.5)
                    continue;
                used[i] = true;
                ++result.scores[scoreKind].truePositives;
                if (kind == QLatin1String("attribution") && surname(s.speaker) == surname(l.speaker))
                    ++result.scores[QStringLiteral("speaker")].truePositives;
                else if (kind == QLatin1String("attribution"))
                    result.errors.append(QStringLiteral("%1 speaker %2 ≠ %3: %4").arg(name, s.speaker, l.speaker, s.text.left(50)));
                matched = true;
                break;
            }
            if (!matched)
                result.errors.append(QStringLiteral("%1 FP %2 [%3]: %4").arg(name, kind, s.speaker, s.text.left(70)));
        }
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (!used.at(i))
                result.errors.append(QStringLiteral("%1 FN %2: %3").arg(name, labels.at(i).kind,
                                                                     codePointMid(text, labels.at(i).start, labels.at(i).end).left(70)));
        }
        for (const Label& l : std::as_const(labels)) {
            ++result.scores[l.kind == QLatin1String("attribution") ? QStringLiteral("quotation") : l.kind].gold;
            if (l.kind == QLatin1String("attribution"))
                ++result.scores[QStringLiteral("speaker")].gold;
        }
    }
    return result;
}

} // namespace Crossread::Gold
