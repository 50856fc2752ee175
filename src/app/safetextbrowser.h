// SPDX-License-Identifier: MIT
#pragma once

#include <QTextBrowser>

namespace tiescope {

// A text browser that never loads anything: no images, no style sheets, no followed links.
// Data text is inserted as plain text anyway; this is the second lock on the door.
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextBrowser)

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    [[nodiscard]] QVariant loadResource(int type, const QUrl &name) override;
    // Only web addresses may leave the program, and only to the system browser.
    [[nodiscard]] static bool isWebUrl(const QUrl &url);
};

} // namespace tiescope
