#pragma once

#include "FormPage.h"
#include "dws/Requests.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dws::ui {

// Network settings of a new cluster: VPC, subnet and security group ids (UUIDs), availability
// zone, database port (8000..30000, default 8000) and public IP (not used, assign one
// automatically, or bind an existing EIP by id). For a restore the ids and zone are prefilled
// from the source cluster and may be left as they are.
class NetworkPage : public FormPage
{
    Q_OBJECT
public:
    enum class Purpose
    {
        CreateCluster, // ids required
        Restore,       // ids prefilled from the source cluster
    };
    enum class PublicIpChoice
    {
        NotUsed,
        AutoAssign,
        BindExisting,
    };

    explicit NetworkPage(Purpose purpose, QWidget* parent = nullptr);

    // Prefills the ids and zone (restore: the source cluster's).
    void prefill(const QString& vpcId, const QString& subnetId, const QString& securityGroupId,
                 const QString& availabilityZone);

    QString vpcId() const;
    QString subnetId() const;
    QString securityGroupId() const;
    QString availabilityZone() const;
    int port() const;
    PublicIpChoice publicIpChoice() const;
    QString publicBindType() const; // "not_use", "auto_assign", "bind_existing"
    QString eipId() const;
    PublicIpRequest publicIpRequest() const;
    // The public IP choice in words, in the current language.
    QString publicIpText() const;

protected:
    bool validateInput() override;
    void retranslate() override;

private:
    QLineEdit* addIdField(class QFormLayout* form, QLabel* label, const QString& field);

    Purpose m_purpose;
    QLabel* m_vpcLabel;
    QLineEdit* m_vpc;
    QLabel* m_subnetLabel;
    QLineEdit* m_subnet;
    QLabel* m_securityGroupLabel;
    QLineEdit* m_securityGroup;
    QLabel* m_zoneLabel;
    QLineEdit* m_zone;
    QLabel* m_portLabel;
    QSpinBox* m_port;
    QLabel* m_publicIpLabel;
    QComboBox* m_publicIp;
    QLabel* m_eipLabel;
    QLineEdit* m_eip;
};

} // namespace dws::ui
