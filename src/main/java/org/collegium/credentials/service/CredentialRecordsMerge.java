package org.collegium.credentials.service;

import org.collegium.credentials.domain.MemberCredentialRepository;
import org.collegium.members.service.MemberMergeStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging two members: the duplicate's credentials go to the survivor (where both hold the same profile, the
 * survivor's stays), and the survivor's progress is recounted.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY) // a step of the member merge's transaction
class CredentialRecordsMerge implements MemberMergeStep {

    private final MemberCredentialRepository credentials;
    private final CredentialProgress progress;

    CredentialRecordsMerge(MemberCredentialRepository credentials, CredentialProgress progress) {
        this.credentials = credentials;
        this.progress = progress;
    }

    @Override
    public String move(long duplicateId, long survivorId) {
        credentials.deleteOverlapping(duplicateId, survivorId);
        int moved = credentials.moveMember(duplicateId, survivorId);
        if (moved > 0) {
            progress.refreshMember(survivorId);
        }
        return moved == 0 ? "" : moved + " credentials";
    }
}
