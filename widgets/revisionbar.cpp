// SPDX-License-Identifier: MIT
#include "revisionbar.h"

#include "documentcolumn.h"
#include "documentview.h"
#include "store/projectstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace Crossread {

RevisionBar::RevisionBar(ProjectStore* store, DocumentColumn* column, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_column(column)
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_combo(new QComboBox(this))
    , m_compare(new QToolButton(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("revisionBar"));
    m_previous->setObjectName(QStringLiteral("previousRevision"));
    m_previous->setText(QStringLiteral("‹"));
    m_previous->setToolTip(tr("Show the previous revision"));
    m_previous->setAccessibleName(m_previous->toolTip());
    m_next->setObjectName(QStringLiteral("nextRevision"));
    m_next->setText(QStringLiteral("›"));
    m_next->setToolTip(tr("Show the next revision"));
    m_next->setAccessibleName(m_next->toolTip());
    m_combo->setObjectName(QStringLiteral("revisionCombo"));
    m_combo->setAccessibleName(tr("Revision shown"));
    m_compare->setObjectName(QStringLiteral("compareRevisions"));
    m_compare->setText(tr("Compare…"));
    m_compare->setToolTip(tr("Word diff against the previous revision, and how the annotations were re-anchored"));
    m_label->setForegroundRole(QPalette::PlaceholderText);
    for (QToolButton* b : {m_previous, m_next, m_compare})
        b->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 2, 6, 2);
    layout->addWidget(m_label);
    layout->addWidget(m_previous);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_next);
    layout->addWidget(m_compare);

    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(+1); });
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_chain.size())
            showRevision(m_chain.at(index));
    });
    connect(m_compare, &QToolButton::clicked, this, [this] {
        const qsizetype at = m_chain.indexOf(m_column->documentId());
        if (at > 0)
            Q_EMIT compareRequested(m_chain.at(at - 1), m_chain.at(at));
        else if (at == 0 && m_chain.size() > 1)
            Q_EMIT compareRequested(m_chain.at(0), m_chain.at(1));
    });
    for (auto signal : {&ProjectStore::revisionAdded, &ProjectStore::revisionRemoved})
        connect(m_store, signal, this, &RevisionBar::refresh);
    connect(m_store, &ProjectStore::documentRemoved, this, &RevisionBar::refresh);
    refresh();
}

RevisionBar::~RevisionBar() = default;

RevisionBar* RevisionBar::attach(ProjectStore* store, DocumentColumn* column)
{
    if (auto* existing = column->findChild<RevisionBar*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto* bar = new RevisionBar(store, column, column);
    // Under the header, right above the text view (DocumentColumn stacks its parts in a QVBoxLayout).
    if (auto* layout = qobject_cast<QVBoxLayout*>(column->layout())) {
        const int at = layout->indexOf(column->view());
        layout->insertWidget(at >= 0 ? at : layout->count(), bar);
    }
    return bar;
}

void RevisionBar::refresh()
{
    const DocumentId id = m_column->documentId();
    m_chain = id != 0 && m_store->isOpen() ? m_store->revisionChain(id) : QList<DocumentId>();
    const qsizetype at = m_chain.indexOf(id);
    setVisible(m_chain.size() > 1 && at >= 0);
    if (m_chain.size() <= 1 || at < 0)
        return;
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    for (qsizetype i = 0; i < m_chain.size(); ++i) {
        const std::optional<RevisionInfo> info = m_store->revisionInfo(m_chain.at(i));
        const QString when = info && info->importedAt.isValid()
            ? QLocale().toString(info->importedAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
        m_combo->addItem(when.isEmpty() ? tr("Revision %1").arg(i + 1) : tr("Revision %1 (%2)").arg(i + 1).arg(when),
                         m_chain.at(i));
    }
    m_combo->setCurrentIndex(int(at));
    m_label->setText(at == m_chain.size() - 1 ? tr("Latest of %n revision(s)", nullptr, int(m_chain.size()))
                                              : tr("Older revision"));
    m_previous->setEnabled(at > 0);
    m_next->setEnabled(at < m_chain.size() - 1);
}

void RevisionBar::step(int delta)
{
    const qsizetype at = m_chain.indexOf(m_column->documentId());
    if (at < 0 || at + delta < 0 || at + delta >= m_chain.size())
        return;
    showRevision(m_chain.at(at + delta));
}

void RevisionBar::showRevision(DocumentId id)
{
    if (id == m_column->documentId())
        return;
    m_column->setDocument(id);
    refresh();
    Q_EMIT revisionShown(id);
}

} // namespace Crossread
