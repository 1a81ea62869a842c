#pragma once

// Typing into the console's forms as an operator does (tests that link dwsui).

#include "EmulatorFixture.h"
#include "wizards/NetworkPage.h"

#include <QLineEdit>
#include <QTest>

// Replaces the text of `edit` key by key.
inline void typeInto(QLineEdit* edit, const QString& text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Types the demo project's network and a zone of its region into a create wizard's network
// page.
inline void typeDemoNetwork(dws::ui::NetworkPage* page)
{
    typeInto(page->findChild<QLineEdit*>(QStringLiteral("vpc_id")), demonetwork::vpc);
    typeInto(page->findChild<QLineEdit*>(QStringLiteral("subnet_id")), demonetwork::subnet);
    typeInto(page->findChild<QLineEdit*>(QStringLiteral("security_group_id")),
             demonetwork::securityGroup);
    typeInto(page->findChild<QLineEdit*>(QStringLiteral("availability_zone")),
             QStringLiteral("cn-north-1b"));
}
