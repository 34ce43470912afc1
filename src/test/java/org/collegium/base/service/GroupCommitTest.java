package org.collegium.base.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Calls for one key that arrive while a batch of it is served wait and are served together, in their order of
 * arrival, at most so many at once; each caller gets its own answer, and a batch's failure is its calls' only.
 */
class GroupCommitTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();
    /** Every batch the server was given, in the order it was given them. */
    private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstBatchMayEnd = new CountDownLatch(1);

    @AfterEach
    void stop() {
        firstBatchMayEnd.countDown();
        callers.shutdownNow();
    }

    /** A server that answers each call with its request in capitals, holding its first batch until told. */
    private Function<List<String>, List<GroupCommit.Answer<String>>> capitals() {
        return batch -> {
            batches.add(batch);
            if (batches.size() == 1) {
                awaitQuietly(firstBatchMayEnd);
            }
            return batch.stream().map(r -> r.startsWith("refused")
                    ? GroupCommit.Answer.<String>failed(new BusinessRuleException(r))
                    : GroupCommit.Answer.of(r.toUpperCase())).toList();
        };
    }

    private CompletableFuture<String> submit(GroupCommit<String, String, String> commit, String key, String request) {
        return CompletableFuture.supplyAsync(() -> commit.submit(key, request), callers);
    }

    /** Submits one by one, each after the one before is waiting, so that their order of arrival is known. */
    private List<CompletableFuture<String>> queue(GroupCommit<String, String, String> commit, String... requests) {
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (String request : requests) {
            int before = commit.waiting("event");
            answers.add(submit(commit, "event", request));
            await().atMost(Duration.ofSeconds(10)).until(() -> commit.waiting("event") == before + 1);
        }
        return answers;
    }

    @Test
    void callsArrivingWhileABatchIsServedAreServedTogetherInTheirOrderOfArrivalEachWithItsOwnAnswer()
            throws Exception {
        GroupCommit<String, String, String> commit = new GroupCommit<>(10, 1, capitals());
        CompletableFuture<String> first = submit(commit, "event", "a");
        await().atMost(Duration.ofSeconds(10)).until(() -> batches.size() == 1);
        List<CompletableFuture<String>> rest = queue(commit, "b", "c", "d");

        firstBatchMayEnd.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("A");
        assertThat(List.of(rest.get(0).get(10, TimeUnit.SECONDS), rest.get(1).get(), rest.get(2).get()))
                .containsExactly("B", "C", "D");
        assertThat(batches).containsExactly(List.of("a"), List.of("b", "c", "d"));
    }

    @Test
    void aBatchTakesAtMostItsSizeAndTheRestWaitForTheNext() throws Exception {
        GroupCommit<String, String, String> commit = new GroupCommit<>(2, 1, capitals());
        CompletableFuture<String> first = submit(commit, "event", "a");
        await().atMost(Duration.ofSeconds(10)).until(() -> batches.size() == 1);
        List<CompletableFuture<String>> rest = queue(commit, "b", "c", "d", "e", "f");

        firstBatchMayEnd.countDown();
        CompletableFuture.allOf(rest.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(first.get()).isEqualTo("A");
        assertThat(batches).containsExactly(List.of("a"), List.of("b", "c"), List.of("d", "e"), List.of("f"));
    }

    @Test
    void aRefusalIsItsOwnCallersAndAFailedBatchIsItsCallsOnly() throws Exception {
        AtomicInteger served = new AtomicInteger();
        GroupCommit<String, String, String> commit = new GroupCommit<>(10, 1, batch -> {
            List<GroupCommit.Answer<String>> answers = capitals().apply(batch);
            if (served.incrementAndGet() == 2) {
                throw new IllegalStateException("the database went away");
            }
            return answers;
        });
        CompletableFuture<String> first = submit(commit, "event", "a");
        await().atMost(Duration.ofSeconds(10)).until(() -> batches.size() == 1);
        List<CompletableFuture<String>> second = queue(commit, "b", "c");
        firstBatchMayEnd.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("A");
        for (CompletableFuture<String> failed : second) {
            assertThatThrownBy(() -> failed.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasRootCauseMessage("the database went away");
        }

        // the next calls are served as if nothing had happened; one refused call is refused alone
        List<CompletableFuture<String>> third = List.of(submit(commit, "event", "refused d"),
                submit(commit, "event", "e"));
        assertThatThrownBy(() -> third.get(0).get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(BusinessRuleException.class);
        assertThat(third.get(1).get(10, TimeUnit.SECONDS)).isEqualTo("E");
    }

    @Test
    void callsForAnotherKeyAreNotHeldUpAndAtMostDepthBatchesOfAKeyAreServedAtOnce() throws Exception {
        AtomicInteger atOnce = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch twoIn = new CountDownLatch(2);
        GroupCommit<String, String, String> commit = new GroupCommit<>(1, 2, batch -> {
            most.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
            try {
                if (batch.getFirst().startsWith("event")) {
                    twoIn.countDown();
                    awaitQuietly(firstBatchMayEnd);
                }
                return batch.stream().map(GroupCommit.Answer::of).toList();
            } finally {
                atOnce.decrementAndGet();
            }
        });
        List<CompletableFuture<String>> held = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            held.add(submit(commit, "event", "event " + i));
        }
        assertThat(twoIn.await(10, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> commit.waiting("event") == 3);
        assertThat(submit(commit, "other", "other").get(10, TimeUnit.SECONDS)).isEqualTo("other");

        firstBatchMayEnd.countDown();
        CompletableFuture.allOf(held.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(held.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder("event 0", "event 1",
                "event 2", "event 3", "event 4");
        assertThat(most.get()).as("two of the key's batches and the other key's").isEqualTo(3);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
