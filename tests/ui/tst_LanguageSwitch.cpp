// Switching the language at run time with the main window signed in to the emulator and the
// create-cluster wizard open: the texts people see change to Chinese and back, no restart.
#include "EmulatorFixture.h"
#include "MainWindow.h"
#include "MainWindowTestSupport.h"
#include "OperationActions.h"
#include "Session.h"
#include "SessionFactory.h"
#include "TablePane.h"
#include "i18n/Language.h"
#include "models/ClusterTableModel.h"
#include "models/ModelRoles.h"
#include "wizards/CreateClusterWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QWizard>

using namespace dws;
using namespace dws::ui;
using namespace mainwindowtest;

namespace {

bool hasChinese(const QString& text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

// Everything the test watches, read from the widgets as a person would see them.
struct VisibleTexts
{
    QString tab;
    QString header;
    QString refreshAction;
    QString statusCell;
    QString wizardNextButton;
    QString wizardPageTitle;
};

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private:
    VisibleTexts read(MainWindow& window, QWizard& wizard, const QString& clusterId)
    {
        VisibleTexts texts;
        texts.tab = window.findChild<QTabWidget*>(QStringLiteral("resourceTabs"))->tabText(0);
        const QAbstractItemModel* model = window.clusterPane()->view()->model();
        texts.header =
            model->headerData(ClusterTableModel::StatusColumn, Qt::Horizontal).toString();
        texts.refreshAction = window.operationActions()->action(Operation::Refresh)->text();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex status = model->index(row, ClusterTableModel::StatusColumn);
            if (status.data(IdRole).toString() == clusterId)
                texts.statusCell = status.data(Qt::DisplayRole).toString();
        }
        texts.wizardNextButton = wizard.button(QWizard::NextButton)->text();
        texts.wizardPageTitle = wizard.currentPage()->title();
        return texts;
    }

private slots:
    void switchesTheWindowAndAnOpenWizardBothWays()
    {
        i18n::LanguageManager languages;
        languages.start(QStringLiteral("en"));

        dwsemu::EmulatorOptions options;
        options.demo = true;
        EmulatorFixture fixture(options);
        QVERIFY(fixture.isListening());

        MainWindow window;
        window.setLanguageManager(&languages);
        window.resize(1280, 800);
        window.show();
        bool signedIn = false;
        SessionFactory::signIn(profileFor(fixture), QStringLiteral("Switch-Lang-Pass-7"), &window,
                               [&](api::Result<std::unique_ptr<Session>> result) {
                                   if (result)
                                       window.setSession(std::move(result).value());
                                   signedIn = true;
                               });
        QTRY_VERIFY_WITH_TIMEOUT(signedIn, 10000);
        QVERIFY(window.session());
        QTRY_VERIFY_WITH_TIMEOUT(window.clusterModel()->rowCount() > 0, 10000);
        const QString clusterId = window.clusterModel()->clusterAt(0).id;

        CreateClusterWizard wizard(*window.session()->clusterService(), &window);
        wizard.show();

        const VisibleTexts english = read(window, wizard, clusterId);
        for (const QString& text :
             {english.tab, english.header, english.refreshAction, english.statusCell,
              english.wizardNextButton, english.wizardPageTitle}) {
            QVERIFY2(!text.isEmpty(), "every watched text is shown");
            QVERIFY2(!hasChinese(text), qPrintable(text));
        }

        languages.setLanguage(QStringLiteral("zh_CN"));
        QTRY_VERIFY(hasChinese(read(window, wizard, clusterId).tab));
        const VisibleTexts chinese = read(window, wizard, clusterId);
        QVERIFY2(hasChinese(chinese.header), qPrintable(chinese.header));
        QVERIFY2(hasChinese(chinese.refreshAction), qPrintable(chinese.refreshAction));
        QVERIFY2(hasChinese(chinese.statusCell), qPrintable(chinese.statusCell));
        QVERIFY2(hasChinese(chinese.wizardNextButton), qPrintable(chinese.wizardNextButton));
        QVERIFY2(hasChinese(chinese.wizardPageTitle), qPrintable(chinese.wizardPageTitle));

        languages.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(read(window, wizard, clusterId).tab, english.tab);
        const VisibleTexts back = read(window, wizard, clusterId);
        QCOMPARE(back.header, english.header);
        QCOMPARE(back.refreshAction, english.refreshAction);
        QCOMPARE(back.statusCell, english.statusCell);
        QCOMPARE(back.wizardNextButton, english.wizardNextButton);
        QCOMPARE(back.wizardPageTitle, english.wizardPageTitle);
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_LanguageSwitch.moc"
