// SPDX-License-Identifier: MIT
#include "evidencelinkdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

namespace Crossread {

EvidenceLinkDialog::EvidenceLinkDialog(QWidget* parent)
    : QDialog(parent)
    , m_url(new QLineEdit)
    , m_title(new QLineEdit)
    , m_accessed(new QDateEdit(QDate::currentDate()))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Add Evidence Link"));
    m_url->setObjectName(QStringLiteral("evidenceUrl"));
    m_url->setPlaceholderText(tr("https://…"));
    m_url->setAccessibleName(tr("Address"));
    m_title->setObjectName(QStringLiteral("evidenceTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("What the source is, e.g. “Ministry briefing, 5 March”"));
    m_accessed->setObjectName(QStringLiteral("evidenceAccessed"));
    m_accessed->setAccessibleName(tr("Accessed on"));
    m_accessed->setCalendarPopup(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("A&ccessed:"), m_accessed);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &EvidenceLinkDialog::updateOk);
    updateOk();
    resize(480, sizeHint().height());
}

EvidenceLinkDialog::~EvidenceLinkDialog() = default;

EvidenceLink EvidenceLinkDialog::link() const
{
    EvidenceLink link;
    link.url = normalizedUrl(m_url->text());
    link.title = m_title->text().trimmed();
    link.accessed = m_accessed->date();
    return link;
}

std::optional<EvidenceLink> EvidenceLinkDialog::getLink(QWidget* parent)
{
    EvidenceLinkDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.link();
}

QString EvidenceLinkDialog::normalizedUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char(' ')))
        return {};
    const QUrl url = QUrl::fromUserInput(trimmed);
    if (!url.isValid())
        return {};
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("file"))
        return url.toString();
    if ((scheme != QLatin1String("http") && scheme != QLatin1String("https")) || !url.host().contains(QLatin1Char('.')))
        return {};
    return url.toString();
}

void EvidenceLinkDialog::updateOk()
{
    const bool valid = !normalizedUrl(m_url->text()).isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_url->setToolTip(valid || m_url->text().isEmpty() ? QString() : tr("Not a web address"));
}

} // namespace Crossread
