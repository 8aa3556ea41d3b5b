#pragma once

#include "jobtypes.h"
#include "result.h"

namespace Ferry {

// The method × state × type matrix of spec §2.3, as one pure table. JobQueue enforces it and the
// UI greys out actions with it, so the two never disagree.
namespace JobRules {

struct Outcome
{
    Result result; // S_OK, or the refusal (BG_E_INVALID_STATE, E_NOTIMPL, ...)
    JobState state; // the state after the call (unchanged when refused)
};

// What the call does to a job of this type in this state. Assumes the job holds at least one
// file that is not yet transferred; JobQueue handles the data-dependent cases (BG_E_EMPTY,
// BG_S_PARTIAL_COMPLETE, Resume of a TRANSFERRED job with nothing new to transfer).
Outcome apply(JobAction action, JobType type, JobState state);

// The Result alone: S_OK when the call is allowed.
inline Result check(JobAction action, JobType type, JobState state)
{
    return apply(action, type, state).result;
}

// Allowed and moves the job to another state: what the UI offers as an enabled action.
inline bool changesState(JobAction action, JobType type, JobState state)
{
    const Outcome o = apply(action, type, state);
    return o.result.isSuccess() && o.state != state;
}

} // namespace JobRules
} // namespace Ferry
