package org.collegium.listings.domain;

/**
 * A listing's review: a new or edited listing waits for the board (PENDING); PUBLISHED shows on the public search
 * (while its owner is a current member); DECLINED and UNPUBLISHED carry the board's note; WITHDRAWN by its owner.
 */
public enum ListingStatus {
    PENDING, PUBLISHED, DECLINED, UNPUBLISHED, WITHDRAWN
}
