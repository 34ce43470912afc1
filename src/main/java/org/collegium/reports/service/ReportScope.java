package org.collegium.reports.service;

import java.util.Map;
import org.collegium.base.domain.Access;
import org.collegium.members.service.MemberAccess;
import org.springframework.stereotype.Component;

/**
 * Which members a report counts: the members rule ({@link MemberAccess}) decides, so an affiliate administrator
 * always gets their own affiliate's figures whatever affiliate the filter names, and everyone else the affiliate
 * they chose, or all.
 */
@Component
class ReportScope {

    static final String READERS = Access.RECORD_READERS;

    private final MemberAccess access;

    ReportScope(MemberAccess access) {
        this.access = access;
    }

    /** The affiliate to count (null: all), given the one the filter asked for. */
    Long affiliate(Long asked) {
        Long scope = access.affiliateScope();
        return scope != null ? scope : asked;
    }

    /** " and <alias>.affiliate_id = :affiliate" when limited to an affiliate, adding the parameter; else "". */
    static String where(String memberAlias, Long affiliate, Map<String, Object> params) {
        if (affiliate == null) {
            return "";
        }
        params.put("affiliate", affiliate);
        return " and " + memberAlias + ".affiliate_id = :affiliate";
    }
}
