#pragma once

#include <QMessageBox>

namespace dealboard {

// Message boxes with a test hook (as in KeePassXC): GUI tests set the next answer and the box
// returns it at once instead of blocking in a modal loop.
class MessageBox
{
public:
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title,
                                                const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void information(QWidget *parent, const QString &title, const QString &text);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText(); // the text of the last box shown or answered

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace dealboard
