// A tour of every screen and dialog of the desktop app, saved as PNG files, for people to look at:
//   minuta_screenshot_tour --db FILE --out DIR [--size 1280x800] [--dark]
// Run it on a file made by `minuta-cli demo`, under a real display or Xvfb (`xvfb-run -a`), in the
// language to check (LANGUAGE=it). It changes nothing in the file (it adds a copy to its backups
// folder): dialogs are shown and closed.

#include "backupsdialog.h"
#include "batchinvoicedialog.h"
#include "calendarpage.h"
#include "clientdialog.h"
#include "clientspage.h"
#include "entrydialog.h"
#include "filecontroller.h"
#include "importdialog.h"
#include "invoicedialog.h"
#include "mainwindow.h"
#include "newinvoicedialog.h"
#include "packdialog.h"
#include "plandialog.h"
#include "recurringdialog.h"
#include "reportspage.h"
#include "servicedialog.h"
#include "settingsdialog.h"
#include "storage/appinfo.h"
#include "storage/backups.h"
#include "usagedialog.h"
#include "values/clock.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QPalette>
#include <QPixmap>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace minuta;
using namespace minuta::ui;

namespace {

QString g_out;

void save(QWidget *widget, const QString &name)
{
    QTest::qWait(250); // let layouts, icons and queued refreshes settle
    const QString path = QDir(g_out).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        QTextStream(stderr) << "could not write " << path << '\n';
    else
        QTextStream(stdout) << path << '\n';
}

// A dialog with tabs is saved once per tab.
template<typename D> void shoot(D *dialog, const QString &name)
{
    dialog->show();
    const QList<QTabWidget *> tabs = dialog->template findChildren<QTabWidget *>();
    if (tabs.isEmpty()) {
        save(dialog, name);
    } else {
        for (int k = 0; k < tabs.first()->count(); ++k) {
            tabs.first()->setCurrentIndex(k);
            save(dialog, QStringLiteral("%1-%2").arg(name).arg(k + 1));
        }
    }
    dialog->reject();
    delete dialog;
}

// A dark palette as a dark desktop theme gives it, on the Fusion style.
void useDarkPalette()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe8, 0xea, 0xed);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Highlight, QColor(0x0f, 0x76, 0x6e));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x5e, 0xea, 0xd4));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7f, 0x85));
    QApplication::setPalette(p);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    appinfo::initialize();
    appinfo::installTranslations(QLocale());
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The Minuta file."),
                                QStringLiteral("path"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Folder for the PNG files."),
                                 QStringLiteral("dir"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("A dark palette."));
    parser.addOptions({db, out, size, dark});
    parser.process(app);
    if (parser.isSet(dark))
        useDarkPalette();
    if (!parser.isSet(db) || !parser.isSet(out))
        parser.showHelp(2);
    g_out = parser.value(out);
    QDir().mkpath(g_out);
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));

    SystemClock clock;
    MainWindow window(clock);
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    window.show();
    if (!window.openDatabase(parser.value(db)))
        return 1;
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    Workspace &ws = *window.workspace();

    const QList<std::pair<MainWindow::Section, const char *>> sections = {
        {MainWindow::Section::TimeLog, "1-timelog"},   {MainWindow::Section::Clients, "2-clients"},
        {MainWindow::Section::Services, "3-services"}, {MainWindow::Section::Invoices, "4-invoices"},
        {MainWindow::Section::Calendar, "5-calendar"}, {MainWindow::Section::Reports, "6-reports"},
    };
    for (const auto &[section, name] : sections) {
        window.showSection(section);
        if (section == MainWindow::Section::Calendar)
            window.calendarPage()->setMode(CalendarPage::Mode::Month);
        save(&window, QString::fromLatin1(name));
    }
    window.showSection(MainWindow::Section::Calendar);
    window.calendarPage()->setMode(CalendarPage::Mode::Week);
    save(&window, QStringLiteral("5-calendar-week"));
    window.calendarPage()->setMode(CalendarPage::Mode::Month);
    window.showSection(MainWindow::Section::Reports);
    for (const auto tab :
         {ReportsPage::ServicesTab, ReportsPage::AgingTab, ReportsPage::PacksTab, ReportsPage::ChartsTab}) {
        window.reportsPage()->showTab(tab);
        save(&window, QStringLiteral("6-reports-%1").arg(int(tab) + 1));
    }
    window.reportsPage()->showTab(ReportsPage::MonthlyTab);
    // The first client with a prepaid pack in use, on the Clients page.
    if (const QList<PackState> packs = ws.packs().list().value_or({}); !packs.isEmpty()) {
        window.showSection(MainWindow::Section::Clients);
        window.clientsPage()->selectClient(packs.first().pack.clientId);
        QTest::qWait(50);
        save(&window, QStringLiteral("2-clients-packs"));
    }

    const QList<Client> clients = ws.clients().list().value_or({});
    const QList<Service> services = ws.services().list().value_or({});
    const QList<InvoiceSummary> invoices = ws.invoices().list({}).value_or({});
    const QList<TimeEntry> entries =
        ws.entries().list({}, TimeEntryRepository::Order::Newest, 0, 1).value_or({});

    shoot(new SettingsDialog(ws, &window), QStringLiteral("7-settings"));
    shoot(new ClientDialog(ws, std::nullopt, &window), QStringLiteral("8-client-new"));
    if (!clients.isEmpty())
        shoot(new ClientDialog(ws, clients.first(), &window), QStringLiteral("8-client-edit"));
    shoot(new EntryDialog(ws, std::nullopt, clock.nowSecs() - 3600, &window), QStringLiteral("9-entry-new"));
    if (!entries.isEmpty())
        shoot(new EntryDialog(ws, entries.first(), entries.first().start, &window),
              QStringLiteral("9-entry-edit"));
    shoot(new UsageDialog(ws, std::nullopt, &window), QStringLiteral("10-usage"));
    if (!clients.isEmpty())
        shoot(new PackDialog(ws, clients.first(), &window), QStringLiteral("19-pack-sell"));
    if (const QList<RecurringLine> fees = ws.recurring().list().value_or({}); !fees.isEmpty()) {
        if (auto client = ws.clients().get(fees.first().clientId))
            shoot(new RecurringDialog(ws, *client, fees.first(), &window), QStringLiteral("20-fee-edit"));
    } else if (!clients.isEmpty()) {
        shoot(new RecurringDialog(ws, clients.first(), &window), QStringLiteral("20-fee-new"));
    }
    shoot(new ServiceDialog(ws, services.isEmpty() ? std::nullopt : std::optional(services.first()), &window),
          QStringLiteral("11-service"));
    if (!clients.isEmpty())
        shoot(new NewInvoiceDialog(ws, clients.first().id, &window), QStringLiteral("12-invoice-new"));
    {
        auto *all = new BatchInvoiceDialog(ws, &window);
        all->periodBox()->setCurrentIndex(1); // this month: the demo's last month is invoiced already
        shoot(all, QStringLiteral("12-invoice-all"));
    }
    if (!invoices.isEmpty())
        shoot(new InvoiceDialog(ws, invoices.first().id, &window), QStringLiteral("13-invoice"));
    shoot(new PlanDialog(ws, std::nullopt, clock.nowSecs() + 3600, &window), QStringLiteral("14-plan-new"));
    const QList<Plan> plans = ws.plans().list().value_or({});
    if (!plans.isEmpty())
        shoot(new PlanDialog(ws, plans.first(), plans.first().start, &window),
              QStringLiteral("14-plan-edit"));
    {
        // A Toggl Track export as Excel saves it again, with a row that cannot be read.
        QTemporaryDir folder;
        const QString csv = folder.filePath(QStringLiteral("toggl.csv"));
        QFile file(csv);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(
                "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,"
                "End time,Duration,Tags,Amount (EUR)\r\n"
                "Giulia,g@example.com,Caff\xE8 Sol\xE8,Posta,,Perch\xE9 \x96 s\xEC,Ja,2026-11-2,09:00:00,"
                "2026-11-2,09:45:00,00:45:00,,30.00\r\n"
                "Giulia,g@example.com,Ottica Moretti,Telefono,,Richiamare,Nein,2026-11-3,10:00:00,"
                "2026-11-3,10:10:00,00:10:00,,0.00\r\n"
                "Giulia,g@example.com,Ottica Moretti,Telefono,,,Ja,2026-11-31,10:00:00,2026-11-31,"
                "10:10:00,00:10:00,,0.00\r\n");
            file.close();
            shoot(new ImportDialog(ws, csv, &window), QStringLiteral("18-import"));
        }
    }
    window.files()->waitForDailyBackup();
    (void)Backups::make(ws.database(), clock);
    shoot(new BackupsDialog(ws.database().path(), clock.timeZone(), ws.locale(), &window),
          QStringLiteral("15-backups"));

    // Half a 1366-pixel screen, dragged there as a user would; then View ▸ Compact.
    for (int width = window.width(); width > 683; width -= 40) {
        window.resize(width, window.height());
        QTest::qWait(20);
    }
    window.resize(683, 740);
    QTest::qWait(50);
    for (const auto &[section, name] : sections) {
        window.showSection(section);
        save(&window, QStringLiteral("16-narrow-%1").arg(QString::fromLatin1(name)));
    }
    window.compactAction()->trigger();
    QTest::qWait(100);
    save(&window, QStringLiteral("17-compact"));
    window.compactAction()->trigger();
    return 0;
}
