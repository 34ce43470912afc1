package org.collegium.listings.service;

import java.util.List;
import java.util.Locale;

/** The two-letter codes of the states (and DC and the territories) a listing may name. */
public final class UsStates {

    public static final List<String> CODES = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT",
            "VT", "VA", "VI", "WA", "WV", "WI", "WY", "GU", "AS", "MP");

    private UsStates() {
    }

    /** The code as stored ("ny" → "NY"), or null when it is not one. */
    public static String code(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.strip().toUpperCase(Locale.ROOT);
        return CODES.contains(code) ? code : null;
    }
}
