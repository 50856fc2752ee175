// SPDX-License-Identifier: MIT
#include "app/plainmessage.h"

#include <QMessageBox>

namespace tiescope {

void PlainMessage::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace tiescope
