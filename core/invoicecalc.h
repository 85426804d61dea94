#pragma once

// The totals of an invoice, pure, in the order the law computes them, each step rounded to the minor
// unit and kept as its own figure: lines → net → pension contribution on the net fees → each tax on
// its base (summed per rate, then rounded) → withholding on fees plus contribution → stamp duty →
// total → amount due.

#include "error.h"
#include "money.h"
#include "taxprofile.h"
#include "taxrate.h"

#include <QList>
#include <optional>

namespace minuta::invoicecalc {

struct Line
{
    Money amount;
    std::optional<TaxRate> taxRate; // none: the profile's standard rate
    bool isFee = true;              // bears contribution and withholding
};

struct Input
{
    Currency currency;
    QList<Line> lines;
    TaxRate discountPercent; // of the lines' sum
    Money discountAmount;    // on top of the percentage
    TaxProfile profile;
    TaxRate contributionRate;
    bool clientWithholds = false;
    bool reverseCharge = false;
};

struct Tax
{
    int component = 0; // index into the profile's taxes
    QString nameEn;
    QString nameIt;
    TaxRate rate;
    Money base;
    Money amount;

    QString name(const QString &language) const { return language == QLatin1String("it") ? nameIt : nameEn; }
};

struct Totals
{
    Money lines; // sum of the line amounts
    Money discount;
    Money net;  // lines − discount
    Money fees; // fee lines − discount: the base of the contribution
    Money contribution;
    QList<Tax> taxes;
    Money tax; // sum of the taxes
    Money withholdingBase;
    Money withholding;
    Money untaxed;   // what bears no tax: decides the stamp duty
    Money stampDuty; // applied (shown on the invoice), charged to the client or not
    bool stampDutyCharged = false;
    Money total;
    Money due; // total − withholding
};

Result<Totals> compute(const Input &input);

} // namespace minuta::invoicecalc
