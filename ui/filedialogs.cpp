#include "filedialogs.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace minuta::ui {

namespace {

std::function<QString(const QString &)> s_answer;
QList<QUrl> s_opened;

} // namespace

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                  const QString &filter)
{
    if (s_answer)
        return s_answer(suggestedPath);
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString FileDialogs::newFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                 const QString &filter)
{
    if (s_answer)
        return s_answer(suggestedPath);
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter, nullptr,
                                        QFileDialog::DontConfirmOverwrite);
}

QString FileDialogs::exportFileName(QWidget *parent, const QString &caption, const QString &folderKey,
                                    const QString &suggestedName, const QString &filter,
                                    const QString &suffix)
{
    QSettings settings;
    const QString folder =
        settings.value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString path = saveFileName(parent, caption, QDir(folder).filePath(suggestedName), filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    return path;
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                  const QString &filter)
{
    if (s_answer)
        return s_answer(folder);
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

void FileDialogs::openUrl(const QUrl &url)
{
    if (s_answer) {
        s_opened.append(url);
        return;
    }
    QDesktopServices::openUrl(url);
}

void FileDialogs::answerAutomatically(std::function<QString(const QString &)> answer)
{
    s_answer = std::move(answer);
}

QList<QUrl> FileDialogs::takeOpenedUrls()
{
    return std::exchange(s_opened, QList<QUrl>());
}

} // namespace minuta::ui
