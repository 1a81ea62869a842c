#include "NetworkPage.h"

#include "dws/Validation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace dws::ui {

namespace {
const QString kVpc = QStringLiteral("vpc_id");
const QString kSubnet = QStringLiteral("subnet_id");
const QString kSecurityGroup = QStringLiteral("security_group_id");
const QString kZone = QStringLiteral("availability_zone");
const QString kPort = QStringLiteral("port");
const QString kPublicIp = QStringLiteral("public_ip");
const QString kEip = QStringLiteral("public_ip.eip_id");
} // namespace

NetworkPage::NetworkPage(Purpose purpose, QWidget* parent)
    : FormPage(parent)
    , m_purpose(purpose)
    , m_vpcLabel(new QLabel(this))
    , m_subnetLabel(new QLabel(this))
    , m_securityGroupLabel(new QLabel(this))
    , m_zoneLabel(new QLabel(this))
    , m_zone(new QLineEdit(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_publicIpLabel(new QLabel(this))
    , m_publicIp(new QComboBox(this))
    , m_eipLabel(new QLabel(this))
    , m_eip(new QLineEdit(this))
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_vpc = addIdField(form, m_vpcLabel, kVpc);
    m_subnet = addIdField(form, m_subnetLabel, kSubnet);
    m_securityGroup = addIdField(form, m_securityGroupLabel, kSecurityGroup);

    m_zone->setObjectName(kZone);
    addField(form, m_zoneLabel, m_zone, kZone);
    connect(m_zone, &QLineEdit::textEdited, this, [this] { fieldEdited(kZone); });

    m_port->setObjectName(kPort);
    m_port->setRange(0, 65535);
    m_port->setValue(8000);
    addField(form, m_portLabel, m_port, kPort);
    connect(m_port, &QSpinBox::valueChanged, this, [this] { fieldEdited(kPort); });

    m_publicIp->setObjectName(kPublicIp);
    m_publicIp->addItems({QString(), QString(), QString()});
    addField(form, m_publicIpLabel, m_publicIp, kPublicIp);
    m_eip->setObjectName(kEip);
    addField(form, m_eipLabel, m_eip, kEip);
    connect(m_publicIp, &QComboBox::currentIndexChanged, this, [this] {
        const bool bind = publicIpChoice() == PublicIpChoice::BindExisting;
        m_eip->setEnabled(bind);
        m_eipLabel->setEnabled(bind);
        fieldEdited(kPublicIp);
    });
    connect(m_eip, &QLineEdit::textEdited, this, [this] {
        fieldEdited(kEip);
        fieldErrors().clearServerError(kPublicIp);
    });
    m_eip->setEnabled(false);
    m_eipLabel->setEnabled(false);
    body()->addLayout(form);

    retranslate();
    revalidate();
}

QLineEdit* NetworkPage::addIdField(QFormLayout* form, QLabel* label, const QString& field)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(field);
    edit->setMaxLength(64);
    addField(form, label, edit, field);
    connect(edit, &QLineEdit::textEdited, this, [this, field] { fieldEdited(field); });
    return edit;
}

void NetworkPage::prefill(const QString& vpcId, const QString& subnetId,
                          const QString& securityGroupId, const QString& availabilityZone)
{
    m_vpc->setText(vpcId);
    m_subnet->setText(subnetId);
    m_securityGroup->setText(securityGroupId);
    m_zone->setText(availabilityZone);
    // Prefilled values are shown with their verdict at once.
    fieldErrors().markAllTouched();
    revalidate();
}

QString NetworkPage::vpcId() const
{
    return m_vpc->text().trimmed();
}

QString NetworkPage::subnetId() const
{
    return m_subnet->text().trimmed();
}

QString NetworkPage::securityGroupId() const
{
    return m_securityGroup->text().trimmed();
}

QString NetworkPage::availabilityZone() const
{
    return m_zone->text().trimmed();
}

int NetworkPage::port() const
{
    return m_port->value();
}

NetworkPage::PublicIpChoice NetworkPage::publicIpChoice() const
{
    return static_cast<PublicIpChoice>(std::max(0, m_publicIp->currentIndex()));
}

QString NetworkPage::publicBindType() const
{
    switch (publicIpChoice()) {
    case PublicIpChoice::AutoAssign:
        return QStringLiteral("auto_assign");
    case PublicIpChoice::BindExisting:
        return QStringLiteral("bind_existing");
    case PublicIpChoice::NotUsed:
        break;
    }
    return QStringLiteral("not_use");
}

PublicIpRequest NetworkPage::publicIpRequest() const
{
    PublicIpRequest request;
    switch (publicIpChoice()) {
    case PublicIpChoice::AutoAssign:
        request.bindType = PublicBindType::AutoAssign;
        break;
    case PublicIpChoice::BindExisting:
        request.bindType = PublicBindType::BindExisting;
        break;
    case PublicIpChoice::NotUsed:
        request.bindType = PublicBindType::NotUse;
        break;
    }
    request.eipId = eipId();
    return request;
}

QString NetworkPage::eipId() const
{
    return publicIpChoice() == PublicIpChoice::BindExisting ? m_eip->text().trimmed() : QString();
}

QString NetworkPage::publicIpText() const
{
    switch (publicIpChoice()) {
    case PublicIpChoice::AutoAssign:
        return tr("Assign automatically");
    case PublicIpChoice::BindExisting:
        return tr("Bind existing EIP %1").arg(eipId());
    case PublicIpChoice::NotUsed:
        break;
    }
    return tr("Not used");
}

bool NetworkPage::validateInput()
{
    QList<ValidationIssue> issues;
    const bool required = m_purpose == Purpose::CreateCluster;
    issues.append(validateUuid(vpcId(), kVpc, required));
    issues.append(validateUuid(subnetId(), kSubnet, required));
    issues.append(validateUuid(securityGroupId(), kSecurityGroup, required));
    if (!availabilityZone().isEmpty())
        issues.append(validateAvailabilityZone(availabilityZone()));
    issues.append(validatePort(port()));
    issues.append(validatePublicIp(publicIpRequest()));
    fieldErrors().showIssues(issues);
    return issues.isEmpty();
}

void NetworkPage::retranslate()
{
    setTitle(tr("Network"));
    setSubTitle(m_purpose == Purpose::CreateCluster
                    ? tr("Where the cluster lives and how clients reach it. The ids are those "
                         "of the VPC console.")
                    : tr("Filled in from the source cluster. Change them to restore into "
                         "another network."));
    m_vpcLabel->setText(tr("&VPC ID:"));
    m_vpcLabel->setBuddy(m_vpc);
    m_subnetLabel->setText(tr("&Subnet ID:"));
    m_subnetLabel->setBuddy(m_subnet);
    m_securityGroupLabel->setText(tr("Security &group ID:"));
    m_securityGroupLabel->setBuddy(m_securityGroup);
    const QString uuidHint = QStringLiteral("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx");
    for (QLineEdit* edit : {m_vpc, m_subnet, m_securityGroup})
        edit->setPlaceholderText(uuidHint);
    m_zoneLabel->setText(tr("Availability &zone:"));
    m_zoneLabel->setBuddy(m_zone);
    m_zone->setPlaceholderText(m_purpose == Purpose::CreateCluster
                                   ? tr("Optional, e.g. cn-north-4a")
                                   : tr("The source cluster's zone"));
    m_portLabel->setText(tr("Database &port:"));
    m_portLabel->setBuddy(m_port);
    m_port->setToolTip(tr("8000 to 30000; 8000 when in doubt"));
    m_publicIpLabel->setText(tr("P&ublic IP:"));
    m_publicIpLabel->setBuddy(m_publicIp);
    m_publicIp->setItemText(0, tr("Not used"));
    m_publicIp->setItemText(1, tr("Assign automatically"));
    m_publicIp->setItemText(2, tr("Bind an existing EIP"));
    m_eipLabel->setText(tr("&EIP ID:"));
    m_eipLabel->setBuddy(m_eip);
    m_eip->setPlaceholderText(uuidHint);
}

} // namespace dws::ui
