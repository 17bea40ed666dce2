#pragma once

#include <QString>

class QWidget;

namespace dealboard {

// File choosers with a test hook: the next call returns the given name without a dialog.
class FileDialog
{
public:
    static QString openFileName(QWidget *parent, const QString &title, const QString &dir,
                                const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &dir,
                                const QString &filter);
    static void setNextFileName(const QString &fileName);
};

} // namespace dealboard
