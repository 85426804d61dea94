#include "addressfields.h"
#include "format.h"
#include "invoicing/invoicelabels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

#include <algorithm>

namespace minuta::ui {

QWidget *AddressFields::postcodeAndCity(QWidget *postcode, QWidget *city, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(postcode, 1);
    layout->addWidget(city, 3);
    return row;
}

void AddressFields::fill(QPlainTextEdit *street, QLineEdit *postcode, QLineEdit *city,
                         const postaladdress::Parts &parts)
{
    street->setPlainText(parts.street);
    street->setTabChangesFocus(true);
    street->setFixedHeight(street->fontMetrics().lineSpacing() * 2 + 12);
    street->setPlaceholderText(tr("Street and number"));
    postcode->setText(parts.postcode);
    postcode->setPlaceholderText(tr("Postcode"));
    postcode->setMaxLength(12);
    city->setText(parts.city);
    city->setPlaceholderText(tr("City"));
}

void AddressFields::fillCountries(QComboBox *box, const QString &current)
{
    box->addItem(tr("—"), QString());
    // Named in the interface language where core knows the name (Italian for the countries an
    // Italian business deals with most), else in English.
    const QString language = format::interfaceLanguage();
    QList<std::pair<QString, QString>> countries;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2)
            countries.append({invoicelabels::countryName(code, language), code});
    }
    std::sort(countries.begin(), countries.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto &[name, code] : std::as_const(countries))
        box->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    box->setCurrentIndex(qMax(0, box->findData(current)));
}

void AddressFields::labelState(QFormLayout *form, QWidget *row, QLineEdit *edit, const QString &country)
{
    QString label = tr("&State or province:");
    QString hint;
    QString tip;
    if (country == QLatin1String("IT")) {
        label = tr("&Province:");
        hint = tr("Two letters, as MI or RM");
        tip = tr("The province's two-letter code (sigla), as the electronic invoice wants it");
    } else if (country == QLatin1String("IN")) {
        label = tr("&State:");
        tip = tr("In India the state decides the place of supply, and so which GST applies");
    } else if (country == QLatin1String("US") || country == QLatin1String("AU")) {
        label = tr("&State:");
    } else if (country == QLatin1String("CA")) {
        label = tr("&Province:");
    }
    if (auto *name = qobject_cast<QLabel *>(form->labelForField(row)))
        name->setText(label);
    edit->setPlaceholderText(hint);
    edit->setToolTip(tip);
}

} // namespace minuta::ui
