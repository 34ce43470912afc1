package org.collegium.members.domain;

/** How a recorded payment was made. Payments are recorded here, never processed: a card is taken elsewhere. */
public enum PaymentMethod {
    CHECK("Check"),
    CASH("Cash"),
    BANK_TRANSFER("Bank transfer"),
    CARD_ELSEWHERE("Card (taken elsewhere)"),
    WAIVED("Waived");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
