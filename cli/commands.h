#pragma once

// minuta-cli's command groups; each parses its own arguments and returns the exit code.

#include <QStringList>

namespace minuta {
class Database;
}

namespace minuta::cli {

class Context;

int runInfo(Context &context, const QStringList &arguments);
int runClient(Context &context, const QStringList &arguments);
int runTimer(Context &context, const QStringList &arguments);
int runLog(Context &context, const QStringList &arguments);
int runEntries(Context &context, const QStringList &arguments);
int runEntry(Context &context, const QStringList &arguments);
int runService(Context &context, const QStringList &arguments);
int runUsage(Context &context, const QStringList &arguments);
int runUnbilled(Context &context, const QStringList &arguments);
int runSettings(Context &context, const QStringList &arguments);
int runBusiness(Context &context, const QStringList &arguments);
int runTaxProfiles(Context &context, const QStringList &arguments);
int runInvoice(Context &context, const QStringList &arguments);
int runDemo(Context &context, const QStringList &arguments);
int runPlan(Context &context, const QStringList &arguments);
int runReport(Context &context, const QStringList &arguments);
int runCalendar(Context &context, const QStringList &arguments);
int runBackup(Context &context, const QStringList &arguments);
int runImport(Context &context, const QStringList &arguments);
int runPack(Context &context, const QStringList &arguments);
int runRecurring(Context &context, const QStringList &arguments);
// pack statement, built into both halves of the command line (packstatementcommand.cpp).
int packStatement(Context &context, const QStringList &arguments);

// Warns on stderr when a prepaid pack of the client is nearly or wholly used (packcommands.cpp).
void warnAboutPacks(Context &context, Database &db, qint64 clientId);

} // namespace minuta::cli
