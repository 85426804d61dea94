#include "io/packstatementpdf.h"

#include "io/packstatement.h"
#include "io/reportpdf.h"

namespace minuta::packstatement {

Result<void> writePdf(const PackStatement &statement, const QString &path)
{
    const Layout l = layout(statement);
    ReportDocument document;
    document.title = l.title;
    document.subtitle =
        (statement.business.name.isEmpty() ? QString() : statement.business.name + QLatin1Char('\n'))
        + l.about.join(QLatin1Char('\n'));
    ReportDocument::Table table;
    table.header = l.header;
    table.rows = l.rows;
    table.rightAligned = l.rightAligned;
    table.totals = l.totals;
    document.tables.append(table);
    return ReportPdf::write(document, path);
}

} // namespace minuta::packstatement
