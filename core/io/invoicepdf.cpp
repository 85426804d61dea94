#include "io/invoicepdf.h"

#include "io/invoicesheet.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace minuta {

using invoicesheet::InvoiceSheet;

Result<int> InvoicePdf::render(const Content &content, QIODevice *device)
{
    QPdfWriter writer(device);
    writer.setResolution(600);
    const QPageSize pageSize(content.invoice.parties.business.usesLetterPaper() ? QPageSize::Letter
                                                                                : QPageSize::A4);
    writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setCreator(QStringLiteral("Minuta"));
    InvoiceSheet sheet(content, pageSize.size(QPageSize::Point), &writer);
    writer.setTitle(sheet.title());
    sheet.layOut();
    // Painted once the number of pages is known.
    QPainter painter;
    if (!painter.begin(&writer))
        return Error(ErrorCode::Io, tr("The PDF could not be started."));
    const int pages = sheet.paint(painter, writer, pageSize.size(QPageSize::Point));
    painter.end();
    return pages;
}

Result<int> InvoicePdf::write(const Content &content, const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error(ErrorCode::Io, tr("“%1” is a folder.").arg(QDir::toNativeSeparators(path)),
                     QStringLiteral("output"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io,
                     tr("“%1” cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                     QStringLiteral("output"));
    auto pages = render(content, &file);
    if (!pages) {
        file.cancelWriting();
        return pages.error();
    }
    if (!file.commit())
        return Error(ErrorCode::Io,
                     tr("“%1” cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                     QStringLiteral("output"));
    return pages;
}

} // namespace minuta
