package org.collegium.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MemberSearch;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.service.MemberRecords.ListCount;
import org.collegium.members.service.MemberRecords.MemberDetails;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberRecords.MemberSummary;
import org.collegium.members.service.MemberService;
import org.collegium.members.service.MembershipTypeService;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The members search read as a union of its branches (MemberPagesImpl, V165) against the same search said as one
 * OR in plain SQL: every page, in every order the list offers, with every filter, for the board and an affiliate
 * administrator; and its count, exact up to the cap and "more" past it.
 */
@IntegrationTest
class MemberSearchTest {

    private static final String[][] SORTS = {{"lastName", "firstName", "id"}, {"email", "lastName", "firstName", "id"},
        {"status", "lastName", "firstName", "id"}, {"currentTermEnd", "lastName", "firstName", "id"},
        {"firstName", "lastName", "firstName", "id"}};
    private static final String[] COLUMNS = {"last_name", "email", "status", "current_term_end", "first_name"};

    @Autowired MemberService members;
    @Autowired MembershipTypeService types;
    @Autowired MemberRepository repository;
    @Autowired DemoData demo;
    @Autowired Roles roles;
    @Autowired JdbcTemplate jdbc;

    private long carolinas;
    private long atlanta;
    private String tag;
    private final List<String> firstNames = new ArrayList<>();

    @BeforeEach
    void setUp() {
        roles.actAs("board@example.org", Role.BOARD);
        carolinas = demo.affiliateId("CGPS");
        atlanta = demo.affiliateId("AGPS");
        // letters only, so that the tag sorts and matches as a name does; unique to this run
        tag = "Qx" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4) + "q";
        Random random = new Random(42);
        long clinical = types.all().stream().filter(t -> t.name().equals("Clinical")).findFirst().orElseThrow().id();
        String[] tails = {"ab", "abc", "b", "ba", "", "Ab"};
        for (int i = 0; i < 45; i++) {
            String last = tag + tails[random.nextInt(tails.length)] + (char) ('a' + random.nextInt(3));
            String first = random.nextInt(3) == 0 ? tag + "ab" + (char) ('a' + random.nextInt(3))
                    : new String[] {"Ann", "Bo", "Cy"}[random.nextInt(3)];
            String email = (random.nextInt(3) == 0 ? tag.toLowerCase(Locale.ROOT) + "b" : "x" + tag) + "-" + i
                    + "@example.org";
            Long affiliate = new Long[] {null, carolinas, atlanta}[random.nextInt(3)];
            MemberDetails m = members.create(new MemberForm(first, last, email, null, null, Discipline.SOCIAL_WORK,
                    null, null, null, null, null, null, "US", affiliate, false, false, null, 0));
            if (random.nextInt(3) == 0) {
                members.renew(m.id(), clinical, m.form().version());
            }
            firstNames.add(first);
        }
    }

    @AfterEach
    void tearDown() {
        roles.clear();
    }

    @Test
    void everyPageOfASearchIsTheOrOfItsBranchesInTheListsOrder() {
        long clinical = types.all().stream().filter(t -> t.name().equals("Clinical")).findFirst().orElseThrow().id();
        List<String> texts = List.of(tag, tag + "ab", tag.toUpperCase(Locale.ROOT) + "B", tag + "abc",
                firstNames.get(0) + " " + tag.substring(0, 4), firstNames.get(1) + " " + tag + "b",
                tag.toLowerCase(Locale.ROOT) + "b-1", tag + "zz");
        List<MemberFilter> filters = new ArrayList<>();
        for (String text : texts) {
            filters.add(new MemberFilter(text, null, null, null));
            filters.add(new MemberFilter(text, MembershipStatus.ACTIVE, null, null));
            filters.add(new MemberFilter(text, MembershipStatus.APPLICANT, null, carolinas));
            filters.add(new MemberFilter(text, null, clinical, null));
            filters.add(new MemberFilter(text, null, null, atlanta));
        }
        int checked = 0;
        for (MemberFilter filter : filters) {
            long expectedCount = oracle(filter, null, 0, Integer.MAX_VALUE).size();
            assertThat(members.listCount(filter)).as("count of %s", filter)
                    .isEqualTo(new ListCount(expectedCount, false));
            for (int s = 0; s < SORTS.length; s++) {
                boolean ascending = s % 2 == 0;
                Sort sort = Sort.by(ascending ? Sort.Direction.ASC : Sort.Direction.DESC, SORTS[s][0])
                        .and(Sort.by(Arrays.copyOfRange(SORTS[s], 1, SORTS[s].length)));
                for (int page = 0; page * 7 <= expectedCount; page++) {
                    assertThat(ids(members.find(filter, PageRequest.of(page, 7, sort))))
                            .as("%s sorted by %s, page %d", filter, sort, page)
                            .isEqualTo(oracle(filter, COLUMNS[s] + (ascending ? " asc" : " desc")
                                    + ", last_name, first_name, id", page * 7, 7));
                    checked++;
                }
            }
        }
        assertThat(checked).as("pages compared").isGreaterThan(200);

        roles.actAs("affiliate@example.org", Role.AFFILIATE_ADMIN, Role.MEMBER);
        MemberFilter theirs = new MemberFilter(tag, null, null, atlanta); // they ask for another: their own only
        assertThat(ids(members.find(theirs, PageRequest.of(0, 100, Sort.by("lastName", "firstName", "id")))))
                .isEqualTo(oracle(new MemberFilter(tag, null, null, carolinas), null, 0, 100)).isNotEmpty();
    }

    @Test
    void theCountStopsPastTheCapAndSaysSo() {
        MemberSearch all = new MemberSearch(null, null, null, tag);
        long matching = oracle(new MemberFilter(tag, null, null, null), null, 0, Integer.MAX_VALUE).size();
        assertThat(matching).isEqualTo(45);
        assertThat(repository.countSearchUpTo(all, 45)).as("exactly at the cap").isEqualTo(45);
        assertThat(repository.countSearchUpTo(all, 44)).as("past it: cap + 1").isEqualTo(45);
        assertThat(repository.countSearchUpTo(all, 10)).isEqualTo(11);
        assertThat(repository.countSearchUpTo(new MemberSearch(null, null, null, tag + "ab"), 1000))
                .isEqualTo(oracle(new MemberFilter(tag + "ab", null, null, null), null, 0, 1000).size());
        // only last names start with tag + "ba" (no first name or email of setUp's does), so one branch finds
        // every match: each branch must read past the cap for the union to
        MemberSearch oneBranch = new MemberSearch(null, null, null, tag + "ba");
        int inOneBranch = oracle(new MemberFilter(tag + "ba", null, null, null), null, 0, 1000).size();
        assertThat(inOneBranch).isGreaterThan(1);
        assertThat(repository.countSearchUpTo(oneBranch, inOneBranch)).isEqualTo(inOneBranch);
        assertThat(repository.countSearchUpTo(oneBranch, inOneBranch - 1)).as("past the cap in one branch")
                .isEqualTo(inOneBranch);
    }

    @Test
    void wildcardsTypedAreLettersNotPatterns() {
        assertThat(members.listCount(new MemberFilter(tag.substring(0, 3) + "%", null, null, null)))
                .isEqualTo(new ListCount(0, false));
        assertThat(members.find(new MemberFilter("_" + tag.substring(1), null, null, null), PageRequest.of(0, 5,
                Sort.by("lastName")))).isEmpty();
    }

    private static List<Long> ids(List<MemberSummary> found) {
        return found.stream().map(MemberSummary::id).toList();
    }

    /** The search said as the OR it means, in plain SQL, independent of MemberSearch and MemberPagesImpl. */
    private List<Long> oracle(MemberFilter filter, String order, int offset, int limit) {
        String text = filter.search().strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_");
        List<Object> args = new ArrayList<>(List.of(text + "%", text + "%", text + "%", text + "%"));
        StringBuilder sql = new StringBuilder("select id from member where (last_name like ? escape '!'"
                + " or first_name like ? escape '!' or email like ? escape '!' or licence_number like ? escape '!'");
        int space = filter.search().strip().indexOf(' ');
        if (space > 0) {
            sql.append(" or (first_name = ? and last_name like ? escape '!')");
            args.add(filter.search().strip().substring(0, space));
            args.add(text.substring(space + 1) + "%");
        }
        sql.append(")");
        if (filter.status() != null) {
            sql.append(" and status = ?");
            args.add(filter.status().name());
        }
        if (filter.typeId() != null) {
            sql.append(" and membership_type_id = ?");
            args.add(filter.typeId());
        }
        if (filter.affiliateId() != null) {
            sql.append(" and affiliate_id = ?");
            args.add(filter.affiliateId());
        }
        sql.append(" order by ").append(order == null ? "last_name, first_name, id" : order)
                .append(" limit ").append(limit).append(" offset ").append(offset);
        return jdbc.queryForList(sql.toString(), Long.class, args.toArray());
    }
}
