#pragma once

// What the programs that draw (the app, the command line's drawing half, the tests) install once
// at start, before any repository is used: the check that a logo decodes, which needs Qt GUI.
// The drawing units (invoicepdf, invoicesheet, invoicetimesheet, reportpdf, packstatementpdf and
// this) form their own library, minuta_draw, so the command line's commands that draw nothing never
// load Qt GUI.

namespace minuta::drawing {

void install();

} // namespace minuta::drawing
