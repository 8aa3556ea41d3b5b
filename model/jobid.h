#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace Ferry {

// The identity of a job: a random UUID, shown without braces ("3f2a…").
class JobId
{
public:
    JobId() = default;
    explicit JobId(const QUuid &uuid)
        : m_uuid(uuid)
    { }

    static JobId create() { return JobId(QUuid::createUuid()); }
    static JobId fromString(const QString &text) { return JobId(QUuid::fromString(text)); }

    bool isNull() const { return m_uuid.isNull(); }
    QString toString() const { return m_uuid.toString(QUuid::WithoutBraces); }
    const QUuid &uuid() const { return m_uuid; }

    friend bool operator==(const JobId &a, const JobId &b) { return a.m_uuid == b.m_uuid; }
    friend bool operator!=(const JobId &a, const JobId &b) { return a.m_uuid != b.m_uuid; }
    friend bool operator<(const JobId &a, const JobId &b) { return a.m_uuid < b.m_uuid; }
    friend size_t qHash(const JobId &id, size_t seed = 0) noexcept
    {
        return qHash(id.m_uuid, seed);
    }

private:
    QUuid m_uuid;
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::JobId)
