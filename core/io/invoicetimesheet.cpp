#include "io/invoicesheet.h"

#include "values/timeutil.h"

// The invoice's timesheet pages: every billed entry with its raw and billed time and amount, their
// totals, then the units of services logged.

namespace minuta::invoicesheet {

// The timesheet: every billed entry with its raw and billed time and what it bills, then the units
// logged.
void InvoiceSheet::drawTimesheet()
{
    if (m_content.timesheet.isEmpty())
        return;
    m_layout.newPage();
    m_layout.paragraph(L(Label::Timesheet)
                           + (m_inv.number ? QStringLiteral(" · ") + *m_inv.number : QString()),
                       m_layout.font(14, true), kAccent, 10);
    if (!m_content.timesheet.time.isEmpty())
        drawWork();
    if (!m_content.timesheet.usage.isEmpty())
        drawUnits();
}

void InvoiceSheet::drawWorkHeader(const WorkColumns &c)
{
    const qreal y = m_layout.y();
    m_layout.text(QRectF(m_X, y, c.dateW, 12), L(Label::Date), m_heading, Qt::AlignLeft, kMuted);
    m_layout.text(QRectF(m_X + c.dateW, y, c.timeW, 12), L(Label::Time), m_heading, Qt::AlignLeft, kMuted);
    m_layout.text(QRectF(c.rawX, y, c.rawW, 12), L(Label::Logged), m_heading, Qt::AlignRight, kMuted);
    m_layout.text(QRectF(c.billedX, y, c.billedW, 12), L(Label::Billed), m_heading, Qt::AlignRight, kMuted);
    m_layout.text(QRectF(c.amountX, y, c.amountW, 12), L(Label::Amount), m_heading, Qt::AlignRight, kMuted);
    m_layout.text(QRectF(c.taskX, y, c.taskW, 12), L(Label::Task), m_heading, Qt::AlignLeft, kMuted);
    m_layout.text(QRectF(c.noteX, y, c.noteW, 12), L(Label::Description), m_heading, Qt::AlignLeft, kMuted);
    m_layout.rule(m_X, y + 14, m_W, kInk);
    m_layout.advance(20);
}

// Every billed entry, then their hours logged and billed and what they bill.
void InvoiceSheet::drawWork()
{
    const WorkColumns c(m_X, m_W);
    m_layout.setOnNewPage([this, c] { drawWorkHeader(c); });
    drawWorkHeader(c);
    qint64 raw = 0, billed = 0;
    std::optional<Money> amount = Money::zero(m_inv.currency);
    for (const BilledTime &b : m_content.timesheet.time) {
        const TimeEntry &e = b.entry;
        const qint64 seconds = e.durationSeconds(e.end.value_or(e.start));
        raw += seconds;
        billed += b.billedSeconds;
        if (amount && b.amount) {
            auto sum = amount->plus(*b.amount);
            amount = sum ? std::optional<Money>(*sum) : std::nullopt;
        } else {
            amount.reset();
        }
        const QDateTime start = QDateTime::fromSecsSinceEpoch(e.start, m_content.zone);
        const QDateTime end = QDateTime::fromSecsSinceEpoch(e.end.value_or(e.start), m_content.zone);
        const qreal h = std::max({m_layout.textHeight(e.description, m_small, c.noteW),
                                  m_layout.textHeight(e.task, m_small, c.taskW), qreal(10)});
        if (!m_layout.fits(h + 6))
            m_layout.newPage();
        const qreal y = m_layout.y();
        m_layout.text(QRectF(m_X, y, c.dateW, h), dayOf(start), m_small);
        m_layout.text(QRectF(m_X + c.dateW, y, c.timeW, h), timeOf(start) + QStringLiteral("–") + timeOf(end),
                      m_small);
        m_layout.text(QRectF(c.rawX, y, c.rawW, h), timeutil::formatDuration(seconds), m_small,
                      Qt::AlignRight, kMuted);
        m_layout.text(QRectF(c.billedX, y, c.billedW, h), timeutil::formatDuration(b.billedSeconds), m_small,
                      Qt::AlignRight);
        m_layout.text(QRectF(c.amountX, y, c.amountW, h),
                      b.amount ? b.amount->formatNumber(m_locale) : QString(), m_small, Qt::AlignRight);
        m_layout.text(QRectF(c.taskX, y, c.taskW, h), e.task, m_small);
        m_layout.text(QRectF(c.noteX, y, c.noteW, h), e.description, m_small);
        m_layout.rule(m_X, y + h + 2, m_W);
        m_layout.advance(h + 6);
    }
    m_layout.setOnNewPage(nullptr);
    drawWorkTotals(c, raw, billed, amount);
}

// The hours logged and billed, and what they bill when every entry has an amount.
void InvoiceSheet::drawWorkTotals(const WorkColumns &c, qint64 raw, qint64 billed,
                                  const std::optional<Money> &amount)
{
    if (!m_layout.fits(16))
        m_layout.newPage();
    const qreal y = m_layout.y();
    m_layout.text(QRectF(m_X, y, c.dateW + c.timeW, 12), L(Label::Hours), m_bodyBold);
    m_layout.text(QRectF(c.rawX - 10, y, c.rawW + 10, 12), timeutil::formatDuration(raw), m_bodyBold,
                  Qt::AlignRight, kMuted);
    m_layout.text(QRectF(c.billedX, y, c.billedW, 12), timeutil::formatDuration(billed), m_bodyBold,
                  Qt::AlignRight);
    if (amount)
        m_layout.text(QRectF(c.amountX, y, c.amountW, 12), amount->formatNumber(m_locale), m_bodyBold,
                      Qt::AlignRight);
    m_layout.advance(16);
    m_layout.paragraph(
        L(Label::HoursTotals).arg(timeutil::formatDuration(raw), timeutil::formatDuration(billed)), m_small,
        kMuted, 14);
}

void InvoiceSheet::drawUnitsHeader(const UnitColumns &c)
{
    const qreal y = m_layout.y();
    m_layout.text(QRectF(m_X, y, c.dateW, 12), L(Label::Date), m_heading, Qt::AlignLeft, kMuted);
    m_layout.text(QRectF(m_X + c.dateW, y, c.timeW, 12), L(Label::Time), m_heading, Qt::AlignLeft, kMuted);
    m_layout.text(QRectF(m_X + c.dateW + c.timeW, y, c.serviceW, 12), L(Label::Service), m_heading,
                  Qt::AlignLeft, kMuted);
    m_layout.text(QRectF(m_X + c.dateW + c.timeW + c.serviceW, y, c.quantityW, 12), L(Label::Quantity),
                  m_heading, Qt::AlignRight, kMuted);
    m_layout.text(QRectF(m_X + m_W - c.noteW, y, c.noteW, 12), L(Label::Notes), m_heading, Qt::AlignLeft,
                  kMuted);
    m_layout.rule(m_X, y + 14, m_W, kInk);
    m_layout.advance(20);
}

void InvoiceSheet::drawUnits()
{
    m_layout.paragraph(L(Label::UnitsLogged), m_layout.font(11, true), kAccent, 6);
    const UnitColumns c(m_W);
    if (!m_layout.fits(40))
        m_layout.newPage();
    m_layout.setOnNewPage([this, c] { drawUnitsHeader(c); });
    drawUnitsHeader(c);
    for (const BilledUnits &u : m_content.timesheet.usage) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(u.at, m_content.zone);
        const QString quantity =
            u.quantity.format(m_locale) + QLatin1Char(' ')
            + invoicelabels::unitWord(u.unit, u.unitPlural, u.quantity.milli() == 1000, m_lang);
        const qreal h = std::max({m_layout.textHeight(u.note, m_small, c.noteW),
                                  m_layout.textHeight(u.service, m_small, c.serviceW - 6),
                                  m_layout.textHeight(quantity, m_small, c.quantityW), qreal(10)});
        if (!m_layout.fits(h + 6))
            m_layout.newPage();
        const qreal y = m_layout.y();
        m_layout.text(QRectF(m_X, y, c.dateW, h), dayOf(at), m_small);
        m_layout.text(QRectF(m_X + c.dateW, y, c.timeW, h), timeOf(at), m_small);
        m_layout.text(QRectF(m_X + c.dateW + c.timeW, y, c.serviceW - 6, h), u.service, m_small);
        m_layout.text(QRectF(m_X + c.dateW + c.timeW + c.serviceW, y, c.quantityW, h), quantity, m_small,
                      Qt::AlignRight);
        m_layout.text(QRectF(m_X + m_W - c.noteW, y, c.noteW, h), u.note, m_small);
        m_layout.rule(m_X, y + h + 2, m_W);
        m_layout.advance(h + 6);
    }
    m_layout.setOnNewPage(nullptr);
}

} // namespace minuta::invoicesheet
