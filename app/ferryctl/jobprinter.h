#pragma once

#include "job.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace Ferry {

// How ferryctl shows jobs: aligned, translated text with the locale's number formats, or the
// JSON of docs/cli.md as the engine sent it.
class JobPrinter
{
    Q_DECLARE_TR_FUNCTIONS(JobPrinter)
public:
    JobPrinter(QTextStream &out, bool json);

    void printJob(const QJsonObject &job);
    void printList(const QJsonArray &jobs);
    // One row of `list` and `monitor`: short id, state, priority, progress, speed, name.
    QString row(const Job &job, qint64 bytesPerSecond = 0) const;
    QString header() const;

private:
    QTextStream &m_out;
    bool m_json;
    int m_stateWidth = 0;
    int m_priorityWidth = 0;
};

} // namespace Ferry
