#include "business/settings.h"
#include "clients/clientrepository.h"
#include "values/taxid.h"
#include "work/timeentryrepository.h"

#include "databasetest.h"
#include "qtprinters.h"
#include "testdatabase.h"

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

Currency cur(const char16_t *code)
{
    return *Currency::fromCode(code);
}

Client named(const QString &name)
{
    Client c;
    c.name = name;
    c.currency = cur(u"EUR");
    return c;
}

class Clients : public DatabaseTest
{
protected:
    ClientRepository clients{t.db(), t.clock()};

    Client add(const QString &name)
    {
        auto added = clients.add(named(name));
        EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.error().message().toStdString());
        return added.ok() ? added.value() : Client();
    }

    void logAnHour(qint64 clientId)
    {
        TimeEntry e;
        e.clientId = clientId;
        e.start = t.clock().nowSecs() - 3600;
        e.end = t.clock().nowSecs();
        ASSERT_TRUE(TimeEntryRepository(t.db(), t.clock()).add(e).ok());
    }
};

} // namespace

TEST_F(Clients, AddsAClientWithEveryField)
{
    Client c = named(QStringLiteral("  Studio   Bianchi "));
    c.contactName = QStringLiteral("Laura Bianchi");
    c.email = QStringLiteral("laura@studiobianchi.it");
    c.phone = QStringLiteral("+39 051 123456");
    c.address = QStringLiteral("Via Indipendenza 1\n40121 Bologna\n");
    c.country = QStringLiteral("it");
    c.vatId = QStringLiteral("IT 01234567897");
    c.fiscalCode = QStringLiteral("rssmra85t10a562s");
    c.language = QStringLiteral("it");
    c.hourlyRate = Money(3500, cur(u"EUR"));
    c.billing = {15, RoundingMode::Nearest, 30};
    c.paymentTermsDays = 60;
    c.withholding = true;
    c.color = QStringLiteral("#A855F7");
    c.notes = QStringLiteral("Prefers email.");
    auto added = clients.add(c);
    ASSERT_TRUE(added.ok()) << added.error().message().toStdString();
    EXPECT_GT(added->id, 0);

    auto stored = clients.get(added->id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->name, QStringLiteral("Studio Bianchi"));
    EXPECT_EQ(stored->address, QStringLiteral("Via Indipendenza 1\n40121 Bologna"));
    EXPECT_EQ(stored->country, QStringLiteral("IT"));
    EXPECT_EQ(stored->vatId, QStringLiteral("IT01234567897"));
    EXPECT_EQ(stored->fiscalCode, QStringLiteral("RSSMRA85T10A562S"));
    EXPECT_EQ(stored->hourlyRate, Money(3500, cur(u"EUR")));
    EXPECT_EQ(stored->billing, (BillingPolicy{15, RoundingMode::Nearest, 30}));
    EXPECT_EQ(stored->paymentTermsDays, 60);
    EXPECT_TRUE(stored->withholding);
    EXPECT_EQ(stored->color, QStringLiteral("#a855f7"));
    EXPECT_EQ(stored->createdAt, t.clock().nowSecs());
    EXPECT_FALSE(stored->archived);
}

TEST_F(Clients, NamesAreUniqueAmongActiveClientsWhateverTheCase)
{
    add(QStringLiteral("ACME"));
    expectRefused([&] { return clients.add(named(QStringLiteral("acme "))); }, QStringLiteral("name"));
    add(QStringLiteral("Éclair"));
    expectRefused([&] { return clients.add(named(QStringLiteral("ÉCLAIR"))); }, QStringLiteral("name"));
    auto other = clients.add(named(QStringLiteral("Acme Corp")));
    ASSERT_TRUE(other.ok());
    Client renamed = *other;
    renamed.name = QStringLiteral("Acme");
    expectRefused([&] { return clients.update(renamed); }, QStringLiteral("name"));
}

TEST_F(Clients, LookAlikeNamesAreTheSameName)
{
    add(QStringLiteral("ACME"));
    add(QStringLiteral("Café"));
    add(QStringLiteral("Studio Rossi"));
    const QString lookAlikes[] = {
        QStringLiteral("AC\u200BME"),         // a zero-width space
        QStringLiteral("\uFEFFACME\u2060"),   // a byte-order mark and a word joiner
        QStringLiteral("Cafe\u0301"),         // e and a combining accent
        QStringLiteral("Caf\u200De\u0301"),   // and a zero-width joiner inside
        QStringLiteral("\u202EStudio Rossi"), // a right-to-left override
        QStringLiteral("Studio\u200E Rossi\u2069\u061C"),
    };
    for (const QString &name : lookAlikes) {
        const QString before = fingerprint(t.db());
        const auto added = clients.add(named(name));
        ASSERT_FALSE(added.ok()) << name.toStdString();
        EXPECT_EQ(added.error().field(), QStringLiteral("name"));
        EXPECT_TRUE(added.error().message().startsWith(QStringLiteral("There is already a client called")))
            << added.error().message().toStdString();
        EXPECT_EQ(fingerprint(t.db()), before);
        // And a look-alike finds the client it looks like.
        const auto found = clients.find(name);
        ASSERT_TRUE(found.ok()) << name.toStdString();
        EXPECT_FALSE(found->name.contains(QChar(0x200B)));
    }
    EXPECT_EQ(clients.find(QStringLiteral("AC\u200BME"))->name, QStringLiteral("ACME"));
    EXPECT_EQ(clients.find(QStringLiteral("CAFE\u0301"))->name, QStringLiteral("Café"));
}

TEST_F(Clients, NamesAreStoredComposedAndWithoutInvisibleCharacters)
{
    const Client cafe = add(QStringLiteral("Cafe\u0301 \u200BRoma\u202C"));
    EXPECT_EQ(cafe.name, QStringLiteral("Caf\u00E9 Roma"));
    EXPECT_EQ(clients.get(cafe.id)->name, QStringLiteral("Caf\u00E9 Roma"));
    const Client accented = add(QStringLiteral("Società Più Srl"));
    EXPECT_EQ(clients.get(accented.id)->name, QStringLiteral("Società Più Srl"));
    const QString stored = clients.get(accented.id)->name;
    EXPECT_EQ(stored, stored.normalized(QString::NormalizationForm_C));
}

TEST_F(Clients, ControlCharactersInANameAreRefused)
{
    add(QStringLiteral("ACME"));
    for (const QString &name :
         {QStringLiteral("Bell\u0007"), QStringLiteral("\u001B[31mRed"), QStringLiteral("Nul\u0000l")}) {
        const QString before = fingerprint(t.db());
        const auto added = clients.add(named(name));
        ASSERT_FALSE(added.ok());
        EXPECT_EQ(added.error().field(), QStringLiteral("name"));
        EXPECT_EQ(added.error().message(), QStringLiteral("The client's name contains a control character."));
        EXPECT_EQ(fingerprint(t.db()), before);
    }
    // A line break in an address is text; a bell is not.
    Client c = named(QStringLiteral("Studio Bianchi"));
    c.address = QStringLiteral("Via Indipendenza 1\n40121 Bologna");
    EXPECT_TRUE(clients.add(c).ok());
    c = named(QStringLiteral("Studio Verdi"));
    c.address = QStringLiteral("Via Roma 1\u0007");
    expectRefused([&] { return clients.add(c); }, QStringLiteral("address"));
}

TEST_F(Clients, AnArchivedClientFreesItsNameAndLeavesTheList)
{
    const Client old = add(QStringLiteral("ACME"));
    logAnHour(old.id);
    ASSERT_TRUE(clients.setArchived(old.id, true).ok());
    const Client fresh = add(QStringLiteral("ACME"));

    auto active = clients.list();
    ASSERT_TRUE(active.ok());
    ASSERT_EQ(active->size(), 1);
    EXPECT_EQ(active->first().id, fresh.id);
    EXPECT_EQ(clients.list(true)->size(), 2);
    EXPECT_EQ(clients.find(u"acme")->id, fresh.id) << "an active client wins over an archived one";
    EXPECT_EQ(clients.find(QString::number(old.id))->id, old.id);

    // Bringing the old one back would make two active clients called ACME.
    expectRefused([&] { return clients.setArchived(old.id, false); }, QStringLiteral("name"));
    TimeEntryFilter ofOld;
    ofOld.clientId = old.id;
    auto history = TimeEntryRepository(t.db(), t.clock()).list(ofOld);
    EXPECT_EQ(history->size(), 1) << "archiving keeps the history";
}

TEST_F(Clients, AClientWithHistoryIsArchivedNeverDeleted)
{
    const Client c = add(QStringLiteral("Rossi"));
    logAnHour(c.id);
    expectRefused([&] { return clients.remove(c.id); }, QStringLiteral("client"));

    const Client empty = add(QStringLiteral("Verdi"));
    auto removed = clients.remove(empty.id);
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(clients.get(empty.id).error().code(), ErrorCode::NotFound);
    auto restored = clients.restore(*removed);
    ASSERT_TRUE(restored.ok()) << restored.error().message().toStdString();
    EXPECT_EQ(clients.get(empty.id)->name, QStringLiteral("Verdi"));
}

TEST_F(Clients, RefusesInvalidFieldsNamingTheField)
{
    add(QStringLiteral("Existing"));
    const auto refuse = [&](auto change, const char *field) {
        Client c = named(QStringLiteral("New client"));
        change(c);
        expectRefused([&] { return clients.add(c); }, QString::fromLatin1(field));
    };
    refuse([](Client &c) { c.name = QStringLiteral("   "); }, "name");
    refuse([](Client &c) { c.name = QString(201, QLatin1Char('x')); }, "name");
    refuse([](Client &c) { c.currency = Currency(); }, "currency");
    refuse([](Client &c) { c.hourlyRate = Money(-100, cur(u"EUR")); }, "hourlyRate");
    refuse([](Client &c) { c.hourlyRate = Money(100, cur(u"USD")); }, "hourlyRate");
    refuse([](Client &c) { c.billing.incrementMinutes = 7; }, "increment");
    refuse([](Client &c) { c.billing.minimumMinutes = -1; }, "minimum");
    refuse([](Client &c) { c.paymentTermsDays = 400; }, "paymentTerms");
    refuse([](Client &c) { c.email = QStringLiteral("not an email"); }, "email");
    refuse([](Client &c) { c.country = QStringLiteral("XX"); }, "country");
    refuse([](Client &c) { c.country = QStringLiteral("Italy"); }, "country");
    refuse([](Client &c) { c.language = QStringLiteral("de"); }, "language");
    refuse([](Client &c) { c.color = QStringLiteral("blue"); }, "color");
    refuse([](Client &c) { c.notes = QString(10001, QLatin1Char('n')); }, "notes");
    refuse([](Client &c) { c.notes = QString(10 * 1024 * 1024, QLatin1Char('n')); }, "notes");
    refuse(
        [](Client &c) {
            c.country = QStringLiteral("IT");
            c.vatId = QStringLiteral("01234567890"); // wrong check digit
        },
        "vatId");
    refuse(
        [](Client &c) {
            c.country = QStringLiteral("IT");
            c.fiscalCode = QStringLiteral("RSSMRA85T10A562X");
        },
        "fiscalCode");
}

TEST_F(Clients, ItalianCheckDigitsOnlyApplyToItalianClients)
{
    Client foreign = named(QStringLiteral("Foreign Ltd"));
    foreign.country = QStringLiteral("GB");
    foreign.vatId = QStringLiteral("GB123456789");
    EXPECT_TRUE(clients.add(foreign).ok());
}

TEST_F(Clients, TheCurrencyCannotChangeOnceWorkIsLogged)
{
    Client c = add(QStringLiteral("Priya's US client"));
    Client dollars = c;
    dollars.currency = cur(u"USD");
    ASSERT_TRUE(clients.update(dollars).ok()) << "no work yet: fine";
    logAnHour(c.id);
    Client back = *clients.get(c.id);
    back.currency = cur(u"EUR");
    expectRefused([&] { return clients.update(back); }, QStringLiteral("currency"));
}

TEST_F(Clients, ARateFollowsANewCurrency)
{
    Client c = named(QStringLiteral("Rossi"));
    c.hourlyRate = Money(3000, cur(u"EUR"));
    c.setCurrency(cur(u"GBP"));
    EXPECT_EQ(c.currency, cur(u"GBP"));
    EXPECT_EQ(c.hourlyRate, Money(3000, cur(u"GBP")));
    ASSERT_TRUE(clients.add(c).ok());
    Client noRate = named(QStringLiteral("Verdi"));
    noRate.setCurrency(cur(u"USD"));
    EXPECT_FALSE(noRate.hourlyRate) << "no rate stays no rate: the business default applies";
}

TEST_F(Clients, FindsByIdOrNameAndSaysWhenThereIsNone)
{
    const Client c = add(QStringLiteral("Bianchi & Figli"));
    EXPECT_EQ(clients.find(u"bianchi & figli")->id, c.id);
    EXPECT_EQ(clients.find(QString::number(c.id))->id, c.id);
    const auto missing = clients.find(u"Nobody");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code(), ErrorCode::NotFound);
    EXPECT_TRUE(missing.error().message().contains(QStringLiteral("Nobody")));
}

TEST_F(Clients, NewClientsStartFromTheBusinessDefaults)
{
    Settings settings(t.db());
    BusinessDefaults d = *settings.businessDefaults();
    d.currency = cur(u"GBP");
    d.hourlyRate = Money(4000, cur(u"GBP"));
    d.billing = {6, RoundingMode::Up, 0};
    d.paymentTermsDays = 14;
    ASSERT_TRUE(settings.setBusinessDefaults(d).ok());
    const Client c = *settings.newClient();
    EXPECT_EQ(c.currency, cur(u"GBP"));
    EXPECT_EQ(c.billing.incrementMinutes, 6);
    EXPECT_EQ(c.paymentTermsDays, 14);
    EXPECT_FALSE(c.hourlyRate) << "the default rate applies through the fallback, not by copy";
}

TEST(TaxId, ItalianVatNumbers)
{
    EXPECT_TRUE(taxid::isValidItalianVat(u"01234567897"));
    EXPECT_TRUE(taxid::isValidItalianVat(u"IT01234567897"));
    EXPECT_TRUE(taxid::isValidItalianVat(u"it 012 345 678 97"));
    EXPECT_FALSE(taxid::isValidItalianVat(u"01234567890"));
    EXPECT_FALSE(taxid::isValidItalianVat(u"0123456789"));
    EXPECT_FALSE(taxid::isValidItalianVat(u"0123456789A"));
}

TEST(TaxId, ItalianFiscalCodes)
{
    EXPECT_TRUE(taxid::isValidItalianFiscalCode(u"RSSMRA85T10A562S"));
    EXPECT_TRUE(taxid::isValidItalianFiscalCode(u"MRTMTT25D09F205Z"));
    EXPECT_TRUE(taxid::isValidItalianFiscalCode(u"01234567897")) << "companies use their VAT number";
    EXPECT_FALSE(taxid::isValidItalianFiscalCode(u"RSSMRA85T10A562T"));
    EXPECT_FALSE(taxid::isValidItalianFiscalCode(u"RSSMRA85T10A562"));
}
