#include "backupsdialog.h"

#include "filedialogs.h"
#include "messagebox.h"
#include "storage/backups.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace minuta::ui {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

} // namespace

BackupsDialog::BackupsDialog(const QString &databasePath, const QTimeZone &zone, const QLocale &locale,
                             QWidget *parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_zone(zone)
    , m_locale(locale)
    , m_table(new QTableWidget(0, 3, this))
    , m_empty(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Backups"));
    QLabel *intro = buildIntro();
    setUpTable();
    QHBoxLayout *actions = buildActions();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &BackupsDialog::restoreSelected);

    reload();
    resize(640, 420);
}

QLabel *BackupsDialog::buildIntro()
{
    auto *intro = new QLabel(
        tr("Minuta copies “%1” into its backups folder every day you open it, before each upgrade and "
           "whenever you ask. Restoring a copy replaces what the file holds now; that is kept as a copy "
           "first, so a restore can be undone.")
            .arg(QFileInfo(m_path).fileName()),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    return intro;
}

// The table of the copies, and the words shown instead while there are none.
void BackupsDialog::setUpTable()
{
    m_table->setHorizontalHeaderLabels({tr("Taken"), tr("Why"), tr("Size")});
    m_table->setAccessibleName(tr("Copies of the file"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_empty->setObjectName(QStringLiteral("backupsEmpty"));
    m_empty->setText(tr("No copies yet. “Back Up Now” makes one."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
}

// Back Up Now and Show Folder on the left, the restores on the right.
QHBoxLayout *BackupsDialog::buildActions()
{
    auto *backupNow = m_backupNow = new QPushButton(tr("&Back Up Now"), this);
    backupNow->setToolTip(tr("Copy the file into the backups folder now"));
    auto *other = new QPushButton(tr("Restore &Other Copy…"), this);
    other->setToolTip(tr("Restore a copy kept somewhere else, such as a USB stick"));
    auto *folder = new QPushButton(tr("Show &Folder"), this);
    folder->setToolTip(QDir::toNativeSeparators(Backups::directoryOf(m_path)));
    m_restore->setToolTip(tr("Replace the file with the selected copy"));
    m_restore->setEnabled(false);

    auto *actions = new QHBoxLayout;
    actions->addWidget(backupNow);
    actions->addWidget(folder);
    actions->addStretch();
    actions->addWidget(other);
    actions->addWidget(m_restore);
    connect(backupNow, &QPushButton::clicked, this, &BackupsDialog::backupRequested);
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString dir = Backups::directoryOf(m_path);
        QDir().mkpath(dir);
        FileDialogs::openUrl(QUrl::fromLocalFile(dir));
    });
    connect(other, &QPushButton::clicked, this, &BackupsDialog::restoreOtherFile);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    return actions;
}

void BackupsDialog::reload()
{
    const auto backups = Backups::list(m_path, m_zone);
    m_table->setRowCount(0);
    m_table->setRowCount(int(backups.size()));
    for (int row = 0; row < backups.size(); ++row) {
        const Backup &b = backups.at(row);
        const QDateTime local = b.takenAt.toTimeZone(m_zone);
        auto *taken = new QTableWidgetItem(tr("%1, %2", "date, time")
                                               .arg(m_locale.toString(local.date(), QLocale::LongFormat),
                                                    m_locale.toString(local.time(), QLocale::ShortFormat)));
        taken->setData(kPathRole, b.path);
        taken->setToolTip(QDir::toNativeSeparators(b.path));
        auto *size = new QTableWidgetItem(m_locale.formattedDataSize(b.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, taken);
        m_table->setItem(row, 1, new QTableWidgetItem(b.reasonText()));
        m_table->setItem(row, 2, size);
    }
    m_table->setVisible(!backups.isEmpty());
    m_empty->setVisible(backups.isEmpty());
    m_restore->setEnabled(false);
}

void BackupsDialog::setBackupNowEnabled(bool enabled)
{
    m_backupNow->setEnabled(enabled);
}

void BackupsDialog::restoreSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    QTableWidgetItem *taken = m_table->item(selected.first()->row(), 0);
    confirm(taken->data(kPathRole).toString(), tr("Replace everything in “%1” with the copy of %2?")
                                                   .arg(QFileInfo(m_path).fileName(), taken->text()));
}

void BackupsDialog::restoreOtherFile()
{
    const QString path = FileDialogs::openFileName(this, tr("Restore a Copy"), QDir::homePath(),
                                                   tr("Minuta files (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        confirm(path, tr("Replace everything in “%1” with “%2”?")
                          .arg(QFileInfo(m_path).fileName(), QDir::toNativeSeparators(path)));
}

void BackupsDialog::confirm(const QString &path, const QString &question)
{
    const auto answer = MessageBox::choose(
        this, tr("Restore a Copy"),
        question + QStringLiteral("\n\n")
            + tr("What the file holds now is kept as a copy first, so you can go back to it from this "
                 "window."),
        {{QMessageBox::Yes, tr("Restore")}, {QMessageBox::Cancel, tr("Cancel")}}, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_chosen = path;
    accept();
}

} // namespace minuta::ui
