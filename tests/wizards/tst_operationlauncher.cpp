// The launcher opens one dialog per operation kind over the window and asks for a refresh when
// an operation went through.

#include "OperationLauncher.h"
#include "WizardTestSupport.h"
#include "dialogs/CreateSnapshotDialog.h"
#include "wizards/CreateClusterWizard.h"

#include <QPushButton>
#include <QSignalSpy>

using namespace dws;
using namespace dws::ui;

class TestOperationLauncher : public QObject
{
    Q_OBJECT
private slots:
    void nothingOpensWithoutServices();
    void oneDialogPerKind();
    void successAsksForARefresh();
};

void TestOperationLauncher::nothingOpensWithoutServices()
{
    QWidget window;
    OperationLauncher launcher(&window);
    launcher.createCluster();
    QVERIFY(!launcher.openDialog(QStringLiteral("createCluster")));
}

void TestOperationLauncher::oneDialogPerKind()
{
    EmulatedServices services;
    QWidget window;
    window.show();
    OperationLauncher launcher(&window);
    launcher.setServices(services.clusters.get(), services.snapshots.get());
    launcher.createCluster();
    QPointer<QDialog> first = launcher.openDialog(QStringLiteral("createCluster"));
    QVERIFY(qobject_cast<CreateClusterWizard*>(first.data()));
    QVERIFY(first->isVisible());
    launcher.createCluster();
    QCOMPARE(launcher.openDialog(QStringLiteral("createCluster")), first.data());
    first->reject();
    QTRY_VERIFY(!first); // deleted on close
    launcher.createCluster();
    QVERIFY(launcher.openDialog(QStringLiteral("createCluster")));
}

void TestOperationLauncher::successAsksForARefresh()
{
    dwsemu::EmulatorOptions options;
    options.demo = true;
    EmulatedServices services(options);
    const auto cluster = services.clusterNamed(QStringLiteral("dws-lakehouse"));
    QVERIFY(cluster);
    QWidget window;
    window.show();
    OperationLauncher launcher(&window);
    launcher.setServices(services.clusters.get(), services.snapshots.get());
    QSignalSpy refresh(&launcher, &OperationLauncher::refreshRequested);
    QSignalSpy started(&launcher, &OperationLauncher::taskStarted);
    launcher.createSnapshot(*cluster);
    auto* dialog =
        qobject_cast<CreateSnapshotDialog*>(launcher.openDialog(QStringLiteral("createSnapshot")));
    QVERIFY(dialog);
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("lake-manual"));
    dialog->confirmButton()->click();
    QTRY_COMPARE(refresh.count(), 1);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().at(0).toString(), cluster->id);
}

QTEST_MAIN(TestOperationLauncher)
#include "tst_operationlauncher.moc"
