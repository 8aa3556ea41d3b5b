#pragma once

#include "ipcchannel.h"
#include "jobtypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <QUrl>

class QEventLoop;

namespace Ferry {

// `ferryctl transfer`, the bitsadmin /transfer of Ferry: one job for the given URLs (or one
// upload job for a file), made in the engine, resumed, watched with a progress display,
// completed when its files are in (or the server has the upload).
class TransferCommand
{
    Q_DECLARE_TR_FUNCTIONS(TransferCommand)
public:
    struct Options
    {
        QList<QUrl> urls;
        QString destination; // an upload: the file to send (to the one URL)
        bool upload = false;
        UploadProtocol protocol = UploadProtocol::Default;
        JobPriority priority = JobPriority::Foreground;
        qint64 limit = 0; // bytes per second, 0: none
        int segments = 0; // connections per file; 0: the engine's default
    };

    TransferCommand(QTextStream &out, QTextStream &err, bool progressBar);

    Q_DISABLE_COPY_MOVE(TransferCommand)

    // Exit status: 0 done, 2 the engine went away (and none took over), 3 refused, 4 the job ended
    // in ERROR or was cancelled, 130 interrupted (the job is kept, suspended, and can be resumed).
    int run(IpcChannel &channel, const Options &options);

    // "500K", "2M", "1.5MiB", "800000" → bytes per second; -1 when unreadable.
    static qint64 parseRate(const QString &text);

private:
    void showProgress(qint64 done, qint64 total, qint64 speed, bool final);
    // The request that creates the job: name, priority, files.
    QJsonObject jobSpec(const Options &options) const;
    int refused(const IpcChannel::Reply &reply);
    void onEvent(const QJsonObject &event);
    void finish(int status);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_bar;
    int m_lastPercentPrinted = -1;

    QEventLoop *m_loop = nullptr;
    QString m_id;
    JobState m_state = JobState::Queued;
    int m_status = 0;
    bool m_finishing = false;
};

} // namespace Ferry
