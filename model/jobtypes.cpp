#include "jobtypes.h"

#include <QMetaEnum>

namespace Ferry {

namespace {

// "TransientError" -> "TRANSIENT_ERROR"
QString upperSnake(const char *key)
{
    QString out;
    for (const char *p = key; *p; ++p) {
        const QChar c = QLatin1Char(*p);
        if (c.isUpper() && p != key)
            out += QLatin1Char('_');
        out += c.toUpper();
    }
    return out;
}

template<typename E>
QString enumName(E value)
{
    const QMetaEnum me = QMetaEnum::fromType<E>();
    const char *key = me.valueToKey(static_cast<int>(value));
    return key ? upperSnake(key) : QString();
}

template<typename E>
std::optional<E> enumFromName(const QString &name)
{
    const QMetaEnum me = QMetaEnum::fromType<E>();
    for (int i = 0; i < me.keyCount(); ++i) {
        if (upperSnake(me.key(i)).compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<E>(me.value(i));
    }
    return std::nullopt;
}

} // namespace

QString bitsName(JobState state)
{
    return enumName(state);
}
QString bitsName(JobType type)
{
    return enumName(type);
}
QString bitsName(JobPriority priority)
{
    return enumName(priority);
}
QString bitsName(ErrorContext context)
{
    return enumName(context);
}
std::optional<JobState> jobStateFromBitsName(const QString &name)
{
    return enumFromName<JobState>(name);
}
std::optional<JobType> jobTypeFromBitsName(const QString &name)
{
    return enumFromName<JobType>(name);
}
std::optional<JobPriority> jobPriorityFromBitsName(const QString &name)
{
    return enumFromName<JobPriority>(name);
}

QString protocolName(UploadProtocol protocol)
{
    return enumName(protocol).toLower();
}

std::optional<UploadProtocol> uploadProtocolFromName(const QString &name)
{
    return enumFromName<UploadProtocol>(name);
}

} // namespace Ferry
