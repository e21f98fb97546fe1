// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Crossread {

class ProjectStore;

/// The claim record an annotation anchors, shown above the inspector: its title, the one
/// verdict and rationale shared by every outlet's rendering, and which outlets carry it. Editing
/// here edits the claim (undoable; typing in the rationale merges into one step). Hidden when
/// the annotation anchors no claim.
class ClaimPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimPanel)

public:
    explicit ClaimPanel(ProjectStore* store, QWidget* parent = nullptr);
    ~ClaimPanel() override;

    AnnotationId annotation() const { return m_annotation; }
    ClaimId claim() const { return m_claim; }

public Q_SLOTS:
    void setAnnotation(Crossread::AnnotationId id);

private:
    void refresh();
    void fillVerdicts(const QString& current);

    ProjectStore* m_store;
    AnnotationId m_annotation = 0;
    ClaimId m_claim = 0;
    bool m_loading = false;
    bool m_applying = false;
    QLineEdit* m_title;
    QComboBox* m_verdict;
    QPlainTextEdit* m_rationale;
    QLabel* m_carriers;
    QPushButton* m_detach;
};

} // namespace Crossread
