package org.collegium.groups.domain;

/** What a peer group is for. */
public enum GroupKind {
    PEER_CONSULTATION("Peer consultation"),
    SUPPORT("Support"),
    SUPERVISION("Peer supervision"),
    SPECIAL_INTEREST("Special interest");

    private final String label;

    GroupKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
