#pragma once

// Help → About: what Minuta is, its version, its licence and the Qt it runs on.

#include <QDialog>

namespace minuta::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace minuta::ui
