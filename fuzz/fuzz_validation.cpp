// Validation rules receive whatever an operator types; every rule must answer with issues or
// none, never crash. The input is split into text fields and small integers.
#include "FuzzSupport.h"
#include "dws/Validation.h"

#include <QStringList>

namespace {

int smallNumber(const QByteArray& bytes, int index)
{
    const auto byte = index < bytes.size() ? static_cast<unsigned char>(bytes.at(index)) : 0;
    return static_cast<int>(byte) - 16;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    dws::fuzz::silenceLogging();
    const QByteArray bytes = dws::fuzz::bytesOf(data, size);
    QStringList fields = QString::fromUtf8(bytes).split(QChar(u'\n'));
    while (fields.size() < 6)
        fields.append(QString());
    const QString& name = fields.at(0);
    const QString& user = fields.at(1);
    const QString& password = fields.at(2);
    const QString& id = fields.at(3);

    (void)dws::validateClusterName(name);
    (void)dws::validateSnapshotName(name);
    (void)dws::validateUserName(user);
    (void)dws::validatePassword(password, user);
    (void)dws::passwordChecklist(password, user);
    (void)dws::validatePort(smallNumber(bytes, 0) * 500);
    (void)dws::validateNodeCount(smallNumber(bytes, 1));
    (void)dws::validateCnCount(smallNumber(bytes, 2), smallNumber(bytes, 1));
    (void)dws::maxCnCount(smallNumber(bytes, 1));
    (void)dws::validateUuid(id, QStringLiteral("id"));
    (void)dws::isUuid(id);
    (void)dws::isReservedWord(user);
    (void)dws::validateAvailabilityZone(fields.at(5));
    (void)dws::validateKeepLastManualSnapshot(smallNumber(bytes, 6));
    (void)dws::validatePublicIp(dws::PublicIpRequest{dws::PublicBindType::BindExisting, id});

    dws::CreateClusterRequest create;
    create.name = name;
    create.userName = user;
    create.userPassword = password;
    create.nodeType = fields.at(4);
    create.subnetId = id;
    create.securityGroupId = id;
    create.vpcId = id;
    create.availabilityZone = fields.at(5);
    create.numberOfNode = smallNumber(bytes, 1);
    create.numberOfCn = smallNumber(bytes, 2);
    create.port = smallNumber(bytes, 3) * 300;
    (void)dws::validate(create);

    dws::RestoreRequest restore;
    restore.name = name;
    restore.subnetId = id;
    restore.port = create.port;
    (void)dws::validate(restore);

    (void)dws::validate(dws::ResizeRequest::resizeTo(fields.at(4), smallNumber(bytes, 4)),
                        smallNumber(bytes, 5));
    (void)dws::validate(dws::ResizeRequest::scaleOut(smallNumber(bytes, 4)), smallNumber(bytes, 5));
    (void)dws::validate(dws::CreateSnapshotRequest{name, id, fields.at(5)});
    (void)dws::validate(dws::DeleteClusterRequest{smallNumber(bytes, 6)});
    (void)dws::validate(dws::ResetPasswordRequest{password}, user);
    return 0;
}
