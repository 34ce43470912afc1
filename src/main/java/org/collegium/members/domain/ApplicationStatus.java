package org.collegium.members.domain;

public enum ApplicationStatus {
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
