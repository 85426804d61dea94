#include "clients/clientrepository.h"
#include "values/timeutil.h"
#include "work/servicerepository.h"
#include "work/usagerepository.h"

#include "databasetest.h"
#include "qtprinters.h"
#include "testdatabase.h"

#include <QSqlQuery>

#include <algorithm>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

Currency cur(const char16_t *code)
{
    return *Currency::fromCode(code);
}

class Services : public DatabaseTest
{
protected:
    void SetUp() override
    {
        Client c;
        c.name = QStringLiteral("ACME");
        c.currency = cur(u"EUR");
        acme = clients.add(c).value();
        c.name = QStringLiteral("US Corp");
        c.currency = cur(u"USD");
        usCorp = clients.add(c).value();
        calls = services.add(service(QStringLiteral("Call answering"), QStringLiteral("call"), 150)).value();
    }

    static Service service(const QString &name, const QString &unit, qint64 cents)
    {
        Service s;
        s.name = name;
        s.unit = unit;
        s.unitPrice = Money(cents, cur(u"EUR"));
        return s;
    }

    Usage usage(qint64 clientId, qint64 serviceId, qint64 milli)
    {
        Usage u;
        u.clientId = clientId;
        u.serviceId = serviceId;
        u.at = t.clock().nowSecs() - 60;
        u.quantity = Quantity::fromMilli(milli);
        return u;
    }

    ClientRepository clients{t.db(), t.clock()};
    ServiceRepository services{t.db(), t.clock()};
    UsageRepository usages{t.db(), t.clock()};
    Client acme;
    Client usCorp;
    Service calls;
};

} // namespace

TEST_F(Services, KeepsACatalogWithUnitsPricesAndTaxRates)
{
    Service room = service(QStringLiteral("Meeting room"), QStringLiteral("hour"), 2500);
    room.taxRate = TaxRate::fromPercent(22);
    auto added = services.add(room);
    ASSERT_TRUE(added.ok()) << added.error().message().toStdString();
    const auto list = *services.list();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].name, QStringLiteral("Call answering"));
    EXPECT_EQ(list[1].taxRate, TaxRate::fromPercent(22));
    EXPECT_EQ(list[1].unitPrice, Money(2500, cur(u"EUR")));
    EXPECT_EQ(services.find(u"meeting ROOM")->id, added->id);
}

TEST_F(Services, RefusesBadServices)
{
    expectRefused(
        [&] { return services.add(service(QStringLiteral("call answering"), QStringLiteral("call"), 1)); },
        QStringLiteral("name"));
    expectRefused([&] { return services.add(service(QStringLiteral(" "), QStringLiteral("call"), 1)); },
                  QStringLiteral("name"));
    expectRefused([&] { return services.add(service(QStringLiteral("Scans"), QString(), 1)); },
                  QStringLiteral("unit"));
    expectRefused([&] { return services.add(service(QStringLiteral("Scans"), QStringLiteral("page"), -1)); },
                  QStringLiteral("price"));
    Service taxed = service(QStringLiteral("Scans"), QStringLiteral("page"), 10);
    taxed.taxRate = TaxRate::fromPercent(120);
    expectRefused([&] { return services.add(taxed); }, QStringLiteral("taxRate"));
}

TEST_F(Services, LookAlikeServiceNamesAreTheSameName)
{
    ASSERT_TRUE(services.add(service(QStringLiteral("Caf\u00E9 delivery"), QStringLiteral("cup"), 100)).ok());
    for (const QString &name :
         {QStringLiteral("Call\u200B answering"), QStringLiteral("\u202ECall answering"),
          QStringLiteral("Cafe\u0301 delivery")})
        expectRefused([&] { return services.add(service(name, QStringLiteral("call"), 150)); },
                      QStringLiteral("name"));
    EXPECT_EQ(services.find(QStringLiteral("call\u2060 answering"))->id, calls.id);
    expectRefused(
        [&] { return services.add(service(QStringLiteral("Scan\u001B"), QStringLiteral("page"), 10)); },
        QStringLiteral("name"));
}

TEST_F(Services, AClientCanHaveItsOwnPriceInItsCurrency)
{
    ASSERT_TRUE(services.setClientPrice(usCorp.id, calls.id, Money(200, cur(u"USD"))).ok());
    EXPECT_EQ(*services.clientPrice(usCorp.id, calls.id), Money(200, cur(u"USD")));
    EXPECT_FALSE(*services.clientPrice(acme.id, calls.id));
    expectRefused([&] { return services.setClientPrice(usCorp.id, calls.id, Money(100, cur(u"EUR"))); },
                  QStringLiteral("price"));
    expectRefused([&] { return services.setClientPrice(9999, calls.id, Money(100, cur(u"EUR"))); },
                  QStringLiteral("client"));
    ASSERT_TRUE(services.setClientPrice(usCorp.id, calls.id, std::nullopt).ok());
    EXPECT_FALSE(*services.clientPrice(usCorp.id, calls.id));
}

TEST_F(Services, LogsUnitsWithExactQuantities)
{
    Usage u = usage(acme.id, calls.id, 12000);
    u.note = QStringLiteral("Monday morning");
    auto added = usages.add(u);
    ASSERT_TRUE(added.ok()) << added.error().message().toStdString();
    EXPECT_EQ(added->quantity, Quantity::fromUnits(12));
    EXPECT_EQ(added->serviceName, QStringLiteral("Call answering"));
    EXPECT_EQ(added->unit, QStringLiteral("call"));
    ASSERT_TRUE(usages.add(usage(acme.id, calls.id, 1)).ok()) << "a thousandth is the smallest quantity";
    UsageFilter mine;
    mine.clientId = acme.id;
    EXPECT_EQ(usages.list(mine)->size(), 2);
    EXPECT_EQ(*usages.count(mine), 2);
}

TEST_F(Services, RefusesBadUsageAndChangesNothing)
{
    expectRefused([&] { return usages.add(usage(acme.id, calls.id, 0)); }, QStringLiteral("quantity"));
    expectRefused([&] { return usages.add(usage(acme.id, calls.id, -1000)); }, QStringLiteral("quantity"));
    expectRefused(
        [&] {
            Usage u = usage(acme.id, calls.id, 1000);
            u.at = t.clock().nowSecs() + 3600;
            return usages.add(u);
        },
        QStringLiteral("at"));
    expectRefused([&] { return usages.add(usage(9999, calls.id, 1000)); }, QStringLiteral("client"));
    expectRefused([&] { return usages.add(usage(acme.id, 9999, 1000)); }, QStringLiteral("service"));
    expectRefused(
        [&] {
            Usage u = usage(acme.id, calls.id, 1000);
            u.note = QString(3000, QLatin1Char('n'));
            return usages.add(u);
        },
        QStringLiteral("note"));
    ASSERT_TRUE(services.setActive(calls.id, false).ok());
    expectRefused([&] { return usages.add(usage(acme.id, calls.id, 1000)); }, QStringLiteral("service"));
}

TEST_F(Services, UsageIsListedInPagesWithoutGapsOrRepeats)
{
    QList<qint64> logged;
    for (int i = 0; i < 5; ++i) {
        Usage u = usage(acme.id, calls.id, 1000 * (i + 1));
        u.at = t.clock().nowSecs() - (i < 3 ? 600 : 60 * i); // three at the same second
        logged << usages.add(u)->id;
    }
    const QList<Usage> all = *usages.list({}, UsageRepository::Order::Newest);
    ASSERT_EQ(all.size(), 5);
    QList<qint64> paged;
    QList<Usage> page = *usages.list({}, UsageRepository::Order::Newest, 0, 2);
    while (!page.isEmpty()) {
        for (const Usage &u : std::as_const(page))
            paged << u.id;
        page = *usages.listAfter({}, UsageRepository::Order::Newest, page.last(), 2);
    }
    QList<qint64> expected;
    for (const Usage &u : all)
        expected << u.id;
    EXPECT_EQ(paged, expected);
    std::sort(paged.begin(), paged.end());
    EXPECT_EQ(paged, logged);
}

TEST_F(Services, AServiceWithUsageIsMadeInactiveNotDeleted)
{
    ASSERT_TRUE(usages.add(usage(acme.id, calls.id, 3000)).ok());
    expectRefused([&] { return services.remove(calls.id); }, QStringLiteral("service"));
    ASSERT_TRUE(services.setActive(calls.id, false).ok());
    EXPECT_TRUE(services.list()->isEmpty());
    EXPECT_EQ(services.list(true)->size(), 1);
    EXPECT_EQ(usages.list({})->size(), 1) << "its history stays";
}

TEST_F(Services, UsageCanBeEditedDeletedAndRestoredUntilBilled)
{
    Usage u = *usages.add(usage(acme.id, calls.id, 3000));
    u.quantity = Quantity::fromUnits(4);
    ASSERT_TRUE(usages.update(u).ok());
    EXPECT_EQ(usages.get(u.id)->quantity, Quantity::fromUnits(4));
    auto removed = usages.remove(u.id);
    ASSERT_TRUE(removed.ok());
    ASSERT_TRUE(usages.restore(*removed).ok());
    EXPECT_EQ(usages.get(u.id)->quantity, Quantity::fromUnits(4));

    ASSERT_GT(issueInvoice(t, acme.id), 0);
    ASSERT_TRUE(usages.get(u.id)->isBilled());
    u.quantity = Quantity::fromUnits(9);
    expectRefused([&] { return usages.update(u); }, QStringLiteral("usage"));
    expectRefused([&] { return usages.remove(u.id); }, QStringLiteral("usage"));
}

TEST_F(Services, UsageBefore2000IsRefusedUnlessConfirmed)
{
    Usage u = usage(acme.id, calls.id, 1000);
    u.at = QDateTime(QDate(1999, 12, 31), QTime(23, 59), t.clock().timeZone()).toSecsSinceEpoch();
    expectRefused([&] { return usages.add(u); }, QStringLiteral("at"));
    EXPECT_EQ(usages.add(u).error().code(), ErrorCode::Unusual);
    EXPECT_TRUE(usages.add(u, validation::UnusualDate::Allow).ok());
    u.at = QDateTime(QDate(2000, 1, 1), QTime(0, 0), t.clock().timeZone()).toSecsSinceEpoch();
    EXPECT_TRUE(usages.add(u).ok());
}

TEST_F(Services, UnitsAddUpPerDayAndService)
{
    Service scanning = service(QStringLiteral("Scanning"), QStringLiteral("page"), 10);
    scanning.unitPlural = QStringLiteral("pages");
    const Service pages = services.add(scanning).value();
    t.clock().setLocal(2026, 11, 2, 18, 0);
    const QTimeZone zone = t.clock().timeZone();
    const QDate today(2026, 11, 2);
    const qint64 noon = QDateTime(today, QTime(12, 0), zone).toSecsSinceEpoch();
    const auto log = [&](qint64 clientId, qint64 serviceId, qint64 milli, qint64 at) {
        Usage u = usage(clientId, serviceId, milli);
        u.at = at;
        auto added = usages.add(u);
        ASSERT_TRUE(added.ok()) << added.error().message().toStdString();
    };
    log(acme.id, calls.id, 3000, noon - 86400); // yesterday: 3 calls
    log(acme.id, pages.id, 40000, noon - 3600); // today: 40 pages …
    log(acme.id, calls.id, 1000, noon - 7200);  // … 1 call …
    log(usCorp.id, calls.id, 2500, noon - 60);  // … and 2.5 more for another client
    const QDate yesterday = today.addDays(-1);

    auto units = usages.unitsByDay({}, yesterday, today);
    ASSERT_TRUE(units.ok()) << units.error().message().toStdString();
    ASSERT_EQ(units->size(), 3);
    EXPECT_EQ((*units)[0].day, yesterday);
    EXPECT_EQ((*units)[0].quantity, Quantity::fromUnits(3));
    EXPECT_EQ((*units)[0].unitFor(), QStringLiteral("call")) << "no plural given: the unit reads the same";
    EXPECT_EQ((*units)[1].day, today);
    EXPECT_EQ((*units)[1].serviceName, QStringLiteral("Call answering")) << "services by name";
    EXPECT_EQ((*units)[1].quantity, Quantity::fromMilli(3500));
    EXPECT_EQ((*units)[2].serviceName, QStringLiteral("Scanning"));
    EXPECT_EQ((*units)[2].quantity, Quantity::fromUnits(40));
    EXPECT_EQ((*units)[2].unitFor(), QStringLiteral("pages"));

    UsageFilter onlyAcme;
    onlyAcme.clientId = acme.id;
    units = usages.unitsByDay(onlyAcme, today, today);
    ASSERT_TRUE(units.ok());
    ASSERT_EQ(units->size(), 2);
    EXPECT_EQ((*units)[0].quantity, Quantity::fromUnits(1));
    EXPECT_EQ((*units)[0].unitFor(), QStringLiteral("call"));
}
