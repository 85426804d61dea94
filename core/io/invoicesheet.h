#pragma once

// Internal to core: the invoice laid out on PDF pages. InvoicePdf (invoicepdf.h) is its public face;
// the invoice's own pages are drawn in invoicesheet.cpp, the timesheet pages in invoicetimesheet.cpp.

#include "invoicing/invoicelabels.h"
#include "io/invoicepdf.h"

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPaintDevice>
#include <QSizeF>
#include <QTextLayout>

#include <functional>

class QPainter;
class QPdfWriter;

namespace minuta::invoicesheet {

using invoicelabels::Label;

constexpr qreal kMargin = 48; // points
constexpr qreal kFooter = 40;
const QColor kInk(0x1f, 0x29, 0x37);
const QColor kMuted(0x6b, 0x72, 0x80);
const QColor kRule(0xd1, 0xd5, 0xdb);
const QColor kAccent(0x0f, 0x76, 0x6e);
const QColor kWarning(0xb9, 0x1c, 0x1c);

// One thing to draw on a page, in points.
struct Item
{
    enum Kind { Text, Rule, Fill, Picture } kind = Text;
    QRectF rect;
    QString text;
    QFont font;
    QColor color = kInk;
    Qt::Alignment align = Qt::AlignLeft;
    QImage image;
};

using Page = QList<Item>;

// Lays the document out on pages of a given size, with fonts measured at the PDF's resolution.
class Layout
{
public:
    Layout(QSizeF pageSize, QPaintDevice *device) : m_size(pageSize), m_device(device)
    {
        m_pages.append(Page());
        m_y = kMargin;
    }

    qreal width() const { return m_size.width() - 2 * kMargin; }
    qreal left() const { return kMargin; }
    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }
    void advance(qreal dy) { m_y += dy; }
    qreal bottom() const { return m_size.height() - kMargin - kFooter; }
    bool fits(qreal height) const { return m_y + height <= bottom(); }
    QList<Page> pages() const { return m_pages; }

    void newPage()
    {
        m_pages.append(Page());
        m_y = kMargin;
        if (m_onNewPage)
            m_onNewPage();
    }
    // Called at the top of each new page (the table header repeats this way).
    void setOnNewPage(std::function<void()> f) { m_onNewPage = std::move(f); }

    QFont font(qreal points, bool bold = false) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setStyleHint(QFont::SansSerif);
        // No ligatures: "fiscale" must read back as f-i, not as one glyph, from the PDF's text.
        f.setStyleStrategy(QFont::PreferNoShaping);
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    // Height of `text` wrapped to `w` points.
    qreal textHeight(const QString &text, const QFont &f, qreal w) const
    {
        if (text.isEmpty())
            return 0;
        qreal height = 0;
        for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
            QTextLayout layout(paragraph.isEmpty() ? QStringLiteral(" ") : paragraph, f, m_device);
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            const qreal scale = 72.0 / m_device->logicalDpiY();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(w / scale);
                height += line.height() * scale;
            }
            layout.endLayout();
        }
        return height;
    }

    qreal textWidth(const QString &text, const QFont &f) const
    {
        return QFontMetricsF(f, m_device).horizontalAdvance(text) * 72.0 / m_device->logicalDpiX();
    }

    void text(const QRectF &r, const QString &t, const QFont &f, Qt::Alignment a = Qt::AlignLeft,
              QColor c = kInk)
    {
        Item item;
        item.kind = Item::Text;
        item.rect = r;
        item.text = t;
        item.font = f;
        item.align = a;
        item.color = c;
        m_pages.last().append(item);
    }

    void rule(qreal x, qreal y, qreal w, QColor c = kRule)
    {
        Item item;
        item.kind = Item::Rule;
        item.rect = QRectF(x, y, w, 0);
        item.color = c;
        m_pages.last().append(item);
    }

    void fill(const QRectF &r, QColor c)
    {
        Item item;
        item.kind = Item::Fill;
        item.rect = r;
        item.color = c;
        m_pages.last().append(item);
    }

    void picture(const QRectF &r, const QImage &image)
    {
        Item item;
        item.kind = Item::Picture;
        item.rect = r;
        item.image = image;
        m_pages.last().append(item);
    }

    // A paragraph across the full width, starting a new page if it does not fit.
    void paragraph(const QString &t, const QFont &f, QColor c = kInk, qreal gapAfter = 6)
    {
        if (t.trimmed().isEmpty())
            return;
        const qreal h = textHeight(t, f, width());
        if (!fits(h))
            newPage();
        text(QRectF(left(), m_y, width(), h), t, f, Qt::AlignLeft, c);
        m_y += h + gapAfter;
    }

private:
    QSizeF m_size;
    QPaintDevice *m_device;
    QList<Page> m_pages;
    qreal m_y = 0;
    std::function<void()> m_onNewPage;
};

// One row of the totals: its words, the figure in the invoice's currency and, for an invoice in
// another currency, in euros.
struct TotalRow
{
    TotalRow(QString l, QString v, QString e = {}, bool s = false, bool m = false)
        : label(std::move(l)), value(std::move(v)), euro(std::move(e)), strong(s), muted(m)
    {}

    QString label;
    QString value;
    QString euro;
    bool strong;
    bool muted;
};

// The columns of the lines table, in points.
constexpr qreal kQuantityW = 66, kPriceW = 80, kTaxW = 44, kAmountW = 76;

// The columns of the timesheet's work, from the left margin `x` of a page `w` points wide.
struct WorkColumns
{
    static constexpr qreal dateW = 56, timeW = 86, rawW = 52, billedW = 52, amountW = 56, taskW = 70;

    WorkColumns(qreal x, qreal w)
        : noteW(w - dateW - timeW - rawW - billedW - amountW - taskW - 20)
        , rawX(x + dateW + timeW)
        , billedX(rawX + rawW)
        , amountX(billedX + billedW)
        , taskX(amountX + amountW + 10)
        , noteX(taskX + taskW + 10)
    {}

    qreal noteW, rawX, billedX, amountX, taskX, noteX;
};

// The columns of the timesheet's units logged.
struct UnitColumns
{
    static constexpr qreal dateW = 56, timeW = 50, serviceW = 150, quantityW = 90;

    explicit UnitColumns(qreal w) : noteW(w - dateW - timeW - serviceW - quantityW - 10) {}

    qreal noteW;
};

// The invoice laid out on pages, one part after the other, in the client's language; painted once
// the number of pages is known.
class InvoiceSheet
{
public:
    InvoiceSheet(const InvoicePdf::Content &content, QSizeF pageSize, QPaintDevice *device)
        : m_content(content)
        , m_inv(content.invoice)
        , m_lang(m_inv.language())
        , m_business(m_inv.parties.business)
        , m_client(m_inv.parties.client)
        , m_profile(m_inv.parties.profile)
        , m_locale(invoicelabels::locale(m_lang, m_client.country, m_business.country))
        , m_monthFirst(m_locale.territory() == QLocale::UnitedStates && m_lang != QLatin1String("it"))
        , m_taxIds(taxIds())
        , m_layout(pageSize, device)
        , m_W(m_layout.width())
        , m_X(m_layout.left())
        , m_small(m_layout.font(7.5))
        , m_body(m_layout.font(9))
        , m_bodyBold(m_layout.font(9, true))
        , m_heading(m_layout.font(8, true))
    {}

    // The PDF's title, in its properties.
    QString title() const
    {
        return m_inv.number ? m_profile.title(m_lang) + QLatin1Char(' ') + *m_inv.number : L(Label::Draft);
    }

    void layOut()
    {
        drawHeader();
        drawClient();
        drawLines();
        drawTotals();
        drawPaymentAndNotes();
        drawTimesheet();
    }

    // Paints every page with its footer: who issued it, and page x of y. Returns how many there are.
    int paint(QPainter &painter, QPdfWriter &writer, QSizeF pageSize) const;

private:
    QString L(Label l) const { return invoicelabels::text(l, m_lang); }
    QString date(QDate d) const
    {
        return m_locale.toString(d, m_monthFirst ? QStringLiteral("MMMM d, yyyy")
                                                 : QStringLiteral("d MMMM yyyy"));
    }
    QString shortDate(QDate d) const
    {
        return m_locale.toString(d,
                                 m_monthFirst ? QStringLiteral("MMM d, yyyy") : QStringLiteral("d MMM yyyy"));
    }
    QString money(const Money &m) const { return m.format(m_locale); }
    QString dayOf(const QDateTime &at) const { return m_locale.toString(at.date(), QLocale::ShortFormat); }
    QString timeOf(const QDateTime &at) const { return m_locale.toString(at.time(), QLocale::ShortFormat); }
    QStringList taxIds() const;

    void drawHeader();
    qreal drawBusiness();
    qreal drawTitleAndDates();
    void drawClient();
    void drawLinesHeader();
    void drawLines();
    void drawLine(const InvoiceLine &line, const TaxRate &standard);
    QList<TotalRow> totalRows() const;
    void drawTotals();
    void drawPaymentAndNotes();
    void drawBankDetails();
    void drawLegalNotes();
    void drawTimesheet();
    void drawWorkHeader(const WorkColumns &c);
    void drawWork();
    void drawWorkTotals(const WorkColumns &c, qint64 raw, qint64 billed, const std::optional<Money> &amount);
    void drawUnitsHeader(const UnitColumns &c);
    void drawUnits();

    const InvoicePdf::Content &m_content;
    const Invoice &m_inv;
    const QString m_lang;
    const BusinessProfile &m_business;
    const Client &m_client;
    const TaxProfile &m_profile;
    const QLocale m_locale;
    const bool m_monthFirst;
    const QStringList m_taxIds;
    Layout m_layout;
    const qreal m_W;
    const qreal m_X;
    const QFont m_small;
    const QFont m_body;
    const QFont m_bodyBold;
    const QFont m_heading;
};

} // namespace minuta::invoicesheet
