package org.collegium.members.domain;

public enum ApplicationStatus {
    /** A type granted at once: waiting for the applicant to open the link emailed to them (issue 11). */
    UNCONFIRMED("Awaiting email confirmation"),
    PENDING("Waiting for the board"),
    APPROVED("Approved"),
    DECLINED("Declined");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
