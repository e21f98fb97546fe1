// SPDX-License-Identifier: MIT
#include "revisioncomparedialog.h"

#include "analysis/reanchor.h"
#include "revisiondiff.h"
#include "store/projectstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Crossread {

namespace {

enum AuditColumn { StatusColumn, ConfidenceColumn, OldColumn, NewColumn };

QString diffText(const QList<WordDiffOp>& ops)
{
    QStringList parts;
    for (const WordDiffOp& op : ops) {
        switch (op.kind) {
        case WordDiffOp::Kind::Same: parts.append(op.text); break;
        case WordDiffOp::Kind::Added: parts.append(QStringLiteral("[+%1]").arg(op.text)); break;
        case WordDiffOp::Kind::Removed: parts.append(QStringLiteral("[−%1]").arg(op.text)); break;
        }
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

RevisionCompareDialog::RevisionCompareDialog(ProjectStore* store, DocumentId older, DocumentId newer, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_older(new QComboBox)
    , m_newer(new QComboBox)
    , m_summary(new QLabel)
    , m_diff(new QTextBrowser)
    , m_audit(new QTreeWidget)
{
    setObjectName(QStringLiteral("RevisionCompareDialog"));
    setWindowTitle(tr("Compare Revisions"));
    m_older->setObjectName(QStringLiteral("olderRevision"));
    m_older->setAccessibleName(tr("Older revision"));
    m_newer->setObjectName(QStringLiteral("newerRevision"));
    m_newer->setAccessibleName(tr("Newer revision"));
    m_diff->setObjectName(QStringLiteral("revisionDiff"));
    m_diff->setOpenLinks(false);
    m_audit->setObjectName(QStringLiteral("revisionAudit"));
    m_audit->setRootIsDecorated(false);
    m_audit->setHeaderLabels({tr("Annotation"), tr("Confidence"), tr("Before"), tr("Now")});
    m_audit->header()->setSectionResizeMode(OldColumn, QHeaderView::Stretch);
    m_audit->header()->setSectionResizeMode(NewColumn, QHeaderView::Stretch);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("revisionSummary"));

    auto* pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("From:")));
    pick->addWidget(m_older, 1);
    pick->addWidget(new QLabel(tr("To:")));
    pick->addWidget(m_newer, 1);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_diff);
    split->addWidget(m_audit);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(900, 700);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_older, &QComboBox::currentIndexChanged, this, &RevisionCompareDialog::update);
    connect(m_newer, &QComboBox::currentIndexChanged, this, &RevisionCompareDialog::update);
    connect(m_audit, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const AnnotationId id = item->data(StatusColumn, Qt::UserRole).toLongLong())
            Q_EMIT annotationActivated(id);
    });
    setRevisions(older, newer);
}

RevisionCompareDialog::~RevisionCompareDialog() = default;

void RevisionCompareDialog::setRevisions(DocumentId older, DocumentId newer)
{
    m_chain = m_store->revisionChain(newer != 0 ? newer : older);
    const QSignalBlocker b1(m_older);
    const QSignalBlocker b2(m_newer);
    m_older->clear();
    m_newer->clear();
    for (qsizetype i = 0; i < m_chain.size(); ++i) {
        m_older->addItem(tr("Revision %1").arg(i + 1), m_chain.at(i));
        m_newer->addItem(tr("Revision %1").arg(i + 1), m_chain.at(i));
    }
    m_older->setCurrentIndex(std::max(0, m_older->findData(older)));
    m_newer->setCurrentIndex(std::max(0, m_newer->findData(newer)));
    update();
}

QString RevisionCompareDialog::diffHtml() const
{
    return m_diff->toHtml();
}

QString RevisionCompareDialog::summary() const
{
    return m_summary->text();
}

void RevisionCompareDialog::update()
{
    const DocumentId older = m_older->currentData().toLongLong();
    const DocumentId newer = m_newer->currentData().toLongLong();
    if (older == 0 || newer == 0) {
        m_diff->clear();
        m_audit->clear();
        m_summary->setText(tr("This document has no other revision."));
        return;
    }
    RevisionDiffStats stats;
    m_diff->setHtml(revisionDiffHtml(m_store->documentText(older), m_store->documentText(newer), &stats));
    QString text = tr("%1 paragraph(s) reworded, %2 added, %3 removed; %4 word(s) added, %5 removed.")
                       .arg(stats.paragraphsChanged)
                       .arg(stats.paragraphsAdded)
                       .arg(stats.paragraphsRemoved)
                       .arg(stats.wordsAdded)
                       .arg(stats.wordsRemoved);
    const QString audit = fillAudit(older, newer);
    m_summary->setText(audit.isEmpty() ? text : text + QLatin1Char(' ') + audit);
}

QString RevisionCompareDialog::fillAudit(DocumentId older, DocumentId newer)
{
    m_audit->clear();
    // The stored audit belongs to a revision and the one just before it.
    const RevisionAudit audit = m_store->revisionAudit(newer);
    const bool applies = audit.previous == older && !audit.entries.isEmpty();
    m_audit->setVisible(applies);
    if (!applies)
        return {};
    for (const ReanchorEntry& e : audit.entries) {
        auto* item = new QTreeWidgetItem(m_audit);
        item->setText(StatusColumn, reanchorStatusLabel(e.status));
        item->setData(StatusColumn, Qt::UserRole, e.newAnnotation != 0 ? e.newAnnotation : e.oldAnnotation);
        item->setText(ConfidenceColumn, QLocale().toString(e.confidence * 100.0, 'f', 0) + QLatin1Char('%'));
        item->setText(OldColumn, e.oldQuote.simplified());
        item->setToolTip(OldColumn, e.oldQuote);
        if (e.status == ReanchorStatus::Reworded) {
            const QString diff = diffText(reanchorDiff(e));
            item->setText(NewColumn, diff);
            item->setToolTip(NewColumn, e.newQuote);
        } else if (e.newAnnotation != 0) {
            item->setText(NewColumn, e.newQuote.simplified());
        } else {
            item->setText(NewColumn, e.status == ReanchorStatus::Ambiguous
                                         ? tr("not attached: found in %n place(s)", nullptr, e.candidates)
                                         : tr("not attached: no longer in the text"));
        }
        // Orphaned and ambiguous entries need the user's eye: they stand out.
        if (e.newAnnotation == 0) {
            for (int c = 0; c < m_audit->columnCount(); ++c)
                item->setForeground(c, QColor(0xa0, 0x1a, 0x1a));
        }
    }
    return tr("Annotations: %1 in place, %2 moved, %3 reworded, %4 ambiguous, %5 orphaned.")
                                        .arg(audit.count(ReanchorStatus::Exact))
                                        .arg(audit.count(ReanchorStatus::Moved))
                                        .arg(audit.count(ReanchorStatus::Reworded))
                                        .arg(audit.count(ReanchorStatus::Ambiguous))
                                        .arg(audit.count(ReanchorStatus::Orphaned));
}

} // namespace Crossread
