#pragma once

// Check digits of tax identifiers, so a typo is caught when the client is saved rather than when
// the tax office rejects the invoice.

#include <QString>

namespace minuta::taxid {

// An Italian VAT number (partita IVA): 11 digits whose last is a Luhn-style check digit. An "IT"
// prefix and spaces are allowed.
bool isValidItalianVat(QStringView text);
// An Italian fiscal code (codice fiscale): 16 letters and digits with a check letter, or, for
// companies, the 11 digits of their VAT number.
bool isValidItalianFiscalCode(QStringView text);
// An Indian GSTIN: the state's two digits, the 10-character PAN, the entity number, Z and a check
// character (base 36, weights 1 and 2 alternating).
bool isValidGstin(QStringView text);
// Upper case, without spaces or dots: how identifiers are stored.
QString normalize(QStringView text);

} // namespace minuta::taxid
