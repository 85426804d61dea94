#include "aboutdialog.h"

#include "storage/appinfo.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace minuta::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Minuta"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *icon = new QLabel(this);
    icon->setPixmap(
        QIcon(QStringLiteral(":/minuta/icons/minuta.svg")).pixmap(QSize(72, 72), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(tr("Minuta %1").arg(appinfo::version()), this);
    name->setObjectName(QStringLiteral("aboutVersion"));
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    name->setFont(nameFont);

    auto *description =
        new QLabel(tr("Time, usage and invoices for freelance virtual assistants. Your data stays in one "
                      "file on this computer."),
                   this);
    description->setWordWrap(true);

    auto *licence = new QLabel(this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setTextFormat(Qt::RichText);
    licence->setOpenExternalLinks(true);
    licence->setText(tr("Free software under the <a href=\"%1\">GNU General Public License</a>, "
                        "version 3 or later (%2).")
                         .arg(appinfo::licenceUrl(), appinfo::licenceName()));
    licence->setWordWrap(true);

    auto *qt = new QLabel(tr("Built with Qt %1, running on Qt %2.")
                              .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                          this);
    qt->setForegroundRole(QPalette::PlaceholderText);

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(description);
    text->addSpacing(6);
    text->addWidget(licence);
    text->addWidget(qt);
    text->addStretch();

    auto *row = new QHBoxLayout;
    row->setSpacing(18);
    row->addWidget(icon);
    row->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

} // namespace minuta::ui
