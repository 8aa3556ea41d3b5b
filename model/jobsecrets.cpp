#include "jobsecrets.h"

#include <QRegularExpression>

namespace Ferry::JobSecrets {

bool isSecretHeader(const QString &name)
{
    static const QRegularExpression secret(
        QStringLiteral("cookie|auth|token|key|secret|passw|session|credential"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
}

QStringList maskedHeaders(const QString &customHeaders)
{
    QStringList lines = customHeaders.split(QLatin1String("\r\n"), Qt::SkipEmptyParts);
    for (QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = line.left(colon).trimmed();
        if (colon < 0 || isSecretHeader(name))
            line = name + QLatin1String(": ") + QLatin1String(Mask);
    }
    return lines;
}

bool dropFromFinished(Job &job)
{
    if (job.customHeaders.isEmpty() && job.credentials.isEmpty())
        return false;
    job.customHeaders.clear();
    job.credentials.clear();
    return true;
}

} // namespace Ferry::JobSecrets
