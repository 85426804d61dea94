#pragma once

// What a screen shows when it has nothing to list: an icon, a title and a sentence that says what
// will appear here and how to get there. Optional buttons lead to the next step.

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace minuta::ui {

class EmptyState : public QWidget
{
    Q_OBJECT

public:
    EmptyState(const QIcon &icon, const QString &title, const QString &text, QWidget *parent = nullptr);

    QString title() const;
    QString text() const;
    void setTitle(const QString &title);
    void setText(const QString &text);
    // Adds a button under the text; it triggers `action`, and shows while the action is enabled.
    void addAction(QAction *action);

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QVBoxLayout *m_buttons;
};

} // namespace minuta::ui
