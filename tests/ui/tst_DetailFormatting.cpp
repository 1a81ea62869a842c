#include "DetailFormatting.h"

#include <QTest>

using namespace dws;
using namespace dws::ui;

class TestDetailFormatting : public QObject
{
    Q_OBJECT
private slots:
    void days()
    {
        QCOMPARE(maintainDayOfWeek(QStringLiteral("Mon")), 1);
        QCOMPARE(maintainDayOfWeek(QStringLiteral("sunday")), 7);
        QCOMPARE(maintainDayOfWeek(QStringLiteral("Wed ")), 3);
        QVERIFY(!maintainDayOfWeek(QStringLiteral("Xyz")));
        QVERIFY(!maintainDayOfWeek(QString()));
    }

    void windowInLocalTime()
    {
        // GMT Monday 22:00-02:00 is Tuesday 06:00-10:00 in UTC+8.
        const MaintainWindow window{QStringLiteral("Mon"), QStringLiteral("22:00"),
                                    QStringLiteral("02:00")};
        const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));
        QVERIFY(shanghai.isValid());
        const QString text = maintainWindowText(window, shanghai, QDate(2024, 3, 13));
        const QLocale locale;
        QVERIFY2(text.contains(u"22:00") && text.contains(u"02:00") && text.contains(u"GMT"),
                 qPrintable(text));
        QVERIFY2(text.contains(locale.dayName(2) + QLatin1String(" 06:00")), qPrintable(text));
        QVERIFY2(text.contains(u"10:00"), qPrintable(text));
    }

    void windowCrossingMidnightLocally()
    {
        // GMT Sunday 20:00-23:00 is Monday 04:00-07:00 in UTC+8: the local day changes.
        const MaintainWindow window{QStringLiteral("Sun"), QStringLiteral("20:00"),
                                    QStringLiteral("23:00")};
        const QString text = maintainWindowText(window, QTimeZone(8 * 3600), QDate(2024, 3, 13));
        QVERIFY2(text.contains(QLocale().dayName(1) + QLatin1String(" 04:00")), qPrintable(text));
        QVERIFY2(text.contains(u"07:00"), qPrintable(text));
    }

    void malformedWindowShowsWhatWasSent()
    {
        const MaintainWindow window{QStringLiteral("Someday"), QStringLiteral("late"),
                                    QStringLiteral("")};
        const QString text = maintainWindowText(window, QTimeZone(3600));
        QVERIFY(text.contains(u"Someday"));
        QVERIFY(text.contains(u"late"));
    }

    void durations()
    {
        QVERIFY(durationText(45).contains(u"45"));
        QVERIFY(durationText(-5).contains(u"0"));
        QVERIFY(durationText(600).contains(u"10"));
        const QString hours = durationText(2 * 3600 + 5 * 60);
        QVERIFY2(hours.contains(u"2") && hours.contains(u"5"), qPrintable(hours));
    }

    void timestamps()
    {
        QCOMPARE(localTimestampText(QDateTime()), noValueText());
        const QDateTime utc(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        QCOMPARE(localTimestampText(utc),
                 utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
};

QTEST_GUILESS_MAIN(TestDetailFormatting)
#include "tst_DetailFormatting.moc"
