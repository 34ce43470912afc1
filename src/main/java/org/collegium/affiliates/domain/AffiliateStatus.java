package org.collegium.affiliates.domain;

public enum AffiliateStatus {
    ACTIVE("Active"),
    INACTIVE("Inactive");

    private final String label;

    AffiliateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
