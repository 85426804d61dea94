#pragma once

// The desktop app's window: the timer bar on top, the sections (Time log, Clients, Services,
// Invoices, Calendar, Reports) beside a navigation list, and the File, View and Help menus.
// It owns the open database; the screens it hosts talk to core through it.

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;
class QLabel;
class QMenu;

namespace minuta {
class Clock;
class Database;
} // namespace minuta

namespace minuta::ui {

class EmptyState;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section { TimeLog, Clients, Services, Invoices, Calendar, Reports };
    Q_ENUM(Section)
    static constexpr int SectionCount = 6;

    explicit MainWindow(const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) `path` and shows it; on failure says why in a message box and keeps the
    // file that was open before. Returns whether the file is now open.
    bool openDatabase(const QString &path);
    // The open file, or null when none is.
    Database *database() const { return m_database.get(); }

    Section currentSection() const;
    void showSection(Section section);
    static QString sectionTitle(Section section);

    // The slot the timer bar sits in, above the sections.
    QWidget *timerBarSlot() const { return m_timerBarSlot; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createCentralArea();
    void updateTitleAndStatus();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void newDatabase();
    void openDatabaseDialog();
    void showAbout();
    void restoreLayout();
    void saveLayout();

    const Clock &m_clock;
    std::unique_ptr<Database> m_database;

    QWidget *m_timerBarSlot = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;   // one page per section
    QStackedWidget *m_content = nullptr; // the sections, or the "no file open" page
    EmptyState *m_noDatabase = nullptr;
    QLabel *m_statusFile = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
};

} // namespace minuta::ui
