#include "addressfields.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

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
