// The wizard pages on their own: every rule rejected at its boundary with the message shown
// inline and Next disabled, the live password checklist, Back/Next keeping values.

#include "FormInput.h"
#include "dialogs/FieldErrors.h"
#include "dialogs/PasswordChecklist.h"
#include "dws/Validation.h"
#include "wizards/AdministratorPage.h"
#include "wizards/ClusterBasicsPage.h"
#include "wizards/EnterpriseProjectPage.h"
#include "wizards/NetworkPage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QWizard>

using namespace dws;
using namespace dws::ui;

namespace {

const QString kUuid = QStringLiteral("c8d8ab55-3cbb-4b32-8a6e-1bc3c8f2a6d1");

NodeType nodeType(const QString& specName)
{
    NodeType type;
    type.specName = specName;
    type.id = kUuid;
    type.details = {{QStringLiteral("vCPU"), QStringLiteral("4"), {}},
                    {QStringLiteral("mem"), QStringLiteral("32"), QStringLiteral("GB")},
                    {QStringLiteral("SSD"), QStringLiteral("512"), QStringLiteral("GB")}};
    return type;
}

// A wizard around one page, shown offscreen so that visibility can be asserted.
template <typename Page> struct Harness
{
    QWizard wizard;
    Page* page;
    QWizardPage* next = new QWizardPage;

    explicit Harness(Page* created)
        : page(created)
    {
        wizard.addPage(page);
        wizard.addPage(next);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    }
    bool nextEnabled() const { return wizard.button(QWizard::NextButton)->isEnabled(); }
    QString errorOn(const QString& field) const
    {
        FieldErrorLabel* label = page->fieldErrors().label(field);
        return label && label->isVisible() ? label->text() : QString();
    }
};

} // namespace

class TestWizardPages : public QObject
{
    Q_OBJECT
private slots:
    void clusterNameBoundaries_data();
    void clusterNameBoundaries();
    void nodeCountAndCoordinatorBoundaries();
    void nodeTypesShownWithTheirSize();
    void nodeTypeLoadFailureExplained();
    void freshPageShowsNoMessagesButBlocksNext();
    void networkIdsMustBeUuids();
    void portBoundaries();
    void bindExistingNeedsAnEip();
    void restoreNetworkAcceptsPrefilledValues();
    void passwordChecklistFollowsTyping();
    void passwordConfirmationMustMatch();
    void enterpriseProjectIsOptional();
    void backAndNextKeepValues();
};

void TestWizardPages::clusterNameBoundaries_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("3 chars") << QStringLiteral("abc") << false;
    QTest::newRow("4 chars") << QStringLiteral("abcd") << true;
    QTest::newRow("64 chars") << (QStringLiteral("a") + QString(63, QLatin1Char('b'))) << true;
    QTest::newRow("65 chars") << (QStringLiteral("a") + QString(64, QLatin1Char('b'))) << false;
    QTest::newRow("starts with digit") << QStringLiteral("1abcd") << false;
    QTest::newRow("dot") << QStringLiteral("abc.d") << false;
    QTest::newRow("dash underscore") << QStringLiteral("dws-demo_01") << true;
}

void TestWizardPages::clusterNameBoundaries()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    Harness harness(new ClusterBasicsPage);
    harness.page->setNodeTypes({nodeType(QStringLiteral("dws.d2.xlarge"))});
    typeInto(harness.page->findChild<QLineEdit*>(QStringLiteral("name")), name);

    QCOMPARE(harness.page->clusterName(), name);
    QCOMPARE(harness.nextEnabled(), valid);
    const QString shown = harness.errorOn(QStringLiteral("name"));
    if (valid) {
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
    } else {
        const ValidationIssues expected = validateClusterName(name);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(shown, expected.first().message);
    }
}

void TestWizardPages::nodeCountAndCoordinatorBoundaries()
{
    Harness harness(new ClusterBasicsPage);
    harness.page->setNodeTypes({nodeType(QStringLiteral("dws.d2.xlarge"))});
    typeInto(harness.page->findChild<QLineEdit*>(QStringLiteral("name")),
             QStringLiteral("dws-demo"));
    auto* nodes = harness.page->findChild<QSpinBox*>(QStringLiteral("number_of_node"));
    auto* cns = harness.page->findChild<QSpinBox*>(QStringLiteral("number_of_cn"));

    const auto check = [&](int nodeCount, int cnCount, bool valid, const QString& badField) {
        nodes->setValue(nodeCount);
        cns->setValue(cnCount);
        QCOMPARE(harness.nextEnabled(), valid);
        if (!badField.isEmpty())
            QVERIFY2(!harness.errorOn(badField).isEmpty(), qPrintable(badField));
    };
    check(3, 2, true, {});
    check(2, 2, false, QStringLiteral("number_of_node"));
    check(32, 2, true, {});
    check(33, 2, false, QStringLiteral("number_of_node"));
    check(32, 5, true, {});
    check(32, 6, false, QStringLiteral("number_of_cn"));
    check(32, 1, false, QStringLiteral("number_of_cn"));
    // CN at most nodes - 1: with 3 nodes, 2 CNs are fine and 3 are not.
    check(3, 3, false, QStringLiteral("number_of_cn"));
    check(4, 3, true, {});
    QCOMPARE(harness.page->nodeCount(), 4);
    QCOMPARE(harness.page->coordinatorCount(), 3);
}

void TestWizardPages::nodeTypesShownWithTheirSize()
{
    Harness harness(new ClusterBasicsPage);
    auto* detail = harness.page->findChild<QLabel*>(QStringLiteral("node_type_detail"));
    harness.page->setNodeTypes(
        {nodeType(QStringLiteral("dws.d2.xlarge")), nodeType(QStringLiteral("dws.m3.2xlarge"))});
    auto* box = harness.page->findChild<QComboBox*>(QStringLiteral("node_type"));
    QCOMPARE(box->count(), 2);
    box->setCurrentIndex(1);
    QCOMPARE(harness.page->nodeType(), QStringLiteral("dws.m3.2xlarge"));
    QVERIFY2(detail->text().contains(QLatin1String("32")), qPrintable(detail->text()));
    QVERIFY2(detail->text().contains(QLatin1String("512")), qPrintable(detail->text()));
    QVERIFY2(detail->text().contains(QLatin1String("SSD")), qPrintable(detail->text()));
    // A reload keeps the choice.
    harness.page->setNodeTypes(
        {nodeType(QStringLiteral("dws.d2.xlarge")), nodeType(QStringLiteral("dws.m3.2xlarge"))});
    QCOMPARE(harness.page->nodeType(), QStringLiteral("dws.m3.2xlarge"));
}

void TestWizardPages::nodeTypeLoadFailureExplained()
{
    Harness harness(new ClusterBasicsPage);
    typeInto(harness.page->findChild<QLineEdit*>(QStringLiteral("name")),
             QStringLiteral("dws-demo"));
    api::ApiError error;
    error.httpStatus = 403;
    error.code = QStringLiteral("DWS.0015");
    harness.page->setNodeTypesFailed(error);
    auto* detail = harness.page->findChild<QLabel*>(QStringLiteral("node_type_detail"));
    QVERIFY(!detail->text().isEmpty());
    QVERIFY(!harness.nextEnabled());
    QSignalSpy retry(harness.page, &ClusterBasicsPage::nodeTypesRetryRequested);
    auto* retryButton = harness.page->findChild<QAbstractButton*>();
    QVERIFY(retryButton && retryButton->isVisible());
    retryButton->click();
    QCOMPARE(retry.count(), 1);
}

void TestWizardPages::freshPageShowsNoMessagesButBlocksNext()
{
    Harness harness(new AdministratorPage);
    QVERIFY(!harness.nextEnabled());
    QVERIFY(harness.errorOn(QStringLiteral("user_name")).isEmpty());
    QVERIFY(harness.errorOn(QStringLiteral("user_pwd")).isEmpty());
}

void TestWizardPages::networkIdsMustBeUuids()
{
    Harness harness(new NetworkPage(NetworkPage::Purpose::CreateCluster));
    QVERIFY(!harness.nextEnabled());
    for (const char* field : {"vpc_id", "subnet_id", "security_group_id"})
        typeInto(harness.page->findChild<QLineEdit*>(QLatin1String(field)), kUuid);
    QVERIFY(harness.nextEnabled());

    auto* subnet = harness.page->findChild<QLineEdit*>(QStringLiteral("subnet_id"));
    typeInto(subnet, kUuid.chopped(1)); // one hex digit short
    QVERIFY(!harness.nextEnabled());
    QCOMPARE(harness.errorOn(QStringLiteral("subnet_id")),
             validateUuid(kUuid.chopped(1), QStringLiteral("subnet_id")).first().message);
    typeInto(subnet, kUuid);
    QVERIFY(harness.nextEnabled());
    QVERIFY(harness.errorOn(QStringLiteral("subnet_id")).isEmpty());

    auto* zone = harness.page->findChild<QLineEdit*>(QStringLiteral("availability_zone"));
    typeInto(zone, QStringLiteral("cn-north-1c")); // the reference names it unsupported
    QVERIFY(!harness.nextEnabled());
    QVERIFY(!harness.errorOn(QStringLiteral("availability_zone")).isEmpty());
    typeInto(zone, QStringLiteral("cn-north-4a"));
    QVERIFY(harness.nextEnabled());
}

void TestWizardPages::portBoundaries()
{
    Harness harness(new NetworkPage(NetworkPage::Purpose::Restore));
    auto* port = harness.page->findChild<QSpinBox*>(QStringLiteral("port"));
    QCOMPARE(port->value(), 8000);
    QVERIFY(harness.nextEnabled());
    for (auto [value, valid] : {std::pair{7999, false}, std::pair{8000, true},
                                std::pair{30000, true}, std::pair{30001, false}}) {
        port->setValue(value);
        QCOMPARE(harness.nextEnabled(), valid);
        QCOMPARE(harness.errorOn(QStringLiteral("port")).isEmpty(), valid);
    }
}

void TestWizardPages::bindExistingNeedsAnEip()
{
    Harness harness(new NetworkPage(NetworkPage::Purpose::Restore));
    auto* choice = harness.page->findChild<QComboBox*>(QStringLiteral("public_ip"));
    auto* eip = harness.page->findChild<QLineEdit*>(QStringLiteral("public_ip.eip_id"));
    QVERIFY(!eip->isEnabled());
    choice->setCurrentIndex(int(NetworkPage::PublicIpChoice::BindExisting));
    QVERIFY(eip->isEnabled());
    QVERIFY(!harness.nextEnabled());
    typeInto(eip, QStringLiteral("not-a-uuid"));
    QVERIFY(!harness.nextEnabled());
    QVERIFY(!harness.errorOn(QStringLiteral("public_ip.eip_id")).isEmpty());
    typeInto(eip, kUuid);
    QVERIFY(harness.nextEnabled());
    QCOMPARE(harness.page->publicIpRequest().bindType.value(), PublicBindType::BindExisting);
    QCOMPARE(harness.page->publicIpRequest().eipId, kUuid);
    choice->setCurrentIndex(int(NetworkPage::PublicIpChoice::AutoAssign));
    QVERIFY(harness.page->publicIpRequest().eipId.isEmpty());
    QCOMPARE(harness.page->publicBindType(), QStringLiteral("auto_assign"));
}

void TestWizardPages::restoreNetworkAcceptsPrefilledValues()
{
    Harness harness(new NetworkPage(NetworkPage::Purpose::Restore));
    harness.page->prefill(kUuid, kUuid, QStringLiteral("bad id"), QStringLiteral("cn-north-4a"));
    QVERIFY(!harness.nextEnabled());
    // Prefilled values are judged at once.
    QVERIFY(!harness.errorOn(QStringLiteral("security_group_id")).isEmpty());
    typeInto(harness.page->findChild<QLineEdit*>(QStringLiteral("security_group_id")), QString());
    QVERIFY(harness.nextEnabled()); // empty: the source cluster's
}

void TestWizardPages::passwordChecklistFollowsTyping()
{
    Harness harness(new AdministratorPage);
    typeInto(harness.page->findChild<QLineEdit*>(QStringLiteral("user_name")),
             QStringLiteral("dbadmin"));
    auto* password = harness.page->findChild<QLineEdit*>(QStringLiteral("user_pwd"));
    auto* confirmation =
        harness.page->findChild<QLineEdit*>(QStringLiteral("user_pwd_confirmation"));
    auto* checklist = harness.page->findChild<PasswordChecklist*>();
    QVERIFY(checklist);
    QVERIFY(password->echoMode() == QLineEdit::Password);

    const auto expectChecklist = [&](const QString& typed) {
        const QList<PasswordRuleCheck> rules = passwordChecklist(typed, QStringLiteral("dbadmin"));
        const QList<PasswordChecklist::Rule> shown = checklist->rules();
        QCOMPARE(shown.size(), rules.size() + 1); // + "both entries match"
        for (qsizetype i = 0; i < rules.size(); ++i) {
            QCOMPARE(shown.at(i).text, rules.at(i).text);
            QCOMPARE(shown.at(i).met, rules.at(i).met);
            QVERIFY(checklist->ruleLabel(int(i))->isVisible());
            QVERIFY(checklist->ruleLabel(int(i))->text().contains(rules.at(i).text));
        }
    };
    typeInto(password, QStringLiteral("short"));
    expectChecklist(QStringLiteral("short"));
    QVERIFY(!checklist->rules().first().met); // length
    QVERIFY(!harness.errorOn(QStringLiteral("user_pwd")).isEmpty());

    typeInto(password, QStringLiteral("nimdabd")); // the user name reversed
    expectChecklist(QStringLiteral("nimdabd"));
    typeInto(password, QStringLiteral("Admin123!")); // the reference's weak example
    expectChecklist(QStringLiteral("Admin123!"));
    QVERIFY(!harness.nextEnabled());

    typeInto(password, QStringLiteral("Dws@Cluster2024"));
    expectChecklist(QStringLiteral("Dws@Cluster2024"));
    QVERIFY(!checklist->allMet()); // not confirmed yet
    typeInto(confirmation, QStringLiteral("Dws@Cluster2024"));
    QVERIFY(checklist->allMet());
    QVERIFY(harness.nextEnabled());
    QVERIFY(harness.errorOn(QStringLiteral("user_pwd")).isEmpty());
}

void TestWizardPages::passwordConfirmationMustMatch()
{
    Harness harness(new AdministratorPage);
    typeInto(harness.page->findChild<QLineEdit*>(QStringLiteral("user_name")),
             QStringLiteral("dbadmin"));
    typeInto(harness.page->findChild<QLineEdit*>(QStringLiteral("user_pwd")),
             QStringLiteral("Dws@Cluster2024"));
    typeInto(harness.page->findChild<QLineEdit*>(QStringLiteral("user_pwd_confirmation")),
             QStringLiteral("Dws@Cluster2025"));
    QVERIFY(!harness.nextEnabled());
    QVERIFY(!harness.errorOn(QStringLiteral("user_pwd_confirmation")).isEmpty());
    QVERIFY(!harness.page->findChild<PasswordChecklist*>()->rules().last().met);

    // A reserved word is no user name.
    typeInto(harness.page->findChild<QLineEdit*>(QStringLiteral("user_pwd_confirmation")),
             QStringLiteral("Dws@Cluster2024"));
    QVERIFY(harness.nextEnabled());
    typeInto(harness.page->findChild<QLineEdit*>(QStringLiteral("user_name")),
             QStringLiteral("select"));
    QVERIFY(!harness.nextEnabled());
    QVERIFY(!harness.errorOn(QStringLiteral("user_name")).isEmpty());
}

void TestWizardPages::enterpriseProjectIsOptional()
{
    Harness harness(new EnterpriseProjectPage);
    QVERIFY(harness.nextEnabled());
    auto* project = harness.page->findChild<QLineEdit*>(QStringLiteral("enterprise_project_id"));
    typeInto(project, QStringLiteral("0"));
    QVERIFY(harness.nextEnabled());
    typeInto(project, QStringLiteral("my-project"));
    QVERIFY(!harness.nextEnabled());
    QVERIFY(!harness.errorOn(QStringLiteral("enterprise_project_id")).isEmpty());
    typeInto(project, kUuid);
    QVERIFY(harness.nextEnabled());
}

void TestWizardPages::backAndNextKeepValues()
{
    QWizard wizard;
    auto* basics = new ClusterBasicsPage;
    auto* network = new NetworkPage(NetworkPage::Purpose::CreateCluster);
    wizard.addPage(basics);
    wizard.addPage(network);
    wizard.addPage(new QWizardPage);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    basics->setNodeTypes({nodeType(QStringLiteral("dws.d2.xlarge"))});
    typeInto(basics->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("dws-demo"));
    basics->findChild<QSpinBox*>(QStringLiteral("number_of_node"))->setValue(6);
    wizard.next();
    for (const char* field : {"vpc_id", "subnet_id", "security_group_id"})
        typeInto(network->findChild<QLineEdit*>(QLatin1String(field)), kUuid);
    network->findChild<QSpinBox*>(QStringLiteral("port"))->setValue(8100);
    wizard.next();
    wizard.back();
    wizard.back();
    QCOMPARE(basics->clusterName(), QStringLiteral("dws-demo"));
    QCOMPARE(basics->nodeCount(), 6);
    wizard.next();
    QCOMPARE(network->vpcId(), kUuid);
    QCOMPARE(network->port(), 8100);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

QTEST_MAIN(TestWizardPages)
#include "tst_wizardpages.moc"
