// SPDX-License-Identifier: MIT
#include "claimpanel.h"

#include "store/projectstore.h"
#include "verdictcolor.h"
#include "store/builtins.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Crossread {

namespace {

QIcon colorIcon(const QColor& color)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    if (color.isValid()) {
        QPainter p(&pm);
        p.setPen(color.darker(150));
        p.setBrush(color);
        p.drawRect(0, 0, 11, 11);
    }
    return QIcon(pm);
}

} // namespace

ClaimPanel::ClaimPanel(ProjectStore* store, QWidget* parent)
    : QGroupBox(tr("Claim record"), parent)
    , m_store(store)
    , m_title(new QLineEdit)
    , m_verdict(new QComboBox)
    , m_rationale(new QPlainTextEdit)
    , m_carriers(new QLabel)
    , m_detach(new QPushButton(tr("Remove from Claim")))
{
    setObjectName(QStringLiteral("claimPanel"));
    setToolTip(tr("One verdict for this statement in every outlet that carries it"));
    m_title->setObjectName(QStringLiteral("claimTitle"));
    m_verdict->setObjectName(QStringLiteral("claimVerdict"));
    m_verdict->setAccessibleName(tr("Verdict of the claim"));
    m_rationale->setObjectName(QStringLiteral("claimRationale"));
    m_rationale->setAccessibleName(tr("Rationale of the claim"));
    m_rationale->setTabChangesFocus(true);
    m_rationale->setMaximumHeight(90);
    m_carriers->setWordWrap(true);
    m_carriers->setObjectName(QStringLiteral("claimCarriers"));
    m_detach->setObjectName(QStringLiteral("claimDetach"));
    m_detach->setToolTip(tr("This annotation no longer anchors the claim; the annotation stays"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Verdict:"), m_verdict);
    form->addRow(tr("Rationale:"), m_rationale);
    form->addRow(tr("Carried by:"), m_carriers);
    form->addRow(QString(), m_detach);

    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (m_loading || m_claim == 0)
            return;
        const std::optional<ClaimRecord> c = m_store->claim(m_claim);
        if (c && c->title != m_title->text() && !m_title->text().trimmed().isEmpty())
            m_store->setClaimTitle(m_claim, m_title->text().trimmed());
    });
    connect(m_verdict, &QComboBox::activated, this, [this](int index) {
        if (m_loading || m_claim == 0)
            return;
        m_store->setClaimVerdict(m_claim, index <= 0 ? QString() : m_verdict->itemData(index).toString());
    });
    connect(m_rationale, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading || m_claim == 0)
            return;
        m_applying = true;
        m_store->setClaimRationale(m_claim, m_rationale->toPlainText());
        m_applying = false;
    });
    connect(m_detach, &QPushButton::clicked, this, [this] {
        if (m_claim != 0 && m_annotation != 0)
            m_store->removeClaimAnchor(m_claim, m_annotation);
    });
    const auto changed = [this](ClaimId id) {
        if (id == m_claim || (m_annotation != 0 && m_store->isOpen() && m_store->claimOfAnnotation(m_annotation) != m_claim))
            refresh();
    };
    connect(m_store, &ProjectStore::claimChanged, this, changed);
    connect(m_store, &ProjectStore::claimAdded, this, changed);
    connect(m_store, &ProjectStore::claimRemoved, this, changed);
    connect(m_store, &ProjectStore::settingsChanged, this, &ClaimPanel::refresh);
    connect(m_store, &ProjectStore::projectClosed, this, [this] { setAnnotation(0); });
    setVisible(false);
}

ClaimPanel::~ClaimPanel() = default;

void ClaimPanel::setAnnotation(AnnotationId id)
{
    m_annotation = id;
    refresh();
}

void ClaimPanel::fillVerdicts(const QString& current)
{
    m_verdict->clear();
    m_verdict->addItem(tr("No verdict"));
    const QStringList scale = m_store->ratingScale();
    for (const QString& rating : scale)
        m_verdict->addItem(colorIcon(verdictColor(scale, rating)), Builtins::ratingLabel(rating), rating);
    const int index = current.isEmpty() ? 0 : m_verdict->findData(current);
    m_verdict->setCurrentIndex(std::max(index, 0));
}

void ClaimPanel::refresh()
{
    m_claim = m_annotation != 0 && m_store->isOpen() ? m_store->claimOfAnnotation(m_annotation) : 0;
    const std::optional<ClaimRecord> c = m_claim != 0 ? m_store->claim(m_claim) : std::nullopt;
    setVisible(c.has_value());
    if (!c)
        return;
    m_loading = true;
    if (!m_title->hasFocus())
        m_title->setText(c->title);
    fillVerdicts(c->verdict);
    // Text arriving from elsewhere (undo, another panel) replaces the field, but not while typing.
    if (!m_applying && m_rationale->toPlainText() != c->rationale)
        m_rationale->setPlainText(c->rationale);
    QStringList outlets;
    for (const ClaimAnchor& a : c->anchors) {
        const std::optional<Document> d = m_store->document(a.document);
        const QString name = !d ? QString() : d->meta.outlet.isEmpty() ? d->meta.title : d->meta.outlet;
        if (!name.isEmpty() && !outlets.contains(name))
            outlets.append(name);
    }
    m_carriers->setText(tr("%1 (%n anchor(s))", nullptr, int(c->anchors.size())).arg(outlets.join(QStringLiteral(", "))));
    const bool writable = !m_store->isReadOnly();
    m_title->setReadOnly(!writable);
    m_verdict->setEnabled(writable);
    m_rationale->setReadOnly(!writable);
    m_detach->setEnabled(writable);
    m_loading = false;
}

} // namespace Crossread
