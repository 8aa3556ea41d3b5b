#pragma once

#include "jobtypes.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <QUrl>

namespace Ferry {

class Engine;

// `ferryctl transfer`, the bitsadmin /transfer of Ferry: one job for the given URLs (or one
// upload job for a file), resumed, watched with a progress display, completed when its files
// are in (or the server has the upload).
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

    // Exit status: 0 done, 3 refused, 4 the job ended in ERROR, 130 interrupted (the job is kept,
    // suspended, and can be resumed).
    int run(Engine &engine, const Options &options);

    // "500K", "2M", "1.5MiB", "800000" → bytes per second; -1 when unreadable.
    static qint64 parseRate(const QString &text);

private:
    void showProgress(qint64 done, qint64 total, qint64 speed, bool final);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_bar;
    int m_lastPercentPrinted = -1;
};

} // namespace Ferry
