#include "job.h"

namespace Ferry {

bool operator==(const JobFile &a, const JobFile &b)
{
    return a.remoteUrl == b.remoteUrl && a.localPath == b.localPath && a.bytesTotal == b.bytesTotal
        && a.bytesTransferred == b.bytesTransferred && a.completed == b.completed
        && a.etag == b.etag && a.lastModified == b.lastModified;
}

JobProgress Job::progress() const
{
    JobProgress p;
    p.filesTotal = int(files.size());
    for (const JobFile &f : files) {
        if (f.bytesTotal == SizeUnknown)
            p.bytesTotal = SizeUnknown;
        else if (p.bytesTotal != SizeUnknown)
            p.bytesTotal += f.bytesTotal;
        p.bytesTransferred += f.bytesTransferred;
        if (f.isTransferred())
            ++p.filesTransferred;
    }
    return p;
}

int Job::currentFileIndex() const
{
    for (int i = 0; i < files.size(); ++i) {
        if (!files.at(i).isTransferred())
            return i;
    }
    return -1;
}

bool Job::allFilesTransferred() const
{
    return !files.isEmpty() && currentFileIndex() == -1;
}

} // namespace Ferry
