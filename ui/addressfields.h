#pragma once

// The parts of a postal address as the client and the business dialogs lay them out: the street on
// its own lines, then the postcode and the city side by side, then the state or province under the
// name each country gives it (a "provincia" of two letters in Italy).

#include <QCoreApplication>
#include <QString>

#include "values/postaladdress.h"

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace minuta::ui {

class AddressFields
{
    Q_DECLARE_TR_FUNCTIONS(minuta::ui::AddressFields)

public:
    // One row holding the postcode (narrow) and the city (the rest), each with its error line.
    static QWidget *postcodeAndCity(QWidget *postcode, QWidget *city, QWidget *parent);

    // Shows `parts` in the street, postcode and city fields, with the hints that say which is which.
    static void fill(QPlainTextEdit *street, QLineEdit *postcode, QLineEdit *city,
                     const postaladdress::Parts &parts);

    // Every country with a two-letter code, by name ("Italy (IT)"), the code as the item's data, after
    // "—" for none; `current` chosen.
    static void fillCountries(QComboBox *box, const QString &current);

    // Names the row of `edit` in `form` (the widget `row` holds it) for `country`.
    static void labelState(QFormLayout *form, QWidget *row, QLineEdit *edit, const QString &country);
};

} // namespace minuta::ui
