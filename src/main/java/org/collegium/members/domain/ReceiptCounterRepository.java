package org.collegium.members.domain;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Receipt numbers: the next number of a year, without two payments ever getting the same one. */
public interface ReceiptCounterRepository extends Repository<ReceiptCounter, Integer> {

    /**
     * Counts this many more receipts in the year (a new year starts from none). The row stays locked until the calling
     * transaction ends, so concurrent payments queue here and take consecutive numbers. Must run in a
     * transaction, followed by {@link #lastNumber} in the same one.
     */
    @Modifying
    @Query(value = """
            INSERT INTO receipt_counter (receipt_year, last_number) VALUES (:year, :count)
            ON DUPLICATE KEY UPDATE last_number = last_number + :count""", nativeQuery = true)
    void increment(@Param("year") int year, @Param("count") int count);

    /** The number {@link #increment} just counted (this transaction holds the row's lock). */
    @Query(value = "SELECT last_number FROM receipt_counter WHERE receipt_year = :year FOR UPDATE",
            nativeQuery = true)
    long lastNumber(@Param("year") int year);
}
