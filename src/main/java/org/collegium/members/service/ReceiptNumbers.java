package org.collegium.members.service;

import java.util.List;
import java.util.stream.LongStream;
import org.collegium.members.domain.ReceiptCounterRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipt numbers, e.g. R-2026-000123: the year of issue and that year's running number. Taken in the
 * caller's transaction: the year's counter row stays locked until the payment commits, so no two payments
 * share a number, concurrent payments queue for the next one, and a payment that fails leaves no gap.
 */
@Component
class ReceiptNumbers {

    private final ReceiptCounterRepository counters;

    ReceiptNumbers(ReceiptCounterRepository counters) {
        this.counters = counters;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(int year) {
        return next(year, 1).getFirst();
    }

    /** As many consecutive numbers at once (one counter update). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> next(int year, int count) {
        if (count <= 0) {
            return List.of();
        }
        counters.increment(year, count);
        long last = counters.lastNumber(year);
        return LongStream.rangeClosed(last - count + 1, last).mapToObj(n -> "R-%d-%06d".formatted(year, n)).toList();
    }
}
