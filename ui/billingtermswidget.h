#pragma once

// The billing terms a client is invoiced on: currency, hourly rate, increment, rounding, minimum
// per entry, payment terms and invoice language. The client dialog edits a client's with it, the
// settings the defaults new clients start with. Each field has an error line under it, known to the
// dialog's FieldErrors by the name core's errors give it.

#include "business/settings.h"
#include "clients/client.h"

#include <QCoreApplication>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace minuta::ui {

class FieldErrors;

class BillingTermsWidget : public QWidget
{
    // Its words were the client dialog's, and keep that dialog's translations.
    Q_DECLARE_TR_FUNCTIONS(minuta::ui::ClientDialog)

public:
    enum Row { CurrencyRow, RateRow, IncrementRow, RoundingRow, MinimumRow, PaymentTermsRow, LanguageRow };

    BillingTermsWidget(FieldErrors *errors, QWidget *parent = nullptr);

    // The rows' form, for a dialog's own rows after them.
    QFormLayout *form() const { return m_form; }
    // For a dialog that words a row its own way.
    void setLabel(Row row, const QString &text);
    QComboBox *currencyBox() const { return m_currency; }
    QLineEdit *rateEdit() const { return m_rate; }

    void setTerms(const Client &client, const QLocale &locale);
    void setTerms(const BusinessDefaults &defaults, const QLocale &locale);
    // The terms as edited, into `client` or `defaults`; a rate that is not an amount is refused.
    Result<void> readInto(Client &client, const QLocale &locale) const;
    Result<void> readInto(BusinessDefaults &defaults, const QLocale &locale) const;

private:
    struct Terms
    {
        Currency currency;
        std::optional<Money> hourlyRate;
        BillingPolicy billing;
        int paymentTermsDays = 0;
        QString language;
    };
    void show(const Terms &terms, const QLocale &locale);
    Result<Terms> read(Currency fallback, const QLocale &locale) const;

    QFormLayout *m_form;
    QComboBox *m_currency;
    QLineEdit *m_rate;
    QComboBox *m_increment;
    QComboBox *m_rounding;
    QSpinBox *m_minimum;
    QSpinBox *m_terms;
    QComboBox *m_language;
    QList<QWidget *> m_rows; // by Row
};

} // namespace minuta::ui
