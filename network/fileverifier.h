#pragma once

#include "filetransfer.h"
#include "jobid.h"

#include <QByteArray>
#include <QThread>

#include <atomic>
#include <memory>

namespace Ferry {

class PartFile;

// The last step of a downloaded file that has an expected digest (FileIntegrity): its temporary
// file — the very one Ferry created, opened by its identity — is hashed on a worker thread with
// libcrypto, so the engine thread never waits for the disk. The file becomes TRANSFERRED only
// when the digest matches (finished(), with the file Verified). A mismatch rejects it as BITS does
// for SetValidationState(FALSE) (spec §2.2): BG_E_VALIDATION_FAILED, fatal, its progress back to
// zero and its temporary file removed, so that a Resume downloads it again. A temporary file that
// cannot be read is a LOCAL_FILE error and is fetched again too.
class FileVerifier : public FileTransfer
{
    Q_OBJECT
public:
    FileVerifier(const Job &job, int fileIndex, QObject *parent = nullptr);
    // Stops the worker (it reads at most one more chunk) and waits for it.
    ~FileVerifier() override;
    Q_DISABLE_COPY_MOVE(FileVerifier)

    void start() override;
    void abort() override;
    bool sync() override { return true; }
    JobFile file() const override { return m_file; }
    JobFile durable() const override { return m_file; }
    int fileIndex() const override { return m_fileIndex; }

private:
    void onHashed(const QByteArray &digest, const QString &error);
    // The file starts over: no bytes, no size, no temporary file. `validation` says
    // whether its bytes were found wrong (Mismatch) or could not be read (NotChecked).
    void reject(const TransferFailure &failure, Validation validation);
    void stopWorker();

    JobId m_id;
    JobFile m_file;
    const int m_fileIndex;
    std::unique_ptr<PartFile> m_part;
    std::unique_ptr<QThread> m_worker;
    std::atomic<bool> m_cancelled { false };
    bool m_done = false;
};

} // namespace Ferry
