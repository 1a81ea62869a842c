#include "CreateSnapshotDialog.h"

#include "dws/SnapshotService.h"
#include "dws/Validation.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace dws::ui {

namespace {
const QString kName = QStringLiteral("name");
const QString kDescription = QStringLiteral("description");
} // namespace

CreateSnapshotDialog::CreateSnapshotDialog(SnapshotService& snapshots, const Cluster& cluster,
                                           QWidget* parent)
    : OperationDialog(parent)
    , m_snapshots(snapshots)
    , m_cluster(cluster)
    , m_explanation(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_descriptionLabel(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("CreateSnapshotDialog"));
    m_explanation->setWordWrap(true);
    m_name->setObjectName(kName);
    m_name->setMaxLength(128);
    m_description->setObjectName(kDescription);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, m_nameLabel, m_name, kName);
    addField(form, m_descriptionLabel, m_description, kDescription);
    body()->addWidget(m_explanation);
    body()->addLayout(form);

    connect(m_name, &QLineEdit::textEdited, this, [this] { fieldEdited(kName); });
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { fieldEdited(kDescription); });
    retranslate();
    revalidate();
}

CreateSnapshotRequest CreateSnapshotDialog::request() const
{
    CreateSnapshotRequest request;
    request.name = m_name->text().trimmed();
    request.clusterId = m_cluster.id;
    request.description = m_description->toPlainText().trimmed();
    return request;
}

bool CreateSnapshotDialog::validateInput()
{
    const ValidationIssues issues = validate(request());
    fieldErrors().showIssues(issues);
    return issues.isEmpty();
}

void CreateSnapshotDialog::submit()
{
    const CreateSnapshotRequest sent = request();
    setPendingCall(m_snapshots.create(sent, this, [this, name = sent.name](auto result) {
        if (!result) {
            finishFailed(result.error());
            return;
        }
        emit snapshotCreated(result.value().id, name);
        finishSucceeded();
    }));
}

void CreateSnapshotDialog::retranslate()
{
    setWindowTitle(tr("Create Snapshot of %1").arg(m_cluster.name));
    setConfirmText(tr("&Create Snapshot"));
    m_explanation->setText(tr("A manual snapshot of the whole cluster %1. The cluster stays "
                              "available, but no other operation can run until it is taken.")
                               .arg(m_cluster.name));
    m_nameLabel->setText(tr("Snapshot &name:"));
    m_nameLabel->setBuddy(m_name);
    m_name->setPlaceholderText(
        tr("4 to 64 characters: letters, digits, - and _, starting with a letter"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_descriptionLabel->setBuddy(m_description);
    m_description->setPlaceholderText(tr("Optional"));
}

} // namespace dws::ui
