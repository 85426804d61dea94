#pragma once

// An invoice's totals the way the PDF shows them: net, contribution, each tax on its base, stamp
// duty, total, withholding, amount due, paid and balance.

#include "invoicing/invoice.h"

#include <QWidget>

class QGridLayout;

namespace minuta::ui {

class TotalsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TotalsWidget(QWidget *parent = nullptr);
    void setInvoice(const Invoice &invoice, const QLocale &locale);
    // Every row as "label: value" lines (for tests and accessibility).
    QString text() const;

private:
    QGridLayout *m_grid;
    QStringList m_lines;
};

} // namespace minuta::ui
