#pragma once

// The parts of a postal address as the client and the business dialogs lay them out: the street on
// its own lines, then the postcode and the city side by side, then the state or province under the
// name each country gives it (a "provincia" of two letters in Italy).

#include <QCoreApplication>
#include <QString>

class QFormLayout;
class QLineEdit;
class QWidget;

namespace minuta::ui {

class AddressFields
{
    Q_DECLARE_TR_FUNCTIONS(minuta::ui::AddressFields)

public:
    // One row holding the postcode (narrow) and the city (the rest), each with its error line.
    static QWidget *postcodeAndCity(QWidget *postcode, QWidget *city, QWidget *parent);

    // Names the row of `edit` in `form` (the widget `row` holds it) for `country`.
    static void labelState(QFormLayout *form, QWidget *row, QLineEdit *edit, const QString &country);
};

} // namespace minuta::ui
