// The calendar export: an RFC 5545 file that an independent parser (Debian's python3-icalendar)
// reads back with every event at the right time, ids that stay the same from one export to the
// next, text escaped, lines folded.

#include "calendar/planrepository.h"
#include "clients/clientrepository.h"
#include "io/icalendar.h"
#include "work/timeentryrepository.h"

#include "qtprinters.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

// Debian's own Python, where python3-icalendar is installed (a python3 earlier on PATH may not
// have it).
QString python()
{
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                             : QStringLiteral("python3");
}

// What python3-icalendar makes of the file: one object per event.
QJsonArray parsed(const QString &path)
{
    const QString script = QStringLiteral(R"(
import icalendar, json, sys
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for e in cal.walk('VEVENT'):
    events.append({'uid': str(e['UID']), 'summary': str(e['SUMMARY']),
                   'description': str(e.get('DESCRIPTION', '')),
                   'start': e.decoded('DTSTART').isoformat(), 'end': e.decoded('DTEND').isoformat(),
                   'category': e['CATEGORIES'].to_ical().decode()})
print(json.dumps(events))
)");
    QProcess process;
    process.start(python(), {QStringLiteral("-c"), script, path});
    EXPECT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString()
                                     << "\n(python3-icalendar is needed by this test)";
    return QJsonDocument::fromJson(process.readAllStandardOutput()).array();
}

class ICalendar : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.clock().setLocal(2026, 11, 20, 18, 0);
        Client c;
        c.name = QStringLiteral("Studio Bianchi, Rossi & C.");
        c.currency = *Currency::fromCode(u"EUR");
        client = ClientRepository(t.db(), t.clock()).add(c).value();
    }

    qint64 local(int y, int mo, int d, int h, int mi) const
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), t.clock().timeZone()).toSecsSinceEpoch();
    }

    TestDatabase t;
    TempDir dir;
    Client client;
};

} // namespace

TEST_F(ICalendar, PlansAndEntriesAreReadBackByAnIndependentParser)
{
    Plan p;
    p.clientId = client.id;
    p.title = QStringLiteral("Weekly call; agenda, minutes");
    p.notes = QStringLiteral("Bring the numbers\nand the \\ new contract");
    p.start = local(2026, 10, 19, 9, 0); // Rome leaves summer time on the 25th
    p.minutes = 45;
    p.repeat = Repeat::Weekly;
    p.due = QDate(2026, 10, 20);
    ASSERT_TRUE(PlanRepository(t.db(), t.clock()).add(p).ok());
    TimeEntry e;
    e.clientId = client.id;
    e.start = local(2026, 10, 21, 14, 0);
    e.end = local(2026, 10, 21, 15, 30);
    e.task = QStringLiteral("Bookkeeping");
    e.description = QStringLiteral("Fatture di ottobre — più di 30 voci, con un’apostrofo");
    ASSERT_TRUE(TimeEntryRepository(t.db(), t.clock()).add(e).ok());

    const QString path = dir.file(QStringLiteral("minuta.ics"));
    ICalendarExport exporter(t.db(), t.clock());
    const auto written = exporter.write({QDate(2026, 10, 19), QDate(2026, 11, 1), true, true}, path);
    ASSERT_TRUE(written.ok()) << written.error().message().toStdString();
    EXPECT_EQ(*written, 3); // two weekly calls, one entry

    const QJsonArray events = parsed(path);
    ASSERT_EQ(events.size(), 3);
    const QJsonObject first = events[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("summary")).toString(),
              QStringLiteral("Studio Bianchi, Rossi & C.: Weekly call; agenda, minutes"));
    EXPECT_EQ(first.value(QStringLiteral("start")).toString(), QStringLiteral("2026-10-19T07:00:00+00:00"))
        << "09:00 in Rome in summer time";
    EXPECT_EQ(first.value(QStringLiteral("end")).toString(), QStringLiteral("2026-10-19T07:45:00+00:00"));
    EXPECT_TRUE(first.value(QStringLiteral("description"))
                    .toString()
                    .startsWith(QStringLiteral("Bring the numbers\nand the \\ new contract")));
    EXPECT_EQ(events[1].toObject().value(QStringLiteral("start")).toString(),
              QStringLiteral("2026-10-26T08:00:00+00:00"))
        << "still 09:00 in Rome after the clocks went back";
    const QJsonObject entry = events[2].toObject();
    EXPECT_EQ(entry.value(QStringLiteral("start")).toString(), QStringLiteral("2026-10-21T12:00:00+00:00"));
    EXPECT_EQ(entry.value(QStringLiteral("end")).toString(), QStringLiteral("2026-10-21T13:30:00+00:00"));
    EXPECT_EQ(entry.value(QStringLiteral("description")).toString(), e.description);
    EXPECT_EQ(entry.value(QStringLiteral("category")).toString(), QStringLiteral("LOGGED"));

    // The same ids the next time, so importing again updates instead of doubling.
    const QString again = dir.file(QStringLiteral("again.ics"));
    t.clock().advance(3600);
    ASSERT_TRUE(exporter.write({QDate(2026, 10, 19), QDate(2026, 11, 1), true, true}, again).ok());
    const QJsonArray second = parsed(again);
    ASSERT_EQ(second.size(), 3);
    for (int k = 0; k < 3; ++k)
        EXPECT_EQ(second[k].toObject().value(QStringLiteral("uid")),
                  events[k].toObject().value(QStringLiteral("uid")));
    QStringList uids;
    for (const QJsonValue &v : events)
        uids << v.toObject().value(QStringLiteral("uid")).toString();
    uids.removeDuplicates();
    EXPECT_EQ(uids.size(), 3) << "every event has its own id";
}

TEST_F(ICalendar, LinesAreFoldedAt75OctetsWithoutSplittingCharacters)
{
    const QByteArray longLine =
        "DESCRIPTION:" + ICalendarExport::escapeText(QString(60, QChar(0x00E8))); // è × 60
    const QByteArray folded = ICalendarExport::fold(longLine);
    EXPECT_TRUE(folded.endsWith("\r\n"));
    const QList<QByteArray> lines = folded.chopped(2).split('\n');
    ASSERT_GT(lines.size(), 1);
    QByteArray joined;
    for (int k = 0; k < lines.size(); ++k) {
        QByteArray l = lines[k];
        if (l.endsWith('\r'))
            l.chop(1);
        EXPECT_LE(l.size() + 2, 77) << "75 octets and CRLF";
        EXPECT_LE(l.size(), 75);
        if (k > 0) {
            ASSERT_TRUE(l.startsWith(' '));
            l = l.mid(1);
        }
        EXPECT_TRUE(QString::fromUtf8(l).toUtf8() == l) << "no character cut in two";
        joined += l;
    }
    EXPECT_EQ(joined, longLine);
    EXPECT_EQ(ICalendarExport::escapeText(QStringLiteral("a,b;c\\d\ne\r")), QByteArray("a\\,b\\;c\\\\d\\ne"));
}

TEST_F(ICalendar, AnImpossiblePeriodWritesNothing)
{
    const QString path = dir.file(QStringLiteral("none.ics"));
    const auto refused =
        ICalendarExport(t.db(), t.clock()).write({QDate(2026, 11, 2), QDate(2026, 11, 1), true, true}, path);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field(), QStringLiteral("period"));
    EXPECT_FALSE(QFile::exists(path));
}
