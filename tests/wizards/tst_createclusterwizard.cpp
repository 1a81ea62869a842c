// The create-cluster wizard end to end against the emulator over real HTTP: the exact request,
// the new cluster in the emulator, server errors that keep the input and focus the field, the
// busy state while sending, both languages, and the screenshots.

#include "WizardTestSupport.h"
#include "dialogs/BusyIndicator.h"
#include "dialogs/ErrorPanel.h"
#include "dialogs/FieldErrors.h"
#include "dws/ErrorCatalogue.h"
#include "i18n/Language.h"
#include "wizards/AdministratorPage.h"
#include "wizards/ClusterBasicsPage.h"
#include "wizards/CreateClusterWizard.h"
#include "wizards/EnterpriseProjectPage.h"
#include "wizards/NetworkPage.h"
#include "wizards/SummaryPage.h"

#include <QComboBox>
#include <QDir>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>

using namespace dws;
using namespace dws::ui;

namespace {

const QString kPassword = QStringLiteral("Dws@Cluster2024");

// Fills every page with valid values and stops on the summary page.
void fillWizard(CreateClusterWizard& wizard, const QString& name)
{
    QTRY_VERIFY(wizard.basicsPage()->findChild<QComboBox*>(QStringLiteral("node_type"))->count() >
                0);
    auto* types = wizard.basicsPage()->findChild<QComboBox*>(QStringLiteral("node_type"));
    types->setCurrentIndex(types->findData(QStringLiteral("dws.d2.xlarge")));
    typeInto(wizard.basicsPage()->findChild<QLineEdit*>(QStringLiteral("name")), name);
    wizard.basicsPage()->findChild<QSpinBox*>(QStringLiteral("number_of_node"))->setValue(4);
    wizard.basicsPage()->findChild<QSpinBox*>(QStringLiteral("number_of_cn"))->setValue(3);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CreateClusterWizard::NetworkPageId));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    typeDemoNetwork(wizard.networkPage());
    wizard.networkPage()->findChild<QSpinBox*>(QStringLiteral("port"))->setValue(8100);
    wizard.networkPage()
        ->findChild<QComboBox*>(QStringLiteral("public_ip"))
        ->setCurrentIndex(int(NetworkPage::PublicIpChoice::AutoAssign));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CreateClusterWizard::AdministratorPageId));
    typeInto(wizard.administratorPage()->findChild<QLineEdit*>(QStringLiteral("user_name")),
             QStringLiteral("dbadmin"));
    typeInto(wizard.administratorPage()->findChild<QLineEdit*>(QStringLiteral("user_pwd")),
             kPassword);
    typeInto(
        wizard.administratorPage()->findChild<QLineEdit*>(QStringLiteral("user_pwd_confirmation")),
        kPassword);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CreateClusterWizard::EnterpriseProjectPageId));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CreateClusterWizard::SummaryPageId));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
}

QString errorShownOn(FormPage* page, const QString& field)
{
    FieldErrorLabel* label = page->fieldErrors().label(field);
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace

class TestCreateClusterWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void validPathSendsTheExactRequest();
    void summaryShowsWhatIsSentWithThePasswordMasked();
    void duplicateNameKeepsInputAndFocusesName();
    void serverErrorsGoToTheirField_data();
    void serverErrorsGoToTheirField();
    void busyWhileSending();
    void bothLanguagesRender();
    void screenshots();

private:
    void switchTo(const QString& language);

    i18n::LanguageManager* m_languages = nullptr;
};

void TestCreateClusterWizard::switchTo(const QString& language)
{
    QVERIFY(m_languages->setLanguage(language));
}

void TestCreateClusterWizard::initTestCase()
{
    m_languages = new i18n::LanguageManager(this);
    m_languages->start(QStringLiteral("en"));
}

void TestCreateClusterWizard::cleanup()
{
    switchTo(QStringLiteral("en"));
}

void TestCreateClusterWizard::validPathSendsTheExactRequest()
{
    EmulatedServices services;
    CreateClusterWizard wizard(*services.clusters);
    wizard.show();
    QSignalSpy created(&wizard, &CreateClusterWizard::clusterCreated);
    fillWizard(wizard, QStringLiteral("dws-wizard-01"));
    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE(created.count(), 1);
    QTRY_VERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    QCOMPARE(services.count(QStringLiteral("POST"), QStringLiteral("/clusters")), 1);
    const QJsonObject cluster =
        services.lastBody(QStringLiteral("POST"), QStringLiteral("/clusters"))
            .value(QStringLiteral("cluster"))
            .toObject();
    QCOMPARE(cluster.value(QStringLiteral("name")).toString(), QStringLiteral("dws-wizard-01"));
    QCOMPARE(cluster.value(QStringLiteral("node_type")).toString(),
             QStringLiteral("dws.d2.xlarge"));
    QCOMPARE(cluster.value(QStringLiteral("number_of_node")).toInt(), 4);
    QCOMPARE(cluster.value(QStringLiteral("number_of_cn")).toInt(), 3);
    QCOMPARE(cluster.value(QStringLiteral("vpc_id")).toString(), demonetwork::vpc);
    QCOMPARE(cluster.value(QStringLiteral("subnet_id")).toString(), demonetwork::subnet);
    QCOMPARE(cluster.value(QStringLiteral("security_group_id")).toString(),
             demonetwork::securityGroup);
    QCOMPARE(cluster.value(QStringLiteral("availability_zone")).toString(),
             QStringLiteral("cn-north-1b"));
    QCOMPARE(cluster.value(QStringLiteral("port")).toInt(), 8100);
    QCOMPARE(cluster.value(QStringLiteral("public_ip"))
                 .toObject()
                 .value(QStringLiteral("public_bind_type"))
                 .toString(),
             QStringLiteral("auto_assign"));
    QCOMPARE(cluster.value(QStringLiteral("user_name")).toString(), QStringLiteral("dbadmin"));
    QCOMPARE(cluster.value(QStringLiteral("user_pwd")).toString(), kPassword);
    QVERIFY(!cluster.contains(QStringLiteral("enterprise_project_id")));

    const QString id = created.first().at(0).toString();
    const auto found = services.clusterNamed(QStringLiteral("dws-wizard-01"));
    QVERIFY(found);
    QCOMPARE(found->id, id);
    QCOMPARE(found->numberOfNode, 4);
}

void TestCreateClusterWizard::summaryShowsWhatIsSentWithThePasswordMasked()
{
    EmulatedServices services;
    CreateClusterWizard wizard(*services.clusters);
    wizard.show();
    fillWizard(wizard, QStringLiteral("dws-wizard-02"));
    SummaryPage* summary = wizard.summaryPage();
    QCOMPARE(summary->valueFor(QStringLiteral("Cluster name")), QStringLiteral("dws-wizard-02"));
    QCOMPARE(summary->valueFor(QStringLiteral("Nodes")), QStringLiteral("4"));
    QCOMPARE(summary->valueFor(QStringLiteral("VPC ID")), demonetwork::vpc);
    QCOMPARE(summary->valueFor(QStringLiteral("Administrator")), QStringLiteral("dbadmin"));
    QVERIFY(!summary->valueFor(QStringLiteral("Password")).contains(kPassword));
    const QJsonObject body = QJsonDocument::fromJson(summary->bodyText().toUtf8()).object();
    const QJsonObject cluster = body.value(QStringLiteral("cluster")).toObject();
    QCOMPARE(cluster.value(QStringLiteral("name")).toString(), QStringLiteral("dws-wizard-02"));
    QVERIFY(cluster.contains(QStringLiteral("user_pwd")));
    QVERIFY(!summary->bodyText().contains(kPassword));
    // Nothing was sent yet.
    QCOMPARE(services.count(QStringLiteral("POST"), QStringLiteral("/clusters")), 0);
}

void TestCreateClusterWizard::duplicateNameKeepsInputAndFocusesName()
{
    EmulatedServices services;
    {
        CreateClusterWizard first(*services.clusters);
        first.show();
        fillWizard(first, QStringLiteral("dws-taken"));
        first.button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!first.isVisible());
    }
    CreateClusterWizard wizard(*services.clusters);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QSignalSpy created(&wizard, &CreateClusterWizard::clusterCreated);
    fillWizard(wizard, QStringLiteral("dws-taken"));
    const CreateClusterRequest before = wizard.request();
    wizard.button(QWizard::FinishButton)->click();

    QTRY_COMPARE(wizard.currentId(), int(CreateClusterWizard::BasicsPageId));
    QVERIFY(wizard.isVisible());
    QCOMPARE(created.count(), 0);
    QCOMPARE(wizard.request(), before); // every value kept
    auto* name = wizard.basicsPage()->findChild<QLineEdit*>(QStringLiteral("name"));
    QTRY_COMPARE(wizard.focusWidget(), name);
    api::ApiError duplicate;
    duplicate.code = QStringLiteral("DWS.5050");
    QCOMPARE(errorShownOn(wizard.basicsPage(), QStringLiteral("name")),
             describe(duplicate).message);
    ErrorPanel* panel = wizard.basicsPage()->errorPanel();
    QVERIFY(panel->isVisible());
    QVERIFY(panel->headline().contains(QLatin1String("DWS.5050")));
    QCOMPARE(panel->message(), describe(duplicate).message);
    QVERIFY(panel->action().contains(describe(duplicate).action));

    // A new name clears the mark and the wizard goes through.
    typeInto(name, QStringLiteral("dws-free"));
    QVERIFY(errorShownOn(wizard.basicsPage(), QStringLiteral("name")).isEmpty());
    while (wizard.currentId() != CreateClusterWizard::SummaryPageId)
        wizard.next();
    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE(created.count(), 1);
    QVERIFY(services.clusterNamed(QStringLiteral("dws-free")));
}

void TestCreateClusterWizard::serverErrorsGoToTheirField_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("field");
    QTest::newRow("weak password")
        << QStringLiteral("DWS.2026") << int(CreateClusterWizard::AdministratorPageId)
        << QStringLiteral("user_pwd");
    QTest::newRow("bad user name")
        << QStringLiteral("DWS.5059") << int(CreateClusterWizard::AdministratorPageId)
        << QStringLiteral("user_name");
    QTest::newRow("node count") << QStringLiteral("DWS.5047")
                                << int(CreateClusterWizard::BasicsPageId)
                                << QStringLiteral("number_of_node");
    QTest::newRow("node type") << QStringLiteral("DWS.5006")
                               << int(CreateClusterWizard::BasicsPageId)
                               << QStringLiteral("node_type");
    QTest::newRow("public ip") << QStringLiteral("DWS.5098")
                               << int(CreateClusterWizard::NetworkPageId)
                               << QStringLiteral("public_ip");
}

void TestCreateClusterWizard::serverErrorsGoToTheirField()
{
    QFETCH(QString, code);
    QFETCH(int, page);
    QFETCH(QString, field);
    EmulatedServices services;
    dwsemu::FaultRule rule;
    rule.method = QStringLiteral("POST");
    rule.pathPattern = QStringLiteral("/clusters$");
    rule.kind = dwsemu::FaultKind::HttpStatus;
    rule.status = 400;
    rule.errorCode = code;
    services.fixture->addFault(rule);

    CreateClusterWizard wizard(*services.clusters);
    wizard.show();
    fillWizard(wizard, QStringLiteral("dws-fault"));
    const CreateClusterRequest before = wizard.request();
    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE(wizard.currentId(), page);
    QCOMPARE(wizard.request(), before);
    auto* form = qobject_cast<FormPage*>(wizard.currentPage());
    QVERIFY(form);
    QTRY_COMPARE(wizard.focusWidget(), form->fieldErrors().input(field));
    QVERIFY(!errorShownOn(form, field).isEmpty());
    QVERIFY(form->errorPanel()->headline().contains(code));
    QVERIFY(!services.clusterNamed(QStringLiteral("dws-fault")));
}

void TestCreateClusterWizard::busyWhileSending()
{
    EmulatedServices services;
    dwsemu::FaultRule slow;
    slow.method = QStringLiteral("POST");
    slow.pathPattern = QStringLiteral("/clusters$");
    slow.kind = dwsemu::FaultKind::Latency;
    slow.latencyMs = 400;
    services.fixture->addFault(slow);

    CreateClusterWizard wizard(*services.clusters);
    wizard.show();
    QSignalSpy created(&wizard, &CreateClusterWizard::clusterCreated);
    fillWizard(wizard, QStringLiteral("dws-slow"));
    wizard.button(QWizard::FinishButton)->click();

    // The answer cannot have arrived yet: the wizard is open, busy and locked.
    QVERIFY(wizard.isSending());
    QVERIFY(wizard.isVisible());
    QVERIFY(wizard.summaryPage()->busyIndicator()->isVisible());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
    wizard.reject(); // ignored while sending
    QVERIFY(wizard.isVisible());
    wizard.button(QWizard::FinishButton)->click(); // no second request

    QTRY_COMPARE(created.count(), 1);
    QTRY_VERIFY(!wizard.isVisible());
    QCOMPARE(services.count(QStringLiteral("POST"), QStringLiteral("/clusters")), 1);
}

void TestCreateClusterWizard::bothLanguagesRender()
{
    EmulatedServices services;
    CreateClusterWizard wizard(*services.clusters);
    wizard.show();
    const QString englishTitle = wizard.basicsPage()->title();
    const QString englishWindow = wizard.windowTitle();
    const QString englishNext = wizard.button(QWizard::NextButton)->text();
    QCOMPARE(englishTitle, QStringLiteral("Cluster basics"));

    switchTo(QStringLiteral("zh_CN"));
    const char* context = "dws::ui::ClusterBasicsPage";
    QTRY_COMPARE(wizard.basicsPage()->title(),
                 QCoreApplication::translate(context, "Cluster basics"));
    QCOMPARE(wizard.windowTitle(),
             QCoreApplication::translate("dws::ui::CreateClusterWizard", "Create Cluster"));
    QVERIFY2(wizard.basicsPage()->title() != englishTitle, "the page title is not translated");
    QVERIFY2(wizard.button(QWizard::NextButton)->text() != englishNext,
             "the Next button is not translated");
    QVERIFY(wizard.windowTitle() != englishWindow);

    switchTo(QStringLiteral("en"));
    QTRY_COMPARE(wizard.basicsPage()->title(), englishTitle);
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), englishNext);
}

void TestCreateClusterWizard::screenshots()
{
    // Written into docs/screenshots when DWS_WRITE_SCREENSHOTS is set, else a scratch folder.
    const bool publish = qEnvironmentVariableIsSet("DWS_WRITE_SCREENSHOTS");
    const QString folder =
        publish ? qEnvironmentVariable("DWS_SOURCE_DIR") + QStringLiteral("/docs/screenshots")
                : QDir::tempPath() + QStringLiteral("/dws-wizard-shots");
    QVERIFY(QDir().mkpath(folder));
    EmulatedServices services;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        switchTo(language);
        QCoreApplication::processEvents();
        CreateClusterWizard wizard(*services.clusters);
        wizard.resize(760, 620);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillWizard(wizard, QStringLiteral("dws-sales-dw"));
        wizard.back();
        wizard.back(); // the administrator page, with its live checklist
        QCOMPARE(wizard.currentId(), int(CreateClusterWizard::AdministratorPageId));
        const QString file = folder + QStringLiteral("/create-wizard-%1.png").arg(language);
        QVERIFY(wizard.grab().save(file));
        QVERIFY(QFileInfo(file).size() > 0);
        wizard.reject();
    }
}

QTEST_MAIN(TestCreateClusterWizard)
#include "tst_createclusterwizard.moc"
