package org.collegium.reports.service;

import org.springframework.stereotype.Component;

/**
 * Dues: every recorded payment, by the type of the membership term it paid for ("Not for a term" when it was
 * recorded without one). When registrations come to be recorded in the payment table too, this select must leave
 * them out (e.g. "and p.registration_id is null") and the events' own {@link IncomeSource} count them.
 */
@Component
class DuesIncome implements IncomeSource {

    static final String NAME = "Dues";
    static final String NO_TERM = "Not for a term";

    /** The stable English name (IncomeReports shows it in the viewer's language). */
    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String select(LocalTimeSql local) {
        return """
                select p.paid_on, p.amount, 1 as payments, 'Dues' as source, coalesce(t.name, 'Not for a term') as category,
                       m.affiliate_id
                from payment p
                join member m on m.id = p.member_id
                left join membership_term mt on mt.id = p.membership_term_id
                left join membership_type t on t.id = mt.membership_type_id
                where p.paid_on between :from and :to""";
    }
}
