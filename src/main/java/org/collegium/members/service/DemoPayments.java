package org.collegium.members.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.collegium.base.service.OpenAccess;
import org.collegium.base.service.SocietyClock;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipTerm;
import org.collegium.members.domain.Payment;
import org.collegium.members.domain.PaymentMethod;
import org.collegium.members.domain.PaymentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside production, once: a recorded payment for most of the demo members' terms (dues by check, cash,
 * transfer or card; free terms waived), so member pages show payments and receipts. Seeded randomness.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "collegium.demo.enabled", matchIfMissing = true)
@Order(21)
@OpenAccess(reason = "system bootstrap: runs once at startup, before anyone signs in")
public class DemoPayments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPayments.class);
    private static final PaymentMethod[] PAID = {PaymentMethod.CHECK, PaymentMethod.CHECK, PaymentMethod.BANK_TRANSFER,
        PaymentMethod.CARD_ELSEWHERE, PaymentMethod.CARD_ELSEWHERE, PaymentMethod.CASH};

    private final MemberRepository members;
    private final PaymentRepository payments;
    private final ReceiptNumbers receiptNumbers;
    private final SocietyClock clock;

    public DemoPayments(MemberRepository members, PaymentRepository payments, ReceiptNumbers receiptNumbers,
            SocietyClock clock) {
        this.members = members;
        this.payments = payments;
        this.receiptNumbers = receiptNumbers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (payments.count() > 0 || members.count() == 0) {
            return;
        }
        LocalDate today = clock.today();
        Random random = new Random(7);
        List<Member> all = members.findAll(Sort.by("id"));
        List<Planned> planned = new ArrayList<>();
        for (Member member : all) {
            for (MembershipTerm term : member.getTerms()) {
                if (random.nextInt(10) < 4 && term.isPending() && !today.isAfter(term.getPayBy())) {
                    continue; // some members still owe this term's dues: Dues owed has rows, and nobody lapses
                }
                BigDecimal dues = term.getDuesCharged();
                PaymentMethod method = dues.signum() == 0 ? PaymentMethod.WAIVED : PAID[random.nextInt(PAID.length)];
                String reference = switch (method) {
                    case CHECK -> "Check #" + (1001 + random.nextInt(8999));
                    case BANK_TRANSFER -> "TRX-" + (100000 + random.nextInt(899999));
                    case CARD_ELSEWHERE -> "Card slip " + (10000 + random.nextInt(89999));
                    default -> null;
                };
                LocalDate paidOn = term.getStartDate().minusDays(random.nextInt(20));
                planned.add(new Planned(member, term, dues, method, reference, paidOn.isAfter(today) ? today : paidOn));
            }
        }
        // one counter update for all: each one would flush every loaded member and term again
        Iterator<String> numbers = receiptNumbers.next(today.getYear(), planned.size()).iterator();
        for (Planned p : planned) {
            payments.save(new Payment(p.member(), p.term(), p.dues(), p.method(), p.reference(), p.recordedOn(),
                    numbers.next(), null));
            p.term().settle(p.recordedOn());
        }
        all.forEach(member -> member.recomputeStatus(today));
        log.info("Demo data: {} recorded payments", planned.size());
    }

    private record Planned(Member member, MembershipTerm term, BigDecimal dues, PaymentMethod method, String reference,
            LocalDate recordedOn) {
    }
}
