package org.collegium.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many plain active members at once, straight into the table with one multi-row insert (the summaries' triggers still
 * run): for tests that need more rows than creating each through the service would take time for. Each test deletes
 * its own rows afterwards.
 */
public final class MemberRows {

    private MemberRows() {
    }

    /** {@code count} active members with this first name, the i-th with {@code lastName(i)} and {@code email(i)}. */
    public static void insert(JdbcTemplate jdbc, int count, String firstName, IntFunction<String> lastName,
            IntFunction<String> email) {
        StringBuilder values = new StringBuilder();
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.append(i == 0 ? "" : ", ")
                    .append("(?, ?, ?, 'SOCIAL_WORK', 'US', false, false, 'ACTIVE', now(6), 'test')");
            args.add(firstName);
            args.add(lastName.apply(i));
            args.add(email.apply(i));
        }
        jdbc.update("insert into member (first_name, last_name, email, discipline, country, directory_opt_in, "
                + "show_email_in_directory, status, created_at, created_by) values " + values, args.toArray());
    }
}
