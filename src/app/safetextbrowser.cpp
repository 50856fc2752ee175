// SPDX-License-Identifier: MIT
#include "app/safetextbrowser.h"

namespace tiescope {

SafeTextBrowser::SafeTextBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
}

QVariant SafeTextBrowser::loadResource(int, const QUrl &)
{
    return {};
}

bool SafeTextBrowser::isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

} // namespace tiescope
