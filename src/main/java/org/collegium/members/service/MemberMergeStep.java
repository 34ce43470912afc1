package org.collegium.members.service;

/**
 * Another feature's part of merging two member records: it moves what it keeps for the duplicate (event
 * registrations, CE credits, group rosters, ...) onto the survivor before the duplicate is deleted. Members does
 * not know those features, so they plug in here; every step runs inside the merge's transaction.
 */
public interface MemberMergeStep {

    /**
     * Moves this feature's rows of the duplicate to the survivor.
     *
     * @return a short phrase for the audit entry, e.g. "3 event registrations", or an empty string if nothing moved
     */
    String move(long duplicateId, long survivorId);
}
