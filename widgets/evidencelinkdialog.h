// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QDialog>
#include <optional>

class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace Crossread {

/// Asks for one evidence link: address, title and the date it was accessed.
class EvidenceLinkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceLinkDialog)

public:
    explicit EvidenceLinkDialog(QWidget* parent = nullptr);
    ~EvidenceLinkDialog() override;

    EvidenceLink link() const;
    /// Runs the dialog; nullopt when cancelled.
    static std::optional<EvidenceLink> getLink(QWidget* parent);

    /// The address as the user typed it, made absolute ("example.org/x" -> "https://example.org/x");
    /// empty when it is not a usable web or file address.
    static QString normalizedUrl(const QString& text);

private:
    void updateOk();

    QLineEdit* m_url;
    QLineEdit* m_title;
    QDateEdit* m_accessed;
    QDialogButtonBox* m_buttons;
};

} // namespace Crossread
