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

    /**
     * From dues_income_day (V150), the payments already summed per day, type and affiliate by the database's
     * triggers in the same transaction as every payment: a few rows a day rather than every payment.
     */
    @Override
    public String select(LocalTimeSql local) {
        return """
                select s.paid_on, s.amount, s.payments, 'Dues' as source,
                       coalesce(t.name, 'Not for a term') as category, nullif(s.affiliate_id, 0) as affiliate_id
                from dues_income_day s
                left join membership_type t on t.id = s.membership_type_id
                where s.paid_on between :from and :to and s.payments <> 0""";
    }

    /** The same from the payments themselves: what the summary must equal (DuesIncomeSummaryTest). */
    static String fromPayments() {
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
