// SPDX-License-Identifier: MIT
#include "app/recordkey.h"

namespace tiescope {

QString RecordKey::fromName(const QString &name)
{
    // Decomposed, the accents are separate marks and the base letters stay ASCII.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString key;
    bool dash = false;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (dash && !key.isEmpty())
                key += u'-';
            key += c;
            dash = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            dash = true;
        }
    }
    return key;
}

QString RecordKey::unique(const QString &base, const std::function<bool(const QString &)> &taken)
{
    if (base.isEmpty() || !taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(base).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace tiescope
