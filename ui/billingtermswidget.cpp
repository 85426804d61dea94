#include "billingtermswidget.h"

#include "fielderrors.h"

#include "values/currency.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace minuta::ui {

BillingTermsWidget::BillingTermsWidget(FieldErrors *errors, QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_currency(new QComboBox(this))
    , m_rate(new QLineEdit(this))
    , m_increment(new QComboBox(this))
    , m_rounding(new QComboBox(this))
    , m_minimum(new QSpinBox(this))
    , m_terms(new QSpinBox(this))
    , m_language(new QComboBox(this))
{
    for (const QString &code : Currency::knownCodes())
        m_currency->addItem(code, code);
    m_rate->setPlaceholderText(tr("the default rate"));
    for (int minutes : billingterms::Increments)
        m_increment->addItem(tr("%n minute(s)", nullptr, minutes), minutes);
    m_rounding->addItem(tr("up"), int(RoundingMode::Up));
    m_rounding->addItem(tr("to the nearest"), int(RoundingMode::Nearest));
    m_rounding->addItem(tr("down"), int(RoundingMode::Down));
    m_minimum->setRange(billingterms::MinMinimumMinutes, billingterms::MaxMinimumMinutes);
    m_minimum->setSuffix(tr(" min"));
    m_terms->setRange(billingterms::MinPaymentTermsDays, billingterms::MaxPaymentTermsDays);
    m_terms->setSuffix(tr(" days"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Italian"), QStringLiteral("it"));

    // A field with its error line under it, known to `errors` by the name core gives it, and found
    // by tests under that name.
    const auto field = [this, errors](QWidget *widget, QLatin1StringView name) {
        widget->setObjectName(name);
        return errors->withErrorLine(this, name, widget);
    };
    m_rows = {field(m_currency, billingfield::Currency),   field(m_rate, billingfield::HourlyRate),
              field(m_increment, billingfield::Increment), m_rounding,
              field(m_minimum, billingfield::Minimum),     field(m_terms, billingfield::PaymentTerms),
              field(m_language, billingfield::Language)};
    const QStringList labels = {tr("&Currency:"),        tr("&Hourly rate:"),       tr("&Increment:"),
                                tr("&Rounding:"),        tr("&Minimum per entry:"), tr("Payment &terms:"),
                                tr("Invoice &language:")};
    for (int row = 0; row < m_rows.size(); ++row)
        m_form->addRow(labels[row], m_rows[row]);
}

void BillingTermsWidget::setLabel(Row row, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_rows.value(row))))
        label->setText(text);
}

void BillingTermsWidget::setTerms(const Client &client, const QLocale &locale)
{
    show({client.currency, client.hourlyRate, client.billing, client.paymentTermsDays, client.language},
         locale);
}

void BillingTermsWidget::setTerms(const BusinessDefaults &defaults, const QLocale &locale)
{
    show({defaults.currency, defaults.hourlyRate, defaults.billing, defaults.paymentTermsDays,
          defaults.invoiceLanguage},
         locale);
}

Result<void> BillingTermsWidget::readInto(Client &client, const QLocale &locale) const
{
    auto terms = read(client.currency, locale);
    if (!terms)
        return terms.error();
    client.currency = terms->currency;
    client.hourlyRate = terms->hourlyRate;
    client.billing = terms->billing;
    client.paymentTermsDays = terms->paymentTermsDays;
    client.language = terms->language;
    return {};
}

Result<void> BillingTermsWidget::readInto(BusinessDefaults &defaults, const QLocale &locale) const
{
    auto terms = read(defaults.currency, locale);
    if (!terms)
        return terms.error();
    defaults.currency = terms->currency;
    defaults.hourlyRate = terms->hourlyRate;
    defaults.billing = terms->billing;
    defaults.paymentTermsDays = terms->paymentTermsDays;
    defaults.invoiceLanguage = terms->language;
    return {};
}

void BillingTermsWidget::show(const Terms &terms, const QLocale &locale)
{
    m_currency->setCurrentIndex(m_currency->findData(terms.currency.code()));
    m_rate->setText(terms.hourlyRate ? terms.hourlyRate->formatNumber(locale) : QString());
    m_increment->setCurrentIndex(qMax(0, m_increment->findData(terms.billing.incrementMinutes)));
    m_rounding->setCurrentIndex(m_rounding->findData(int(terms.billing.rounding)));
    m_minimum->setValue(terms.billing.minimumMinutes);
    m_terms->setValue(terms.paymentTermsDays);
    m_language->setCurrentIndex(qMax(0, m_language->findData(terms.language)));
}

Result<BillingTermsWidget::Terms> BillingTermsWidget::read(Currency fallback, const QLocale &locale) const
{
    Terms t;
    t.currency = Currency::fromCode(m_currency->currentData().toString()).value_or(fallback);
    if (!m_rate->text().trimmed().isEmpty()) {
        auto rate = Money::parse(m_rate->text(), t.currency, locale);
        if (!rate)
            return Error(rate.error().code(), rate.error().message(), billingfield::HourlyRate);
        t.hourlyRate = *rate;
    }
    t.billing.incrementMinutes = m_increment->currentData().toInt();
    t.billing.rounding = RoundingMode(m_rounding->currentData().toInt());
    t.billing.minimumMinutes = m_minimum->value();
    t.paymentTermsDays = m_terms->value();
    t.language = m_language->currentData().toString();
    return t;
}

} // namespace minuta::ui
