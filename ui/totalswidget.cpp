#include "totalswidget.h"

#include "format.h"

#include "invoicing/invoicelabels.h"

#include <QGridLayout>
#include <QLabel>

namespace minuta::ui {

TotalsWidget::TotalsWidget(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("invoiceTotals"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(24);
    m_grid->setVerticalSpacing(3);
}

QString TotalsWidget::text() const
{
    return m_lines.join(QLatin1Char('\n'));
}

void TotalsWidget::setInvoice(const Invoice &invoice, const QLocale &locale)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_lines.clear();
    const invoicecalc::Totals &t = invoice.totals;
    const TaxProfile &p = invoice.parties.profile;
    // The profile's names of its taxes and contribution in the language the app speaks (the
    // invoice itself speaks the client's).
    const QString language = format::interfaceLanguage();
    QList<std::tuple<QString, Money, bool>> rows;
    if (!t.discount.isZero()) {
        rows.append({tr("Lines"), t.lines, false});
        rows.append({tr("Discount"), *t.discount.negated(), false});
    }
    rows.append({tr("Net"), t.net, false});
    if (!t.contribution.isZero())
        rows.append({tr("%1 %2").arg(p.contributionName(language), invoice.contributionRate.format(locale)),
                     t.contribution, false});
    for (const invoicecalc::Tax &tax : t.taxes)
        rows.append(
            {tr("%1 %2 on %3").arg(tax.name(language), tax.rate.format(locale), tax.base.format(locale)),
             tax.amount, false});
    // What bears no VAT, and why (N1 expenses in the client's name, N2.2 flat rate…).
    for (const invoicecalc::Untaxed &u : t.outside)
        rows.append(
            {u.nature.isEmpty() ? tr("Untaxed") : tr("Outside VAT (%1)").arg(u.nature), u.amount, false});
    if (!t.stampDuty.isZero())
        rows.append(
            {t.stampDutyCharged ? tr("Stamp duty") : tr("Stamp duty (paid by you)"), t.stampDuty, false});
    rows.append({tr("Total"), t.total, true});
    if (!t.withholding.isZero()) {
        rows.append({tr("%1 %2").arg(p.withholdingName(language), p.withholdingRate.format(locale)),
                     *t.withholding.negated(), false});
        rows.append({tr("Amount due"), t.due, true});
    }
    if (t.euro) {
        const QString rate = invoicelabels::exchangeRate(t.euro->exchangeRate, locale);
        rows.append(
            {tr("VAT in euros (1 EUR = %1 %2)").arg(rate, invoice.currency.code()), t.euro->tax, false});
        rows.append({tr("Total in euros"), t.euro->total, false});
    }
    if (!invoice.payments.isEmpty()) {
        rows.append({tr("Paid"), invoice.paid, false});
        rows.append({tr("Balance"), invoice.balance, true});
    }
    int row = 0;
    for (const auto &[label, amount, strong] : rows) {
        auto *name = new QLabel(label, this);
        auto *value = new QLabel(amount.format(locale), this);
        name->setTextFormat(Qt::PlainText);
        value->setTextFormat(Qt::PlainText);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (strong) {
            QFont font = value->font();
            font.setBold(true);
            name->setFont(font);
            value->setFont(font);
        }
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(value, row, 1);
        m_lines << label + QStringLiteral(": ") + value->text();
        ++row;
    }
}

} // namespace minuta::ui
