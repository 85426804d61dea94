#include "invoicing/invoice.h"

#include "work/service.h"

#include "values/validation.h"

#include <QCoreApplication>

namespace minuta {

QString invoiceKindName(InvoiceKind kind)
{
    return kind == InvoiceKind::CreditNote ? QStringLiteral("credit_note") : QStringLiteral("invoice");
}

QString invoiceStatusName(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return QStringLiteral("draft");
    case InvoiceStatus::Issued:
        return QStringLiteral("issued");
    case InvoiceStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("draft");
}

QString groupingName(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Entry:
        return QStringLiteral("entry");
    case Grouping::Day:
        return QStringLiteral("day");
    case Grouping::Task:
        return QStringLiteral("task");
    case Grouping::Total:
        return QStringLiteral("total");
    }
    return QStringLiteral("entry");
}

std::optional<Grouping> groupingFromName(QStringView name)
{
    for (Grouping g : {Grouping::Entry, Grouping::Day, Grouping::Task, Grouping::Total})
        if (groupingName(g) == name)
            return g;
    return std::nullopt;
}

QString lineKindName(LineKind kind)
{
    switch (kind) {
    case LineKind::Time:
        return QStringLiteral("time");
    case LineKind::Usage:
        return QStringLiteral("usage");
    case LineKind::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("manual");
}

QString packRoleName(PackRole role)
{
    switch (role) {
    case PackRole::None:
        return QString();
    case PackRole::Sale:
        return QStringLiteral("sale");
    case PackRole::Covered:
        return QStringLiteral("covered");
    }
    return QString();
}

QString paymentStateName(PaymentState state)
{
    switch (state) {
    case PaymentState::Unpaid:
        return QStringLiteral("unpaid");
    case PaymentState::PartlyPaid:
        return QStringLiteral("partly_paid");
    case PaymentState::Paid:
        return QStringLiteral("paid");
    }
    return QStringLiteral("unpaid");
}

Result<void> InvoiceLine::validate() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("minuta::InvoiceLine", text); };
    if (auto r = validation::checkRequired(description, QStringLiteral("description"), tr("The description"));
        !r)
        return r;
    if (auto r = validation::checkText(description, 1000, QStringLiteral("description"),
                                       tr("The description"), false);
        !r)
        return r;
    if (auto r = validation::checkText(unit, 50, QStringLiteral("unit"), tr("The unit")); !r)
        return r;
    if (kind == LineKind::Manual && !quantity.isPositive())
        return Error(ErrorCode::InvalidInput, tr("The quantity must be more than zero."),
                     QStringLiteral("quantity"));
    if (!unitPrice.isValid())
        return Error(ErrorCode::InvalidInput, tr("The price needs a currency."), QStringLiteral("price"));
    if (unitPrice.isNegative())
        return Error(ErrorCode::InvalidInput, tr("The price cannot be negative; use the discount instead."),
                     QStringLiteral("price"));
    if (taxRate && (taxRate->milliPercent() < 0 || taxRate->milliPercent() > TaxRate::Hundred))
        return Error(ErrorCode::InvalidInput, tr("The tax rate must be between 0 and 100 %."),
                     QStringLiteral("taxRate"));
    return {};
}

QString InvoiceLine::unitForQuantity() const
{
    return unitFor(quantity, unit, unitPlural);
}

PaymentState Invoice::paymentState() const
{
    if (paid.minorUnits() <= 0)
        return PaymentState::Unpaid;
    return balance.minorUnits() <= 0 ? PaymentState::Paid : PaymentState::PartlyPaid;
}

bool Invoice::isOverdue(QDate today) const
{
    return kind == InvoiceKind::Invoice && status == InvoiceStatus::Issued && balance.minorUnits() > 0
           && dueDate < today;
}

} // namespace minuta
