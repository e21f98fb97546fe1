// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "evidencelinkdialog.h"
#include "spell/spellchecker.h"
#include "spellservice.h"
#include "store/builtins.h"
#include "store/projectstore.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace Crossread {

const QString SettingsDialog::ProjectNameKey = QStringLiteral("project.name");
const QString SettingsDialog::OrganizationNameKey = QStringLiteral("organization.name");
const QString SettingsDialog::OrganizationUrlKey = QStringLiteral("organization.url");
const QString SettingsDialog::ReviewUrlKey = QStringLiteral("organization.reviewUrl");
const QString SettingsDialog::ReportLanguageKey = QStringLiteral("report.language");

namespace {

QLineEdit* lineEdit(const QString& objectName, const QString& accessibleName, const QString& placeholder)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

SettingsDialog::SettingsDialog(ProjectStore* store, SpellService* spelling, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_spelling(spelling)
    , m_loaded(UserSettings::load())
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));

    m_annotator = lineEdit(QStringLiteral("settingsAnnotator"), tr("Your name"), tr("e.g. Jana Novak"));
    m_annotator->setToolTip(tr("Recorded on the annotations you create, and named as reviewer in exports "
                               "when no organisation is set"));
    m_annotator->setText(m_loaded.annotator);
    auto* you = new QGroupBox(tr("You"));
    auto* youForm = new QFormLayout(you);
    youForm->addRow(tr("Your &name:"), m_annotator);

    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, isDarkPalette(palette()) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x2a, 0x1e));
    m_problem->setPalette(warning);
    m_problem->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(you);
    layout->addWidget(buildSpellingBox());
    layout->addWidget(buildImportBox());
    layout->addWidget(buildProjectBox());
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(std::max(560, sizeHint().width()), sizeHint().height());
}

SettingsDialog::~SettingsDialog() = default;

QGroupBox* SettingsDialog::buildSpellingBox()
{
    auto* box = new QGroupBox(tr("Spelling"));
    m_spellCheck = new QCheckBox(tr("&Check the spelling of notes, rationales and document details"));
    m_spellCheck->setObjectName(QStringLiteral("settingsSpellCheck"));
    m_spellCheck->setChecked(m_loaded.spellCheck);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("settingsSpellLanguage"));
    m_language->setAccessibleName(tr("Spelling language"));
    const QStringList languages = SpellService::availableLanguages();
    for (const QString& code : languages)
        m_language->addItem(tr("%1 — %2", "language name — dictionary code").arg(SpellService::displayName(code), code), code);
    const QString wanted = m_loaded.spellLanguage.isEmpty() ? SpellService::defaultLanguage() : m_loaded.spellLanguage;
    if (!wanted.isEmpty() && m_language->findData(wanted) < 0) // chosen once, since uninstalled
        m_language->addItem(tr("%1 (not installed)").arg(wanted), wanted);
    m_language->setCurrentIndex(std::max(0, m_language->findData(wanted)));
    m_language->setEnabled(m_loaded.spellCheck && m_language->count() > 0);
    connect(m_spellCheck, &QCheckBox::toggled, m_language, [this](bool on) { m_language->setEnabled(on && m_language->count() > 0); });

    const QString path = m_spelling ? m_spelling->personalDictionaryPath() : HunspellChecker::defaultPersonalDictionaryPath();
    m_personalList = new QLabel(QDir::toNativeSeparators(path));
    m_personalList->setObjectName(QStringLiteral("settingsPersonalList"));
    m_personalList->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_personalList->setWordWrap(true);
    m_personalList->setToolTip(tr("Words added with “Add to Dictionary”, one per line, shared by all languages"));
    auto* showFolder = new QPushButton(tr("Show &Folder"));
    showFolder->setObjectName(QStringLiteral("settingsShowPersonalFolder"));
    showFolder->setToolTip(tr("Open the folder that holds your word list"));
    connect(showFolder, &QPushButton::clicked, this, [path] {
        const QString dir = QFileInfo(path).absolutePath();
        QDir().mkpath(dir);
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
    });
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_personalList, 1);
    listRow->addWidget(showFolder);

    auto* form = new QFormLayout(box);
    form->addRow(m_spellCheck);
    form->addRow(tr("&Language:"), m_language);
    if (languages.isEmpty()) {
        auto* none = new QLabel(tr("No Hunspell dictionaries are installed. Install one (e.g. the package "
                                   "hunspell-en-us) and reopen this dialog."));
        none->setWordWrap(true);
        form->addRow(none);
    }
    form->addRow(tr("Personal word list:"), listRow);
    return box;
}

QGroupBox* SettingsDialog::buildImportBox()
{
    auto* box = new QGroupBox(tr("Import"));
    m_importLimit = new QSpinBox;
    m_importLimit->setObjectName(QStringLiteral("settingsImportLimit"));
    m_importLimit->setAccessibleName(tr("Largest file to import, in megabytes"));
    m_importLimit->setRange(UserSettings::MinImportMegabytes, UserSettings::MaxImportMegabytes);
    m_importLimit->setSuffix(tr(" MB"));
    m_importLimit->setValue(m_loaded.importLimitMegabytes);
    m_importLimit->setToolTip(tr("Larger files are refused with a reason"));
    m_repairText = new QCheckBox(tr("&Repair text damaged by PDF extraction (broken lines, stray blank lines)"));
    m_repairText->setObjectName(QStringLiteral("settingsRepairText"));
    m_repairText->setChecked(m_loaded.repairExtractedText);
    auto* form = new QFormLayout(box);
    form->addRow(tr("Largest &file:"), m_importLimit);
    form->addRow(m_repairText);
    return box;
}

QGroupBox* SettingsDialog::buildProjectBox()
{
    const bool open = m_store && m_store->isOpen();
    m_projectBox = new QGroupBox(open ? tr("This project (%1)").arg(QFileInfo(m_store->path()).fileName())
                                      : tr("This project (none open)"));
    m_projectBox->setObjectName(QStringLiteral("settingsProject"));
    m_projectName = lineEdit(QStringLiteral("settingsProjectName"), tr("Project name"),
                             open ? QFileInfo(m_store->path()).completeBaseName() : QString());
    m_projectName->setToolTip(tr("The title of reports and exported annotation collections"));
    m_organization = lineEdit(QStringLiteral("settingsOrganization"), tr("Organisation name"), tr("e.g. Example Fact Check"));
    m_organization->setToolTip(tr("Named as the author of ClaimReview fact-checks"));
    m_organizationUrl = lineEdit(QStringLiteral("settingsOrganizationUrl"), tr("Organisation address"), tr("https://…"));
    m_reviewUrl = lineEdit(QStringLiteral("settingsReviewUrl"), tr("Address of the published review"), tr("https://…"));
    m_reviewUrl->setToolTip(tr("Where the fact-check is published; each ClaimReview links to it"));
    for (QLineEdit* e : {m_organizationUrl, m_reviewUrl})
        connect(e, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    m_reportLanguage = new QComboBox;
    m_reportLanguage->setObjectName(QStringLiteral("settingsReportLanguage"));
    m_reportLanguage->setAccessibleName(tr("Report language"));
    m_reportLanguage->setToolTip(tr("The language of the built-in tags and ratings in reports, CSV and ClaimReview"));
    m_reportLanguage->addItem(tr("As the interface"), QString());
    for (const QString& language : Builtins::uiLanguages())
        m_reportLanguage->addItem(QLocale(language).nativeLanguageName(), language);
    if (open) {
        m_reportLanguage->setCurrentIndex(std::max(0, m_reportLanguage->findData(m_store->setting(ReportLanguageKey))));
        m_projectName->setText(m_store->setting(ProjectNameKey));
        m_organization->setText(m_store->setting(OrganizationNameKey));
        m_organizationUrl->setText(m_store->setting(OrganizationUrlKey));
        m_reviewUrl->setText(m_store->setting(ReviewUrlKey));
    }
    m_projectBox->setEnabled(open && !m_store->isReadOnly());
    auto* form = new QFormLayout(m_projectBox);
    form->addRow(tr("Project &name:"), m_projectName);
    form->addRow(tr("&Organisation:"), m_organization);
    form->addRow(tr("Organisation &address:"), m_organizationUrl);
    form->addRow(tr("Published &review:"), m_reviewUrl);
    form->addRow(tr("Report &language:"), m_reportLanguage);
    return m_projectBox;
}

UserSettings SettingsDialog::userSettings() const
{
    UserSettings u = m_loaded;
    u.spellCheck = m_spellCheck->isChecked();
    u.spellLanguage = m_language->currentData().toString();
    u.annotator = m_annotator->text().simplified();
    u.importLimitMegabytes = m_importLimit->value();
    u.repairExtractedText = m_repairText->isChecked();
    return u;
}

void SettingsDialog::validate()
{
    QStringList problems;
    for (const QLineEdit* e : {m_organizationUrl, m_reviewUrl}) {
        const QString text = e->text().trimmed();
        if (!text.isEmpty() && EvidenceLinkDialog::normalizedUrl(text).isEmpty())
            problems << tr("“%1” is not a web address.").arg(text);
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void SettingsDialog::accept()
{
    const UserSettings u = userSettings();
    u.save();
    if (m_spelling) {
        const QString language = u.spellCheck ? u.spellLanguage : QString();
        if (language != m_spelling->language() || (!language.isEmpty() && !m_spelling->checker() && !m_spelling->isLoading()))
            m_spelling->setLanguage(language);
    }
    if (m_store && m_store->isOpen()) {
        m_store->setAnnotator(u.annotator);
        if (!m_store->isReadOnly()) {
            const auto url = [](const QLineEdit* e) {
                const QString normalized = EvidenceLinkDialog::normalizedUrl(e->text());
                return normalized.isEmpty() ? e->text().trimmed() : normalized;
            };
            const QList<std::pair<QString, QString>> values = {
                {ProjectNameKey, m_projectName->text().simplified()},
                {OrganizationNameKey, m_organization->text().simplified()},
                {OrganizationUrlKey, url(m_organizationUrl)},
                {ReviewUrlKey, url(m_reviewUrl)},
                {ReportLanguageKey, m_reportLanguage->currentData().toString()}};
            QList<std::pair<QString, QString>> changed;
            for (const auto& [key, value] : values) {
                if (m_store->setting(key) != value)
                    changed.append({key, value});
            }
            // Several fields edited in one visit are one step to undo.
            if (!changed.isEmpty()) {
                m_store->undoStack()->beginMacro(tr("Change project settings"));
                for (const auto& [key, value] : std::as_const(changed))
                    m_store->setSetting(key, value);
                m_store->undoStack()->endMacro();
            }
        }
    }
    QDialog::accept();
}

} // namespace Crossread
