package org.collegium.base.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Serves together the calls for one key (such as an event) that arrive while another call for it is being served:
 * a rush of registrations for one event then shares one transaction and one lock of its row per batch instead of
 * paying for both each time. The first caller leads: it takes every call waiting for the key, up to
 * {@code maxBatch}, in their order of arrival, and serves them as one batch. Everyone else waits for their own
 * answer. At most {@code depth} batches of a key are served at once: with two, the next batch makes ready what
 * needs no lock while the one before holds it. Once a batch is taken, or one ends, the first caller still
 * waiting leads the next, while fewer than {@code depth} are served.
 *
 * <p>The batch's server answers each call in the batch, in order, with its result or its own failure (see
 * {@link Answer}); what it throws is the answer to every call of that batch.
 *
 * @param <K> the key the calls are grouped by
 * @param <I> one call's request
 * @param <R> one call's result
 */
public final class GroupCommit<K, I, R> {

    /** One call's answer: its result, or the exception its caller is to get. */
    public record Answer<R>(R result, RuntimeException failure) {

        public static <R> Answer<R> of(R result) {
            return new Answer<>(result, null);
        }

        public static <R> Answer<R> failed(RuntimeException failure) {
            return new Answer<>(null, failure);
        }

        R get() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }

    private final ConcurrentHashMap<K, Lane> lanes = new ConcurrentHashMap<>();
    private final Function<List<I>, List<Answer<R>>> server;
    private final int maxBatch;
    private final int depth;

    public GroupCommit(int maxBatch, int depth, Function<List<I>, List<Answer<R>>> server) {
        if (maxBatch < 1 || depth < 1) {
            throw new IllegalArgumentException("maxBatch and depth must be at least 1");
        }
        this.maxBatch = maxBatch;
        this.depth = depth;
        this.server = server;
    }

    /** Serves {@code request} (in a batch with others for {@code key}, or alone) and returns its result. */
    public R submit(K key, I request) {
        Waiting<I, R> mine = new Waiting<>(request);
        Lane lane = lanes.computeIfAbsent(key, k -> new Lane());
        synchronized (lane) {
            lane.queue.add(mine);
            lane.passLead();
        }
        if (mine.awaitLeadOrAnswer()) {
            serveNextBatch(key, lane);
        }
        return mine.answer().get();
    }

    /** How many calls for {@code key} wait to be taken into a batch (for tests). */
    int waiting(K key) {
        Lane lane = lanes.get(key);
        if (lane == null) {
            return 0;
        }
        synchronized (lane) {
            return lane.queue.size();
        }
    }

    /**
     * The leader's work: the calls waiting now, taken, the lead passed on, and the batch served. A lane may be
     * dropped from the map while a late caller still adds to it; that caller then leads it alone, which is safe
     * (each batch still serialises on whatever the server locks), only not batched with the map's new lane.
     */
    private void serveNextBatch(K key, Lane lane) {
        List<Waiting<I, R>> batch = new ArrayList<>();
        synchronized (lane) {
            while (batch.size() < maxBatch && !lane.queue.isEmpty()) {
                batch.add(lane.queue.poll());
            }
            lane.leading = false;
            lane.serving++;
            lane.passLead();
        }
        List<Answer<R>> answers;
        try {
            answers = server.apply(batch.stream().map(Waiting::request).toList());
            if (answers.size() != batch.size()) {
                throw new IllegalStateException(answers.size() + " answers for " + batch.size() + " calls");
            }
        } catch (RuntimeException e) {
            answers = batch.stream().map(w -> Answer.<R>failed(e)).toList();
        } catch (Error e) {
            answers = batch.stream().map(w -> Answer.<R>failed(new IllegalStateException(e))).toList();
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).answer(answers.get(i));
        }
        synchronized (lane) {
            lane.serving--;
            lane.passLead();
            if (!lane.leading && lane.serving == 0 && lane.queue.isEmpty()) {
                lanes.remove(key, lane);
            }
        }
    }

    /** One key's waiting calls; guarded by its own monitor. */
    private final class Lane {
        final ArrayDeque<Waiting<I, R>> queue = new ArrayDeque<>();
        /** a caller has been told to lead and has not taken its batch yet */
        boolean leading;
        /** batches taken and not yet answered */
        int serving;

        /** Tells the first waiting caller to lead, when nobody leads and fewer than depth batches are served. */
        void passLead() {
            if (!leading && serving < depth && !queue.isEmpty()) {
                leading = true;
                queue.peek().lead();
            }
        }
    }

    /** One caller: waiting until it is told to lead or is given its answer. */
    private static final class Waiting<I, R> {
        private final I request;
        private boolean leads;
        private Answer<R> answer;

        Waiting(I request) {
            this.request = request;
        }

        I request() {
            return request;
        }

        synchronized void lead() {
            leads = true;
            notifyAll();
        }

        synchronized void answer(Answer<R> given) {
            answer = given;
            notifyAll();
        }

        synchronized Answer<R> answer() {
            return answer;
        }

        /**
         * True when this caller is to lead (its own call is then in the batch it serves). Not interruptible: the
         * call may be in a batch under way, which cannot be left halfway; the interrupt is kept for the caller.
         */
        synchronized boolean awaitLeadOrAnswer() {
            boolean interrupted = false;
            while (answer == null && !leads) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            boolean lead = answer == null;
            leads = false;
            return lead;
        }
    }
}
