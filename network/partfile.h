#pragma once

#include <QString>

namespace Ferry {

// The temporary file a download writes into. Writes go straight to the file descriptor in large
// blocks; sync() makes them durable (fdatasync) so the stored offset never runs ahead of the data.
class PartFile
{
public:
    explicit PartFile(const QString &path);
    ~PartFile();
    Q_DISABLE_COPY_MOVE(PartFile)

    const QString &path() const { return m_path; }

    // Opens for writing at `offset`: a longer file is cut to it; a shorter or missing file means
    // the bytes are not there, and the file is opened at its real end instead. Returns false with
    // errno in *error on failure.
    bool open(qint64 offset, int *error);
    // Discards everything: the transfer restarts from byte 0.
    bool restart(int *error);
    bool write(const char *data, qint64 size, int *error);
    bool sync(int *error);
    void close();

    bool isOpen() const { return m_fd >= 0; }
    qint64 position() const { return m_position; }
    qint64 syncedPosition() const { return m_synced; }

private:
    QString m_path;
    int m_fd = -1;
    qint64 m_position = 0;
    qint64 m_synced = 0;
};

} // namespace Ferry
