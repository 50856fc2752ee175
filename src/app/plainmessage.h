// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

namespace tiescope {

// A warning box whose text is shown as plain text. QMessageBox's static functions guess at rich
// text, and their text here carries file names and record names from outside (issue 15): a
// file called "<img src=…>.db" must be read, never rendered.
class PlainMessage final
{
public:
    static void warning(QWidget *parent, const QString &title, const QString &text);
};

} // namespace tiescope
