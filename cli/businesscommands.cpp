// minuta-cli business show | set: the profile and defaults that every invoice starts from

#include "commands.h"
#include "context.h"

#include "business/business.h"
#include "business/settings.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>

namespace minuta::cli {

namespace {

void printBusiness(Context &ctx, const BusinessProfile &b, const BusinessDefaults &d)
{
    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("name"), b.name},
            {QStringLiteral("address"), b.address},
            {QStringLiteral("postcode"), b.postcode},
            {QStringLiteral("city"), b.city},
            {QStringLiteral("country"), b.country},
            {QStringLiteral("vatId"), b.vatId},
            {QStringLiteral("fiscalCode"), b.fiscalCode},
            {QStringLiteral("iban"), b.iban},
            {QStringLiteral("bic"), b.bic},
            {QStringLiteral("email"), b.email},
            {QStringLiteral("phone"), b.phone},
            {QStringLiteral("logo"), !b.logoSha256.isEmpty()},
            {QStringLiteral("currency"), d.currency.code()},
            {QStringLiteral("paymentTermsDays"), d.paymentTermsDays},
            {QStringLiteral("numberPattern"), b.numberPattern},
            {QStringLiteral("creditNotePattern"), b.creditNotePattern},
            {QStringLiteral("taxProfile"), b.taxProfileId},
            {QStringLiteral("contributionRate"), b.contributionRate.toPlainString()},
            {QStringLiteral("regimeFiscale"), b.regimeFiscale},
            {QStringLiteral("stampDutyCharged"), b.stampDutyCharged},
            {QStringLiteral("serviceDescriptionEn"), b.serviceDescriptionEn},
            {QStringLiteral("serviceDescriptionIt"), b.serviceDescriptionIt},
            {QStringLiteral("state"), b.state},
            {QStringLiteral("qstId"), b.qstId},
            {QStringLiteral("sac"), b.sac},
            {QStringLiteral("sortCode"), b.sortCode},
            {QStringLiteral("accountNumber"), b.accountNumber},
            {QStringLiteral("routingNumber"), b.routingNumber},
            {QStringLiteral("institution"), b.institution},
            {QStringLiteral("transit"), b.transit},
            {QStringLiteral("bsb"), b.bsb},
            {QStringLiteral("ifsc"), b.ifsc},
            {QStringLiteral("upi"), b.upi},
            {QStringLiteral("paymentNotes"), b.paymentNotes},
        });
        return;
    }
    const QList<std::pair<QString, QString>> rows = {
        {tr("Name"), b.name},
        {tr("Address"), b.addressLines().join(QStringLiteral(", "))},
        {tr("Country"), b.country},
        {tr("VAT number"), b.vatId},
        {tr("Fiscal code"), b.fiscalCode},
        {tr("IBAN"), b.iban},
        {tr("BIC"), b.bic},
        {tr("Email"), b.email},
        {tr("Phone"), b.phone},
        {tr("Logo"), b.logoSha256.isEmpty() ? tr("none") : tr("yes")},
        {tr("Currency"), d.currency.code()},
        // The context is the one this plural was translated under, when business lived with invoice.
        {tr("Payment terms"), QCoreApplication::translate("minuta::cli::InvoiceCommands", "%n day(s)",
                                                          nullptr, d.paymentTermsDays)},
        {tr("Numbers"), b.numberPattern},
        {tr("Credit notes"), b.creditNotePattern},
        {tr("Tax profile"), b.taxProfileId},
        {tr("Contribution"),
         b.contributionRate.milliPercent() == 0 ? tr("off") : b.contributionRate.format(ctx.locale)},
        {tr("Regime fiscale"), b.regimeFiscale},
        // Italian invoices only need stamp duty; elsewhere the line would only puzzle.
        {tr("Stamp duty"), b.country == QLatin1String("IT")
                               ? (b.stampDutyCharged ? tr("charged to the client") : tr("borne by you"))
                               : QString()},
        {tr("Service (English)"), b.serviceDescriptionEn},
        {tr("Service (Italian)"), b.serviceDescriptionIt},
        {tr("State"), b.state},
        {tr("QST number"), b.qstId},
        {tr("SAC"), b.sac},
        {tr("Sort code"), b.sortCode},
        {tr("Account number"), b.accountNumber},
        {tr("Routing number"), b.routingNumber},
        {tr("Institution"), b.institution},
        {tr("Transit"), b.transit},
        {tr("BSB"), b.bsb},
        {tr("IFSC"), b.ifsc},
        {tr("UPI"), b.upi},
        {tr("Other ways to pay"), QString(b.paymentNotes).replace(QLatin1Char('\n'), QStringLiteral(", "))},
    };
    qsizetype width = 0;
    for (const auto &row : rows)
        width = qMax(width, row.first.size());
    for (const auto &[label, value] : rows)
        if (!value.isEmpty())
            ctx.out << QString(label + QLatin1Char(':')).leftJustified(width + 2) << value << '\n';
    if (b.name.isEmpty())
        ctx.out << '\n'
                << tr("Set at least your name and address before issuing invoices: minuta-cli business set "
                      "--name …")
                << '\n';
}

QList<QCommandLineOption> businessOptions()
{
    return {
        option("name", tr("Your business name, as on the invoices."), "NAME"),
        option("address", tr("Street and number, such as \"Via Zamboni 12\" (\\n for more lines)."),
               "ADDRESS"),
        option("postcode", tr("Postcode (CAP in Italy, five digits)."), "CODE"),
        option("city", tr("City or town."), "CITY"),
        option("province", tr("Italy: the province, two letters, such as BO (the same as --state)."), "PR"),
        option("country", tr("Country, two letters (IT, GB, US…); US and CA print on Letter paper."), "CC"),
        option("vat-id", tr("VAT number (partita IVA, ABN, GSTIN…)."), "ID"),
        option("fiscal-code", tr("Fiscal code."), "CF"),
        option("iban", tr("IBAN for payments."), "IBAN"),
        option("bic", tr("BIC of the bank."), "BIC"),
        option("email", tr("Email."), "EMAIL"),
        option("phone", tr("Phone."), "PHONE"),
        option("logo", tr("A PNG, JPEG or SVG logo (\"none\" removes it)."), "FILE"),
        option("currency", tr("The business's currency."), "CUR"),
        option("terms", tr("Default payment terms of new clients, in days."), "DAYS"),
        option("number-pattern", tr("Invoice numbers, such as {YYYY}/{N:3} or FT{YY}-{N}."), "P"),
        option("credit-note-pattern", tr("Credit note numbers, such as NC-{YYYY}/{N:3}."), "P"),
        option("tax-profile", tr("The tax profile (see “tax-profiles”)."), "ID"),
        option("contribution", tr("Pension contribution (rivalsa) in percent; 0 turns it off."), "PCT"),
        option("regime-fiscale", tr("FatturaPA regime: RF01 ordinario, RF19 forfettario."), "RF"),
        option("stamp-duty-charged",
               tr("Italy: whether the client pays the stamp duty (marca da bollo) on invoices that need it: "
                  "yes or no."),
               "YES|NO"),
        option("service-description-en",
               tr("What an English invoice line says when the work has no task or description."), "TEXT"),
        option("service-description-it", tr("The same for Italian invoices."), "TEXT"),
        option("state", tr("State or province; India: the place of supply, such as Maharashtra."), "STATE"),
        option("qst-id", tr("Canada (Québec): the QST registration number; the GST number goes in --vat-id."),
               "ID"),
        option("sac", tr("India: the SAC code of time lines, 6 digits, such as 998599."), "SAC"),
        option("sort-code", tr("UK: the bank's sort code, such as 12-34-56."), "CODE"),
        option("account-number", tr("UK, US, Canada, Australia, India: the bank account number."), "NUMBER"),
        option("routing-number", tr("US: the bank's routing number (ABA), 9 digits."), "NUMBER"),
        option("institution", tr("Canada: the bank's institution number, 3 digits."), "NUMBER"),
        option("transit", tr("Canada: the branch's transit number, 5 digits."), "NUMBER"),
        option("bsb", tr("Australia: the BSB, 6 digits, such as 062-000."), "BSB"),
        option("ifsc", tr("India: the branch's IFSC, such as HDFC0000123."), "IFSC"),
        option("upi", tr("India: a UPI id to pay to, such as name@bank."), "ID"),
        option("payment-notes",
               tr("Other ways to pay, printed on invoices: PayPal, a payment link… (\\n for new lines)."),
               "TEXT")};
}

int businessShow(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("business show"), QString(), tr("Shows the business profile."), {}, args,
                   code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“business %1” takes options only.").arg(QStringLiteral("show")));
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    auto profile = BusinessRepository(**db, ctx.clock).get();
    if (!profile)
        return ctx.failure(profile.error());
    auto defaults = Settings(**db).businessDefaults();
    if (!defaults)
        return ctx.failure(defaults.error());
    printBusiness(ctx, *profile, *defaults);
    return ExitOk;
}

int businessSet(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("business set"), QStringLiteral("[OPTIONS]"),
                   tr("Changes the business profile; options not given stay as they are."), businessOptions(),
                   args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“business %1” takes options only.").arg(QStringLiteral("set")));
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    BusinessRepository repository(**db, ctx.clock);
    Settings settings(**db);
    auto profile = repository.get();
    if (!profile)
        return ctx.failure(profile.error());
    auto defaults = settings.businessDefaults();
    if (!defaults)
        return ctx.failure(defaults.error());
    BusinessProfile b = *profile;
    BusinessDefaults d = *defaults;
    const auto text = [&](const char *name, QString &field) {
        if (p.isSet(QString::fromLatin1(name)))
            field = p.value(QString::fromLatin1(name));
    };
    text("name", b.name);
    text("country", b.country);
    text("vat-id", b.vatId);
    text("fiscal-code", b.fiscalCode);
    text("iban", b.iban);
    text("bic", b.bic);
    text("email", b.email);
    text("phone", b.phone);
    text("number-pattern", b.numberPattern);
    text("credit-note-pattern", b.creditNotePattern);
    text("tax-profile", b.taxProfileId);
    text("regime-fiscale", b.regimeFiscale);
    text("service-description-en", b.serviceDescriptionEn);
    text("service-description-it", b.serviceDescriptionIt);
    text("state", b.state);
    text("province", b.state);
    text("postcode", b.postcode);
    text("city", b.city);
    text("qst-id", b.qstId);
    text("sac", b.sac);
    text("sort-code", b.sortCode);
    text("account-number", b.accountNumber);
    text("routing-number", b.routingNumber);
    text("institution", b.institution);
    text("transit", b.transit);
    text("bsb", b.bsb);
    text("ifsc", b.ifsc);
    text("upi", b.upi);
    const auto lines = [&](const char *name, QString &field) {
        if (p.isSet(QString::fromLatin1(name)))
            field = p.value(QString::fromLatin1(name)).replace(QLatin1String("\\n"), QLatin1String("\n"));
    };
    lines("address", b.address);
    lines("payment-notes", b.paymentNotes);
    if (p.isSet(QStringLiteral("stamp-duty-charged"))) {
        auto charged =
            ctx.yesNo(p.value(QStringLiteral("stamp-duty-charged")), QStringLiteral("stamp-duty-charged"));
        if (!charged)
            return ctx.failure(charged.error());
        b.stampDutyCharged = *charged;
    }
    if (p.isSet(QStringLiteral("contribution"))) {
        auto rate = ctx.percent(p.value(QStringLiteral("contribution")), QStringLiteral("contribution"));
        if (!rate)
            return ctx.failure(rate.error());
        b.contributionRate = *rate;
    }
    if (p.isSet(QStringLiteral("currency"))) {
        auto currency = ctx.currency(p.value(QStringLiteral("currency")), QStringLiteral("currency"));
        if (!currency)
            return ctx.failure(currency.error());
        d.setCurrency(*currency);
    }
    if (p.isSet(QStringLiteral("terms"))) {
        auto terms = ctx.integer(p.value(QStringLiteral("terms")), QStringLiteral("terms"),
                                 billingterms::MinPaymentTermsDays, billingterms::MaxPaymentTermsDays);
        if (!terms)
            return ctx.failure(terms.error());
        d.paymentTermsDays = *terms;
    }
    QByteArray logo;
    if (p.isSet(QStringLiteral("logo")) && p.value(QStringLiteral("logo")) != QLatin1String("none")) {
        QFile file(p.value(QStringLiteral("logo")));
        if (!file.open(QIODevice::ReadOnly))
            return ctx.failure(Error(ErrorCode::Io,
                                     tr("--logo: “%1” cannot be read: %2")
                                         .arg(p.value(QStringLiteral("logo")), file.errorString()),
                                     QStringLiteral("logo")));
        logo = file.read(BusinessRepository::MaxLogoBytes + 1);
        if (auto readable = BusinessRepository::readLogo(logo); !readable)
            return ctx.failure(readable.error());
    }
    // Check everything before writing anything, then write it all or nothing. The profile is
    // checked by save(), first thing, once it has tidied what was typed (12-34-56 is a sort code).
    if (auto valid = d.validate(); !valid)
        return ctx.failure(valid.error());
    BusinessSetup setup{b, d, {}, {}};
    if (p.isSet(QStringLiteral("logo")))
        setup.logo = logo; // empty for --logo none: the logo goes
    auto written = repository.saveSetup(setup);
    if (!written)
        return ctx.failure(written.error());
    profile = repository.get();
    defaults = settings.businessDefaults();
    if (!profile || !defaults)
        return ctx.failure(profile ? defaults.error() : profile.error());
    printBusiness(ctx, *profile, *defaults);
    return ExitOk;
}

const Command kBusinessCommands[] = {
    {"show", QT_TRANSLATE_NOOP("minuta::cli", "Show the business profile."), businessShow},
    {"set", QT_TRANSLATE_NOOP("minuta::cli", "Change the business profile."), businessSet},
};

} // namespace

int runBusiness(Context &ctx, const QStringList &arguments)
{
    return ctx.runGroup(QStringLiteral("business"), kBusinessCommands, arguments);
}

} // namespace minuta::cli
