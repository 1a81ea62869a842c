// The restore wizard and the operation dialogs end to end against the emulator: the exact
// request in the journal, the effect in the emulator, rules enforced before sending, server
// errors shown with code, message and action while the input stays.

#include "WizardTestSupport.h"
#include "dialogs/CreateSnapshotDialog.h"
#include "dialogs/DeleteClusterDialog.h"
#include "dialogs/DeleteSnapshotDialog.h"
#include "dialogs/ErrorPanel.h"
#include "dialogs/PasswordChecklist.h"
#include "dialogs/ResetPasswordDialog.h"
#include "dialogs/ResizeDialog.h"
#include "dialogs/RestartClusterDialog.h"
#include "dws/ErrorCatalogue.h"
#include "wizards/NetworkPage.h"
#include "wizards/RestoreNamePage.h"
#include "wizards/RestoreWizard.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace dws;
using namespace dws::ui;

namespace {

dwsemu::EmulatorOptions demo()
{
    dwsemu::EmulatorOptions options;
    options.demo = true;
    return options;
}

// A demo cluster by name (dws-lakehouse and dws-analytics are idle and available).
Cluster availableCluster(EmulatedServices& services, const QString& name)
{
    const auto cluster = services.clusterNamed(name);
    if (!cluster)
        qFatal("the demo project has no cluster %s", qPrintable(name));
    return *cluster;
}

QString errorOn(const OperationDialog& dialog, const QString& field)
{
    FieldErrorLabel* label = dialog.fieldErrors().label(field);
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace

class TestOperationDialogs : public QObject
{
    Q_OBJECT
private slots:
    void createSnapshotEndToEnd();
    void createSnapshotNameRulesAndDuplicate();
    void restoreWizardEndToEnd();
    void restoreWizardDuplicateNameGoesBackToName();
    void scaleOutEndToEnd();
    void resizeChecksTheLimitAndTheVersion();
    void resetPasswordEndToEndAndServerErrors();
    void deleteClusterNeedsTheNameTyped();
    void deleteSnapshotManualOnly();
    void restartWarnsAndSends();
};

void TestOperationDialogs::createSnapshotEndToEnd()
{
    EmulatedServices services(demo());
    const Cluster cluster = availableCluster(services, QStringLiteral("dws-lakehouse"));
    CreateSnapshotDialog dialog(*services.snapshots, cluster);
    dialog.show();
    QSignalSpy created(&dialog, &CreateSnapshotDialog::snapshotCreated);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    typeInto(dialog.findChild<QLineEdit*>(QStringLiteral("name")),
             QStringLiteral("before-upgrade"));
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("description"))
        ->setPlainText(QStringLiteral("taken by hand"));
    QVERIFY(dialog.confirmButton()->isEnabled());
    dialog.confirmButton()->click();
    QVERIFY(dialog.isSending());
    QTRY_COMPARE(created.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const QJsonObject snapshot =
        services.lastBody(QStringLiteral("POST"), QStringLiteral("/snapshots"))
            .value(QStringLiteral("snapshot"))
            .toObject();
    QCOMPARE(snapshot.value(QStringLiteral("name")).toString(), QStringLiteral("before-upgrade"));
    QCOMPARE(snapshot.value(QStringLiteral("cluster_id")).toString(), cluster.id);
    QCOMPARE(snapshot.value(QStringLiteral("description")).toString(),
             QStringLiteral("taken by hand"));
    bool found = false;
    for (const Snapshot& each : services.listSnapshots())
        found = found || (each.id == created.first().at(0).toString() &&
                          each.name == QLatin1String("before-upgrade"));
    QVERIFY(found);
}

void TestOperationDialogs::createSnapshotNameRulesAndDuplicate()
{
    EmulatedServices services(demo());
    const Cluster cluster = availableCluster(services, QStringLiteral("dws-lakehouse"));
    CreateSnapshotDialog dialog(*services.snapshots, cluster);
    dialog.show();
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
    for (auto [text, valid] : {std::pair{"abc", false}, std::pair{"abcd", true},
                               std::pair{"1abc", false}, std::pair{"ab cd", false}}) {
        typeInto(name, QLatin1String(text));
        QCOMPARE(dialog.confirmButton()->isEnabled(), valid);
        QCOMPARE(errorOn(dialog, QStringLiteral("name")).isEmpty(), valid);
    }
    // A name the project already uses: the server answers DWS.0031.
    const QList<Snapshot> existing = services.listSnapshots();
    QVERIFY(!existing.isEmpty());
    typeInto(name, existing.first().name);
    dialog.confirmButton()->click();
    QTRY_VERIFY(!dialog.isSending());
    QVERIFY(dialog.isVisible());
    QCOMPARE(name->text(), existing.first().name);
    QVERIFY(dialog.errorPanel()->isVisible());
    QVERIFY(dialog.errorPanel()->headline().contains(QLatin1String("DWS.0031")));
    QVERIFY(!errorOn(dialog, QStringLiteral("name")).isEmpty());
    QCOMPARE(dialog.focusWidget(), name);
}

void TestOperationDialogs::restoreWizardEndToEnd()
{
    EmulatedServices services(demo());
    Snapshot source;
    for (const Snapshot& each : services.listSnapshots()) {
        if (each.status == SnapshotStatus::Available) {
            source = each;
            break;
        }
    }
    QVERIFY(!source.id.isEmpty());
    std::optional<Cluster> sourceCluster;
    for (const Cluster& each : services.listClusters()) {
        if (each.id == source.clusterId)
            sourceCluster = each;
    }
    QVERIFY(sourceCluster);

    RestoreWizard wizard(*services.snapshots, source, sourceCluster);
    wizard.show();
    QSignalSpy restored(&wizard, &RestoreWizard::clusterRestored);
    auto* note = wizard.namePage()->findChild<QLabel*>(QStringLiteral("restore_note"));
    QVERIFY(note->text().contains(sourceCluster->nodeType));
    QVERIFY(note->text().contains(QString::number(sourceCluster->numberOfNode)));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // the name is required
    typeInto(wizard.namePage()->findChild<QLineEdit*>(QStringLiteral("name")),
             QStringLiteral("dws-restored"));
    wizard.next();
    QCOMPARE(wizard.networkPage()->vpcId(), sourceCluster->vpcId);
    QCOMPARE(wizard.networkPage()->subnetId(), sourceCluster->subnetId);
    QCOMPARE(wizard.networkPage()->securityGroupId(), sourceCluster->securityGroupId);
    QCOMPARE(wizard.networkPage()->availabilityZone(), sourceCluster->availabilityZone);
    wizard.networkPage()->findChild<QSpinBox*>(QStringLiteral("port"))->setValue(8200);
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(RestoreWizard::SummaryPageId));
    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE(restored.count(), 1);

    const QJsonObject restore =
        services.lastBody(QStringLiteral("POST"), QStringLiteral("/actions"))
            .value(QStringLiteral("restore"))
            .toObject();
    QCOMPARE(restore.value(QStringLiteral("name")).toString(), QStringLiteral("dws-restored"));
    QCOMPARE(restore.value(QStringLiteral("port")).toInt(), 8200);
    QCOMPARE(restore.value(QStringLiteral("vpc_id")).toString(), sourceCluster->vpcId);
    const auto created = services.clusterNamed(QStringLiteral("dws-restored"));
    QVERIFY(created);
    QCOMPARE(created->id, restored.first().at(0).toString());
    QCOMPARE(created->nodeType, sourceCluster->nodeType);
}

void TestOperationDialogs::restoreWizardDuplicateNameGoesBackToName()
{
    EmulatedServices services(demo());
    Snapshot source;
    for (const Snapshot& each : services.listSnapshots()) {
        if (each.status == SnapshotStatus::Available)
            source = each;
    }
    QVERIFY(!source.id.isEmpty());
    RestoreWizard wizard(*services.snapshots, source, std::nullopt);
    wizard.show();
    typeInto(wizard.namePage()->findChild<QLineEdit*>(QStringLiteral("name")),
             QStringLiteral("dws-reporting")); // taken in the demo project
    while (wizard.currentId() != RestoreWizard::SummaryPageId)
        wizard.next();
    const RestoreRequest before = wizard.request();
    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE(wizard.currentId(), int(RestoreWizard::NamePageId));
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.request(), before);
    QVERIFY(wizard.namePage()->errorPanel()->headline().contains(QLatin1String("DWS.5050")));
    QTRY_COMPARE(wizard.focusWidget(),
                 wizard.namePage()->findChild<QLineEdit*>(QStringLiteral("name")));
}

void TestOperationDialogs::scaleOutEndToEnd()
{
    EmulatedServices services(demo());
    const Cluster cluster = availableCluster(services, QStringLiteral("dws-lakehouse"));
    ResizeDialog dialog(*services.clusters, cluster);
    dialog.show();
    QSignalSpy started(&dialog, &ResizeDialog::resizeStarted);
    auto* current = dialog.findChild<QLabel*>(QStringLiteral("current"));
    QVERIFY(current->text().contains(cluster.nodeType));
    QVERIFY(current->text().contains(QString::number(cluster.numberOfNode)));
    dialog.findChild<QSpinBox*>(QStringLiteral("count"))->setValue(2);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("target"))
                ->text()
                .contains(QString::number(cluster.numberOfNode + 2)));
    dialog.confirmButton()->click();
    QTRY_COMPARE(started.count(), 1);
    const QJsonObject body = services.lastBody(QStringLiteral("POST"), QStringLiteral("/resize"));
    QCOMPARE(
        body.value(QStringLiteral("scale_out")).toObject().value(QStringLiteral("count")).toInt(),
        2);
    QVERIFY(!body.contains(QStringLiteral("resize")));
}

void TestOperationDialogs::resizeChecksTheLimitAndTheVersion()
{
    EmulatedServices services(demo());
    const Cluster cluster = availableCluster(services, QStringLiteral("dws-lakehouse"));
    ResizeDialog dialog(*services.clusters, cluster);
    dialog.show();
    auto* count = dialog.findChild<QSpinBox*>(QStringLiteral("count"));
    count->setValue(32 - cluster.numberOfNode);
    QVERIFY(dialog.confirmButton()->isEnabled());
    count->setValue(33 - cluster.numberOfNode);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    count->setValue(0);
    QVERIFY(!dialog.confirmButton()->isEnabled());

    // 8.1.3 supports a resize to another type and size.
    auto* resize = dialog.findChild<QRadioButton*>(QStringLiteral("resize"));
    QVERIFY(resize->isEnabled());
    resize->setChecked(true);
    QTRY_VERIFY(dialog.findChild<QComboBox*>(QStringLiteral("node_type"))->count() > 1);
    auto* nodes = dialog.findChild<QSpinBox*>(QStringLiteral("number_of_node"));
    nodes->setValue(33);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QVERIFY(!errorOn(dialog, QStringLiteral("number_of_node")).isEmpty());
    nodes->setValue(6);
    QVERIFY(dialog.confirmButton()->isEnabled());

    // A 1.2.0 cluster only adds nodes.
    const Cluster legacy = availableCluster(services, QStringLiteral("dws-legacy-bi"));
    ResizeDialog legacyDialog(*services.clusters, legacy);
    QVERIFY(!legacyDialog.findChild<QRadioButton*>(QStringLiteral("resize"))->isEnabled());
    QVERIFY(legacyDialog.findChild<QRadioButton*>(QStringLiteral("scale_out"))->isChecked());
}

void TestOperationDialogs::resetPasswordEndToEndAndServerErrors()
{
    EmulatedServices services(demo());
    const Cluster cluster = availableCluster(services, QStringLiteral("dws-reporting"));
    ResetPasswordDialog dialog(*services.clusters, cluster);
    dialog.show();
    QSignalSpy reset(&dialog, &ResetPasswordDialog::passwordReset);
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("new_password"));
    auto* confirmation = dialog.findChild<QLineEdit*>(QStringLiteral("new_password_confirmation"));
    QVERIFY(password->echoMode() == QLineEdit::Password);

    typeInto(password, QStringLiteral("Admin123!"));
    typeInto(confirmation, QStringLiteral("Admin123!"));
    QVERIFY(!dialog.confirmButton()->isEnabled()); // weak, caught before sending
    QVERIFY(!dialog.checklist()->allMet());

    // The demo clusters' current password: the server answers DWS.2072.
    typeInto(password, QStringLiteral("Dws2017demo!"));
    typeInto(confirmation, QStringLiteral("Dws2017demo!"));
    QVERIFY(dialog.checklist()->allMet());
    dialog.confirmButton()->click();
    QTRY_VERIFY(!dialog.isSending());
    QVERIFY(dialog.isVisible());
    QCOMPARE(reset.count(), 0);
    QVERIFY(dialog.errorPanel()->headline().contains(QLatin1String("DWS.2072")));
    api::ApiError same;
    same.code = QStringLiteral("DWS.2072");
    QCOMPARE(errorOn(dialog, QStringLiteral("new_password")), describe(same).message);
    QCOMPARE(dialog.focusWidget(), password);
    QCOMPARE(password->text(), QStringLiteral("Dws2017demo!"));

    typeInto(password, QStringLiteral("Fresh#Pass2024"));
    typeInto(confirmation, QStringLiteral("Fresh#Pass2024"));
    QVERIFY(errorOn(dialog, QStringLiteral("new_password")).isEmpty());
    dialog.confirmButton()->click();
    QTRY_COMPARE(reset.count(), 1);
    QCOMPARE(services.lastBody(QStringLiteral("POST"), QStringLiteral("/reset-password"))
                 .value(QStringLiteral("new_password"))
                 .toString(),
             QStringLiteral("Fresh#Pass2024"));
}

void TestOperationDialogs::deleteClusterNeedsTheNameTyped()
{
    EmulatedServices services(demo());
    const Cluster cluster = availableCluster(services, QStringLiteral("dws-lakehouse"));
    DeleteClusterDialog dialog(*services.clusters, cluster);
    dialog.show();
    QSignalSpy deleted(&dialog, &DeleteClusterDialog::clusterDeleted);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("warning"))->text().contains(cluster.name));
    auto* confirm = dialog.findChild<QLineEdit*>(QStringLiteral("confirm_name"));
    QVERIFY(!dialog.confirmButton()->isEnabled());
    typeInto(confirm, cluster.name.chopped(1));
    QVERIFY(!dialog.confirmButton()->isEnabled());
    typeInto(confirm, cluster.name);
    QVERIFY(dialog.confirmButton()->isEnabled());
    auto* keep = dialog.findChild<QSpinBox*>(QStringLiteral("keep_last_manual_snapshot"));
    keep->setValue(-1);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    keep->setValue(2);
    QVERIFY(dialog.confirmButton()->isEnabled());
    dialog.confirmButton()->click();
    QTRY_COMPARE(deleted.count(), 1);
    QCOMPARE(services.lastBody(QStringLiteral("DELETE"), cluster.id)
                 .value(QStringLiteral("keep_last_manual_snapshot"))
                 .toInt(-1),
             2);
    QVERIFY(!services.clusterNamed(cluster.name));

    // "Take a snapshot first" closes the dialog and asks for a snapshot.
    const Cluster other = availableCluster(services, QStringLiteral("dws-analytics"));
    DeleteClusterDialog second(*services.clusters, other);
    second.show();
    QSignalSpy snapshotRequested(&second, &DeleteClusterDialog::snapshotRequested);
    second.snapshotFirstButton()->click();
    QCOMPARE(snapshotRequested.count(), 1);
    QVERIFY(!second.isVisible());
    QCOMPARE(services.count(QStringLiteral("DELETE"), other.id), 0);
}

void TestOperationDialogs::deleteSnapshotManualOnly()
{
    EmulatedServices services(demo());
    Snapshot manual;
    for (const Snapshot& each : services.listSnapshots()) {
        if (each.status == SnapshotStatus::Available)
            manual = each;
    }
    QVERIFY(!manual.id.isEmpty());
    Snapshot automated = manual;
    automated.type = QStringLiteral("AUTOMATED");
    DeleteSnapshotDialog refused(*services.snapshots, automated);
    QVERIFY(!refused.confirmButton()->isEnabled());

    DeleteSnapshotDialog dialog(*services.snapshots, manual);
    dialog.show();
    QSignalSpy deleted(&dialog, &DeleteSnapshotDialog::snapshotDeleted);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("question"))->text().contains(manual.name));
    dialog.confirmButton()->click();
    QTRY_COMPARE(deleted.count(), 1);
    QCOMPARE(services.count(QStringLiteral("DELETE"), QStringLiteral("/snapshots/") + manual.id),
             1);
    for (const Snapshot& each : services.listSnapshots())
        QVERIFY(each.id != manual.id);
}

void TestOperationDialogs::restartWarnsAndSends()
{
    EmulatedServices services(demo());
    const Cluster cluster = availableCluster(services, QStringLiteral("dws-lakehouse"));
    dwsemu::FaultRule busy;
    busy.method = QStringLiteral("POST");
    busy.pathPattern = QStringLiteral("/restart$");
    busy.status = 409;
    busy.errorCode = QStringLiteral("DWS.0011");
    services.fixture->addFault(busy);

    RestartClusterDialog dialog(*services.clusters, cluster);
    dialog.show();
    QSignalSpy started(&dialog, &RestartClusterDialog::restartStarted);
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("warning"))->text().isEmpty());
    QVERIFY(dialog.confirmButton()->isEnabled());
    dialog.confirmButton()->click();
    QTRY_VERIFY(dialog.errorPanel()->isVisible());
    QVERIFY(dialog.errorPanel()->headline().contains(QLatin1String("DWS.0011")));
    QVERIFY(!dialog.errorPanel()->action().isEmpty());
    QVERIFY(dialog.isVisible());
    QCOMPARE(started.count(), 0);

    dialog.confirmButton()->click(); // the fault hit once; now it goes through
    QTRY_COMPARE(started.count(), 1);
    QVERIFY(!dialog.errorPanel()->isVisible());
    QVERIFY(services.lastBody(QStringLiteral("POST"), QStringLiteral("/restart"))
                .contains(QStringLiteral("restart")));
}

QTEST_MAIN(TestOperationDialogs)
#include "tst_operationdialogs.moc"
