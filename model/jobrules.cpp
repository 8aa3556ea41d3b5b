#include "jobrules.h"

namespace Ferry::JobRules {

Outcome apply(JobAction action, JobType type, JobState state)
{
    const bool upload = type != JobType::Download;
    const Outcome refused { Result::BG_E_INVALID_STATE, state };
    const Outcome unchanged { Result::S_OK, state };

    // Calls that a job of this type never supports (spec §3) fail before the state is looked at.
    if (action == JobAction::SetRemoteName && upload)
        return { Result::E_NOTIMPL, state };
    if (action == JobAction::SetReplyFileName && type != JobType::UploadReply)
        return { Result::E_NOTIMPL, state };

    if (action == JobAction::GetError) {
        const bool hasError = state == JobState::Error || state == JobState::TransientError;
        return hasError ? unchanged : Outcome { Result::BG_E_ERROR_INFORMATION_UNAVAILABLE, state };
    }

    if (isFinal(state))
        return refused;

    switch (action) {
    case JobAction::Resume:
        switch (state) {
        case JobState::Suspended:
        case JobState::TransientError: // retry now, without waiting for MinimumRetryDelay
        case JobState::Error:
            return { Result::S_OK, JobState::Queued };
        case JobState::Transferred:
            // A download fetches files added after the transfer (spec note R); an upload job
            // holds its one file, which the server already has.
            return upload ? unchanged : Outcome { Result::S_OK, JobState::Queued };
        default: // QUEUED/CONNECTING/TRANSFERRING: already running
            return unchanged;
        }
    case JobAction::Suspend:
        return { Result::S_OK, JobState::Suspended };
    case JobAction::Cancel:
        return { Result::S_OK, JobState::Cancelled };
    case JobAction::Complete:
        // Downloads complete in any non-final state (keeping fully transferred files);
        // uploads only once the server has the whole file.
        if (upload && state != JobState::Transferred)
            return refused;
        return { Result::S_OK, JobState::Acknowledged };
    case JobAction::AddFile:
    case JobAction::SetProperty:
    case JobAction::SetRemoteName:
        return unchanged;
    case JobAction::SetReplyFileName:
        // Only until the reply download starts; once TRANSFERRED the reply is already written.
        return state == JobState::Transferred ? refused : unchanged;
    case JobAction::GetError:
        break;
    }
    return refused;
}

} // namespace Ferry::JobRules
