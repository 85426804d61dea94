#include "values/timeutil.h"

#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace minuta;

namespace {

const QTimeZone rome(QByteArrayLiteral("Europe/Rome"));
const QTimeZone newYork(QByteArrayLiteral("America/New_York"));

qint64 utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

TEST(TimeUtil, StoresInstantsAsUnixSecondsInUtc)
{
    const QDateTime local(QDate(2026, 11, 2), QTime(9, 0), rome);
    EXPECT_EQ(timeutil::toStorage(local), utc(2026, 11, 2, 8, 0));
    EXPECT_EQ(timeutil::fromStorage(utc(2026, 11, 2, 8, 0)).timeSpec(), Qt::UTC);
    EXPECT_EQ(timeutil::fromStorage(utc(2026, 11, 2, 8, 0)), local);
    EXPECT_EQ(timeutil::toIsoUtc(utc(2026, 11, 2, 8, 0)), QStringLiteral("2026-11-02T08:00:00Z"));
}

TEST(TimeUtil, WritesLocalTimeWithItsOffset)
{
    EXPECT_EQ(timeutil::toIsoLocal(utc(2026, 11, 2, 8, 0), rome),
              QStringLiteral("2026-11-02T09:00:00+01:00"));
    EXPECT_EQ(timeutil::toIsoLocal(utc(2026, 7, 1, 8, 0), rome), QStringLiteral("2026-07-01T10:00:00+02:00"));
    EXPECT_EQ(timeutil::toIsoLocal(utc(2026, 11, 2, 14, 0), newYork),
              QStringLiteral("2026-11-02T09:00:00-05:00"));
    EXPECT_EQ(timeutil::toIsoLocal(utc(2026, 11, 2, 8, 0), QTimeZone::utc()),
              QStringLiteral("2026-11-02T08:00:00+00:00"));
}

TEST(TimeUtil, ReadsLocalTimesAndExplicitOffsets)
{
    EXPECT_EQ(*timeutil::parseDateTime(u"2026-11-02T09:00", rome, QStringLiteral("start")),
              utc(2026, 11, 2, 8, 0));
    EXPECT_EQ(*timeutil::parseDateTime(u"2026-11-02 09:00:30", rome, QStringLiteral("start")),
              utc(2026, 11, 2, 8, 0, 30));
    EXPECT_EQ(*timeutil::parseDateTime(u"2026-11-02T09:00Z", rome, QStringLiteral("start")),
              utc(2026, 11, 2, 9, 0));
    EXPECT_EQ(*timeutil::parseDateTime(u"2026-11-02T09:00+05:30", rome, QStringLiteral("start")),
              utc(2026, 11, 2, 3, 30));
    EXPECT_EQ(*timeutil::parseDateTime(u"2026-11-02T09:00-0500", rome, QStringLiteral("start")),
              utc(2026, 11, 2, 14, 0));
}

TEST(TimeUtil, RefusesTimesThatDoNotExistOrCannotBeRead)
{
    // Clocks in Rome jumped from 02:00 to 03:00 on 29 March 2026.
    const auto skipped = timeutil::parseDateTime(u"2026-03-29T02:30", rome, QStringLiteral("start"));
    ASSERT_FALSE(skipped.ok());
    EXPECT_EQ(skipped.error().field(), QStringLiteral("start"));
    EXPECT_TRUE(skipped.error().message().contains(QStringLiteral("does not exist")));

    for (const char16_t *bad : {u"2026-13-01T09:00", u"2026-02-30T09:00", u"02/11/2026 09:00", u"2026-11-02",
                                u"2026-11-02T25:00", u"yesterday"}) {
        const auto r = timeutil::parseDateTime(bad, rome, QStringLiteral("end"));
        ASSERT_FALSE(r.ok()) << QString::fromUtf16(bad).toStdString();
        EXPECT_EQ(r.error().code(), ErrorCode::InvalidInput);
        EXPECT_EQ(r.error().field(), QStringLiteral("end"));
    }
}

TEST(TimeUtil, AcceptsOnlyRealUtcOffsets)
{
    EXPECT_EQ(*timeutil::parseDateTime(u"2026-11-02T20:00+14:00", rome, QStringLiteral("start")),
              utc(2026, 11, 2, 6, 0));
    EXPECT_EQ(*timeutil::parseDateTime(u"2026-11-02T00:00-12:00", rome, QStringLiteral("start")),
              utc(2026, 11, 2, 12, 0));
    EXPECT_EQ(*timeutil::parseDateTime(u"2026-11-02T09:00-14:00", rome, QStringLiteral("start")),
              utc(2026, 11, 2, 23, 0));

    // Qt turns an impossible offset into an invalid zone, and the time into 1970.
    for (const char16_t *bad :
         {u"2026-11-02T09:00+14:01", u"2026-11-02T09:00+99:99", u"2026-11-02T09:00-23:59",
          u"2026-11-02T09:00+05:60", u"2026-11-02T09:00-1401", u"2026-11-02T09:00+15:00"}) {
        const auto r = timeutil::parseDateTime(bad, rome, QStringLiteral("start"));
        ASSERT_FALSE(r.ok()) << QString::fromUtf16(bad).toStdString();
        EXPECT_EQ(r.error().code(), ErrorCode::InvalidInput);
        EXPECT_EQ(r.error().field(), QStringLiteral("start"));
        EXPECT_TRUE(r.error().message().contains(QStringLiteral("−14:00 to +14:00")))
            << r.error().message().toStdString();
    }
}

TEST(TimeUtil, ReadsDates)
{
    EXPECT_EQ(*timeutil::parseDate(u"2026-11-02", QStringLiteral("from")), QDate(2026, 11, 2));
    EXPECT_FALSE(timeutil::parseDate(u"2026-11-31", QStringLiteral("from")).ok());
    EXPECT_FALSE(timeutil::parseDate(u"2026-1-2", QStringLiteral("from")).ok());
    EXPECT_EQ(timeutil::parseDate(u"soon", QStringLiteral("from")).error().field(), QStringLiteral("from"));
}

TEST(TimeUtil, DaylightSavingDaysLastTwentyThreeOrTwentyFiveHours)
{
    const auto length = [](QDate d, const QTimeZone &z) {
        return timeutil::startOfDay(d.addDays(1), z) - timeutil::startOfDay(d, z);
    };
    EXPECT_EQ(length(QDate(2026, 3, 29), rome), 23 * 3600);
    EXPECT_EQ(length(QDate(2026, 10, 25), rome), 25 * 3600);
    EXPECT_EQ(length(QDate(2026, 11, 2), rome), 24 * 3600);
    EXPECT_EQ(length(QDate(2026, 3, 8), newYork), 23 * 3600);
    EXPECT_EQ(length(QDate(2026, 11, 1), newYork), 25 * 3600);
}

TEST(TimeUtil, AnInstantBelongsToItsLocalDay)
{
    // 23:30 in Rome on 2 November is 22:30 UTC, still the 2nd; 00:30 on the 3rd is 23:30 UTC on the 2nd.
    EXPECT_EQ(timeutil::localDate(utc(2026, 11, 2, 22, 30), rome), QDate(2026, 11, 2));
    EXPECT_EQ(timeutil::localDate(utc(2026, 11, 2, 23, 30), rome), QDate(2026, 11, 3));
    EXPECT_EQ(timeutil::localDate(utc(2026, 11, 3, 3, 30), newYork), QDate(2026, 11, 2));
}

TEST(TimeUtil, FormatsDurationsAsHoursAndMinutes)
{
    EXPECT_EQ(timeutil::formatDuration(3900), QStringLiteral("1:05"));
    EXPECT_EQ(timeutil::formatDuration(59), QStringLiteral("0:00"));
    EXPECT_EQ(timeutil::formatDuration(36000 + 59 * 60), QStringLiteral("10:59"));
    EXPECT_EQ(timeutil::formatDuration(-90 * 60), QStringLiteral("-1:30"));
    EXPECT_EQ(timeutil::formatDurationWithSeconds(3909), QStringLiteral("1:05:09"));
    EXPECT_EQ(timeutil::formatDurationWithSeconds(0), QStringLiteral("0:00:00"));
}

TEST(TimeUtil, ALocalTimeTheClocksSkippedHasNoInstant)
{
    // Rome, 29 March 2026: 02:00 became 03:00.
    EXPECT_EQ(*timeutil::localInstant(QDate(2026, 3, 29), QTime(1, 59), rome, QStringLiteral("start")),
              utc(2026, 3, 29, 0, 59));
    EXPECT_EQ(*timeutil::localInstant(QDate(2026, 3, 29), QTime(3, 0), rome, QStringLiteral("start")),
              utc(2026, 3, 29, 1, 0));
    for (const QTime skipped : {QTime(2, 0), QTime(2, 30), QTime(2, 59, 59)}) {
        const auto r = timeutil::localInstant(QDate(2026, 3, 29), skipped, rome, QStringLiteral("start"));
        ASSERT_FALSE(r.ok()) << skipped.toString().toStdString();
        EXPECT_EQ(r.error().field(), QStringLiteral("start"));
        EXPECT_TRUE(r.error().message().startsWith(QStringLiteral("2026-03-29 ")
                                                   + skipped.toString(QStringLiteral("HH:mm"))))
            << r.error().message().toStdString();
        EXPECT_TRUE(r.error().message().contains(QStringLiteral("the clocks changed at that time")));
    }
    // 25 October 2026: 03:00 became 02:00 again, and 02:30 happened twice; the later one is taken,
    // as everywhere Qt turns a local time into an instant.
    EXPECT_EQ(*timeutil::localInstant(QDate(2026, 10, 25), QTime(2, 30), rome, QStringLiteral("start")),
              utc(2026, 10, 25, 1, 30));
}
