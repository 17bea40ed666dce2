#pragma once

#include <QDialog>
#include <QTimer>

#include <functional>

namespace dealboard {

// Runs a modal dialog. With a test hook set (KeePassXC's pattern), the hook drives the dialog
// once it is shown, and a dialog the hook leaves open is cancelled. True when accepted.
template<typename Dialog>
bool execWithHook(Dialog &dialog, const std::function<void(Dialog &)> &hook)
{
    if (hook) {
        QTimer::singleShot(0, &dialog, [&dialog, hook] {
            hook(dialog);
            if (dialog.isVisible())
                dialog.reject();
        });
    }
    return dialog.exec() == QDialog::Accepted;
}

} // namespace dealboard
