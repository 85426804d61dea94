// minuta-cli: Minuta's command line over core.

#include "cli.h"

#include "appinfo.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    minuta::appinfo::initialize();
    minuta::appinfo::installTranslations(QLocale());

    QTextStream out(stdout);
    QTextStream err(stderr);
    minuta::cli::Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
