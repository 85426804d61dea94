#pragma once

// Shows a core error next to the field it names: a red line under the widget, which gets the focus.
// Dialogs register their fields by the names core uses ("start", "name"…).

#include "values/error.h"

#include <QHash>
#include <QObject>
#include <QString>

class QLabel;
class QWidget;

namespace minuta::ui {

class FieldErrors : public QObject
{
    Q_OBJECT

public:
    explicit FieldErrors(QObject *parent = nullptr);

    // `label` is the line under `field`'s widget that will show its errors.
    void add(const QString &field, QWidget *widget, QLabel *label);
    // A red, word-wrapped, hidden label for a field's errors.
    static QLabel *makeLabel(QWidget *parent);
    // `widget` with an error line under it, in one box owned by `parent`, registered as `field`.
    QWidget *withErrorLine(QWidget *parent, const QString &field, QWidget *widget);

    // Shows `error` at its field, or at `fallback` when it names none of them.
    void show(const Error &error, QLabel *fallback);
    // Shows each of `errors` at its field (those naming none together at `fallback`); the first
    // field gets the focus, and its tab comes to the front.
    void showAll(const QList<Error> &errors, QLabel *fallback);
    void clear();
    // The widget registered as `field`, or null.
    QWidget *widget(const QString &field) const;
    // The message shown at a field, empty when none (for tests).
    QString messageAt(const QString &field) const;

private:
    struct Field
    {
        QWidget *widget = nullptr;
        QLabel *label = nullptr;
    };
    QHash<QString, Field> m_fields;
    QLabel *m_fallback = nullptr;
};

} // namespace minuta::ui
