package org.collegium.members.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last receipt number issued in a year. Only ever changed by {@link ReceiptCounterRepository#increment},
 * which locks the row until the payment that takes the number commits.
 */
@Entity
@Table(name = "receipt_counter")
public class ReceiptCounter {

    @Id
    @Column(name = "receipt_year")
    private int year;

    @Column(nullable = false)
    private long lastNumber;

    protected ReceiptCounter() {
    }

    public int getYear() {
        return year;
    }

    public long getLastNumber() {
        return lastNumber;
    }
}
