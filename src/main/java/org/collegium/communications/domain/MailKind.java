package org.collegium.communications.domain;

/** The kinds of optional mail a member may choose to get (issue 17); transactional mail is always sent. */
public enum MailKind {
    SOCIETY_NEWS,
    EVENT_ANNOUNCEMENTS,
    AFFILIATE_NEWS,
    GROUP_ANNOUNCEMENTS
}
