#pragma once

// The totals of an invoice, pure, in the order the law computes them, each step rounded to the minor
// unit and kept as its own figure:
//   lines → discount, shared among the lines it reaches in proportion to their amounts → pension
//   contribution on each rate's fees after discount, taking that rate → each tax on its base (summed
//   per rate, then rounded) → what stays outside VAT, by reason → withholding on fees plus
//   contribution → stamp duty (judged in euros) → total → amount due.

#include "business/taxprofile.h"
#include "values/error.h"
#include "values/money.h"
#include "values/taxrate.h"

#include <QList>
#include <optional>

namespace minuta::invoicecalc {

// FatturaPA's Natura of expenses paid in the client's name (art. 15 DPR 633/72): outside VAT, the
// contribution, the withholding and, unless a line says otherwise, the discount.
inline const QString ExpenseNature = QStringLiteral("N1");

struct Line
{
    Money amount;
    std::optional<TaxRate> taxRate; // none: the profile's standard rate
    bool isFee = true;              // bears contribution and withholding
    bool discountable = true;       // the invoice's discount reaches it
    QString nature;                 // N1: outside VAT whatever the rate; else why a 0 % line is untaxed
};

struct Input
{
    Currency currency;
    QList<Line> lines;
    TaxRate discountPercent; // of the discountable lines' sum
    Money discountAmount;    // on top of the percentage
    TaxProfile profile;
    TaxRate contributionRate;
    bool clientWithholds = false;
    bool reverseCharge = false;
    QString reverseChargeNature = QStringLiteral("N2.1"); // why a reverse-charge line bears no tax
    bool stampDutyCharged = true;                         // the business passes the stamp duty on
    // Units of the invoice's currency per euro, in millionths, when it is not the euro: how the
    // stamp duty is judged and the euro figures are computed. None: not known yet.
    std::optional<qint64> exchangeRate;
};

struct Tax
{
    int component = 0; // index into the profile's taxes
    QString nameEn;
    QString nameIt;
    TaxRate rate;
    Money base; // lines at this rate − their share of the discount + the contribution they bear
    Money amount;

    QString name(const QString &language) const { return language == QLatin1String("it") ? nameIt : nameEn; }
};

// A share of the invoice that bears no tax, and why (FatturaPA Natura: N1 expenses, N2.1 reverse
// charge, N2.2 flat-rate scheme…).
struct Untaxed
{
    QString nature;
    Money amount;
};

// The pension contribution on the fees of one rate (or one untaxed reason), taxed as they are.
struct Contribution
{
    std::optional<TaxRate> rate; // the total rate its fees bear; none when untaxed
    QString nature;
    Money base;
    Money amount;
};

// The figures an Italian invoice in another currency also gives in euros.
struct EuroFigures
{
    qint64 exchangeRate = 0; // millionths of the invoice's currency per euro
    QList<Tax> taxes;        // bases converted, taxes computed on them
    Money untaxed;
    Money tax;
    Money total;
    Money due;
};

struct Totals
{
    Money lines; // sum of the line amounts
    Money discount;
    Money net;  // lines − discount
    Money fees; // fee lines − their share of the discount: the base of the contribution
    Money contribution;
    QList<Contribution> contributions;
    QList<Tax> taxes;
    Money tax; // sum of the taxes
    QList<Untaxed> outside;
    Money withholdingBase;
    Money withholding;
    Money untaxed;   // what bears no tax: decides the stamp duty
    Money stampDuty; // applied (shown on the invoice), charged to the client or not
    bool stampDutyCharged = false;
    bool stampDutyNeedsRate = false; // a foreign currency without its exchange rate: not judged yet
    Money total;
    Money due; // total − withholding
    std::optional<EuroFigures> euro;
};

Result<Totals> compute(const Input &input);

// How one line is taxed under `input`: at its total rate, or untaxed for a reason (FatturaPA's
// Natura), as compute() treats it.
struct LineTax
{
    std::optional<TaxRate> rate; // none: untaxed
    QString nature;              // when untaxed
};
LineTax lineTax(const Input &input, const Line &line);

// `amount` in euros at `exchangeRate` (millionths of its currency per euro), rounded half away from zero.
Result<Money> toEuro(const Money &amount, qint64 exchangeRate);

} // namespace minuta::invoicecalc
