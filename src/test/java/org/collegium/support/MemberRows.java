package org.collegium.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many plain active members at once, straight into the table with multi-row inserts (the summaries' triggers still
 * run): for tests that need more rows than creating each through the service would take time for. Each test deletes
 * its own rows afterwards.
 */
public final class MemberRows {

    private MemberRows() {
    }

    /**
     * Rows per statement: each row runs the summaries' triggers, and one statement of a thousand rows outlasted the
     * pool's 10 s socket timeout on a machine busy with another build.
     */
    private static final int ROWS_PER_STATEMENT = 200;

    /** {@code count} active members with this first name, the i-th with {@code lastName(i)} and {@code email(i)}. */
    public static void insert(JdbcTemplate jdbc, int count, String firstName, IntFunction<String> lastName,
            IntFunction<String> email) {
        for (int from = 0; from < count; from += ROWS_PER_STATEMENT) {
            StringBuilder values = new StringBuilder();
            List<Object> args = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + ROWS_PER_STATEMENT); i++) {
                values.append(i == from ? "" : ", ")
                        .append("(?, ?, ?, 'SOCIAL_WORK', 'US', false, false, 'ACTIVE', now(6), 'test')");
                args.add(firstName);
                args.add(lastName.apply(i));
                args.add(email.apply(i));
            }
            jdbc.update("insert into member (first_name, last_name, email, discipline, country, directory_opt_in, "
                    + "show_email_in_directory, status, created_at, created_by) values " + values, args.toArray());
        }
    }
}
