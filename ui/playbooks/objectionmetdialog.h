#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QLineEdit;

namespace dealboard {

// "Objection met on this deal": confirms which objection goes on which deal and takes an
// optional note (what the prospect said).
class ObjectionMetDialog : public QDialog
{
    Q_OBJECT

public:
    ObjectionMetDialog(const QString &objection, const QString &deal, QWidget *parent = nullptr);

    QString note() const;
    void setNote(const QString &note);

    // The note (possibly empty) when accepted; nullopt on Cancel.
    static std::optional<QString> ask(const QString &objection, const QString &deal,
                                      QWidget *parent);
    // Test hook: called with the dialog once shown; a dialog it leaves open is cancelled.
    static void setTestHook(std::function<void(ObjectionMetDialog &)> hook);

private:
    QLineEdit *m_note;
};

} // namespace dealboard
