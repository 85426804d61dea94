#pragma once

// File dialogs and opening files with their application, behind one seam: tests answer the dialogs
// in advance and see which files the app wanted to open, without any native window.

#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

class QWidget;

namespace minuta::ui {

class FileDialogs
{
public:
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                const QString &filter);
    // A file to create: as saveFileName, but a file that exists is chosen without a question (the
    // caller opens it rather than replacing it).
    static QString newFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                               const QString &filter);
    // A file to export to: the dialog opens in the folder last used under `folderKey` (Documents
    // the first time) with `suggestedName`; the chosen path gets `.suffix` when it lacks it, and its
    // folder is remembered. Empty when cancelled.
    static QString exportFileName(QWidget *parent, const QString &caption, const QString &folderKey,
                                  const QString &suggestedName, const QString &filter, const QString &suffix);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                const QString &filter);
    // Opens a file or web page with the desktop's application for it.
    static void openUrl(const QUrl &url);

    // For tests: dialogs answer with what `answer` returns for their suggested path (empty: cancel).
    static void answerAutomatically(std::function<QString(const QString &suggestedPath)> answer);
    static QList<QUrl> takeOpenedUrls();
};

} // namespace minuta::ui
