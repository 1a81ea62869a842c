#include "EnterpriseProjectPage.h"

#include "dws/Validation.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace dws::ui {

namespace {
const QString kProject = QStringLiteral("enterprise_project_id");
} // namespace

EnterpriseProjectPage::EnterpriseProjectPage(QWidget* parent)
    : FormPage(parent)
    , m_explanation(new QLabel(this))
    , m_projectLabel(new QLabel(this))
    , m_project(new QLineEdit(this))
{
    m_explanation->setWordWrap(true);
    m_project->setObjectName(kProject);
    m_project->setMaxLength(64);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, m_projectLabel, m_project, kProject);
    body()->addWidget(m_explanation);
    body()->addLayout(form);
    connect(m_project, &QLineEdit::textEdited, this, [this] { fieldEdited(kProject); });
    retranslate();
    revalidate();
}

QString EnterpriseProjectPage::enterpriseProjectId() const
{
    return m_project->text().trimmed();
}

bool EnterpriseProjectPage::validateInput()
{
    // "0" names the default project; any other id has the UUID shape.
    const QString id = enterpriseProjectId();
    const ValidationIssues issues =
        id == QLatin1String("0") ? ValidationIssues{} : validateUuid(id, kProject, false);
    fieldErrors().showIssues(issues);
    return issues.isEmpty();
}

void EnterpriseProjectPage::retranslate()
{
    setTitle(tr("Enterprise project"));
    setSubTitle(tr("Optional."));
    m_explanation->setText(tr("Enterprise projects group cloud resources for permissions and "
                              "billing. Leave the field empty to use the default project."));
    m_projectLabel->setText(tr("Enterprise &project ID:"));
    m_projectLabel->setBuddy(m_project);
    m_project->setPlaceholderText(tr("Empty: the default project (0)"));
}

} // namespace dws::ui
