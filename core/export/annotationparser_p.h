// SPDX-License-Identifier: MIT
// Reading W3C Web Annotation JSON into plain structs, apart from anchoring and storing them.
#pragma once

#include "anchoring.h"
#include "store/types.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace Crossread {

/// One annotation as read from the file, before it is anchored.
struct ParsedAnnotation
{
    QString id;
    QStringList sources;
    AnchorRequest anchor;
    QStringList tags;
    QStringList notes;
    QString verdict;
    QString rationale;
    Entity speaker;
    QList<EvidenceLink> evidence;
    QString annotator;
    QDateTime created;
    QDateTime modified;
    QString documentSha256;
    QList<QPair<LinkKind, QString>> links;
};

ParsedAnnotation parseAnnotation(const QJsonObject& o);
/// The annotations of a collection (its embedded pages), a page, a single annotation or an array,
/// and Crossread's tag definitions when the file has them. False with a translated `error` otherwise.
bool collectItems(const QJsonDocument& doc, QJsonArray& items, QJsonArray& tagDefs, QString* error);

} // namespace Crossread
