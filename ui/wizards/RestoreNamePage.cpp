#include "RestoreNamePage.h"

#include "dws/Validation.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace dws::ui {

namespace {
const QString kName = QStringLiteral("name");
} // namespace

RestoreNamePage::RestoreNamePage(const QString& snapshotName, const QString& nodeType,
                                 int nodeCount, QWidget* parent)
    : FormPage(parent)
    , m_snapshotName(snapshotName)
    , m_nodeType(nodeType)
    , m_nodeCount(nodeCount)
    , m_note(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
{
    m_note->setObjectName(QStringLiteral("restore_note"));
    m_note->setWordWrap(true);
    m_name->setObjectName(kName);
    m_name->setMaxLength(128);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, m_nameLabel, m_name, kName);
    body()->addWidget(m_note);
    body()->addLayout(form);
    connect(m_name, &QLineEdit::textEdited, this, [this] { fieldEdited(kName); });
    retranslate();
    revalidate();
}

QString RestoreNamePage::clusterName() const
{
    return m_name->text().trimmed();
}

QString RestoreNamePage::sizeText() const
{
    if (m_nodeType.isEmpty() || m_nodeCount <= 0)
        return tr("the same as the source cluster");
    return tr("%1, %2 nodes").arg(m_nodeType).arg(m_nodeCount);
}

bool RestoreNamePage::validateInput()
{
    const ValidationIssues issues = validateClusterName(clusterName());
    fieldErrors().showIssues(issues);
    return issues.isEmpty();
}

void RestoreNamePage::retranslate()
{
    setTitle(tr("Restore snapshot %1").arg(m_snapshotName));
    setSubTitle(tr("Name the cluster the snapshot is restored into."));
    m_note->setText(tr("A restore always creates a new cluster; the source cluster is not "
                       "changed. The new cluster has the source cluster's node type and size: "
                       "%1.")
                        .arg(sizeText()));
    m_nameLabel->setText(tr("New cluster &name:"));
    m_nameLabel->setBuddy(m_name);
    m_name->setPlaceholderText(
        tr("4 to 64 characters: letters, digits, - and _, starting with a letter"));
}

} // namespace dws::ui
