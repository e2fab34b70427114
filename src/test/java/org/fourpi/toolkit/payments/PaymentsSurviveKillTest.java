package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.people.PeopleService;
import org.fourpi.toolkit.testing.ChildJvm;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payment the program has said is saved survives a crash or a power cut. A separate copy of the
 * program records bus fares and pays them, one after another, saying each claim's number once the
 * payment is saved; it is killed outright at a random moment, again and again, and every tenth round
 * starts on a new data folder so that young databases (just made, just migrated) are killed too.
 * After every kill the data opens and holds every payment it had announced, once.
 *
 * <p>The normal run kills it 50 times; the {@code durability} profile ({@code ./mvnw -Pdurability test})
 * 500 times, and {@code -Ddurability.rounds=N} any number. A failure names its seed;
 * {@code -Ddurability.seed=N} gives the same waits again, {@code -Ddurability.keep=FOLDER} keeps the
 * data folder of the round that failed, {@code -Ddurability.fresh=K} starts a new folder every K rounds
 * and {@code -Ddurability.mostMillis=M} kills within M ms of starting.
 *
 * <p>This test once found a real loss: after a clean close and a restart, a kill 195 ms in lost the
 * payments that session had committed. Closing then compacted the database file, which moves live
 * data within it; the database is now opened with no compaction on close (see {@code Database.url}).
 */
class PaymentsSurviveKillTest {

    private static final int ROUNDS = Integer.getInteger("durability.rounds", 50);
    /** The longest wait, after the program says it is ready, before it is killed. */
    private static final int MOST_MILLIS_BEFORE_KILL = Integer.getInteger("durability.mostMillis", 1500);
    /** With {@code -Ddurability.fresh=K}, a new data folder every K rounds, to kill young databases more often. */
    private static final int FRESH_EVERY = Integer.getInteger("durability.fresh", 10);
    private static final Money BUS_FARE = Money.of("4.50");
    private static final LocalDate TRIP = LocalDate.of(2026, 11, 12);

    @TempDir Path folders;
    @TempDir Path logs;
    private Path dataDir;

    /**
     * The program that gets killed: pays one bus fare after another and prints {@code saved <id> <trip>}
     * once the payment is saved. The trip names the round and its count in it, so each is different.
     */
    public static final class Child {

        public static void main(String[] args) {
            String round = args[1];
            try (TestServices test = TestServices.open(Path.of(args[0]))) {
                PeopleService people = test.services().people();
                long person = people.hasPeople() ? people.all().getFirst().id()
                        : people.save(Person.named("Samira", "Okafor").withStatus(InvolvementStatus.ACTIVE)).id();
                ClaimService claims = test.services().claims();
                say("ready");
                for (int n = 1; ; n++) {
                    String trip = round + "." + n;
                    Claim claim = claims.create(new ClaimDraft(person, "Steering group " + trip, "", TRIP, "",
                            List.of(LineInput.cost(ClaimCategory.PUBLIC_TRANSPORT, "Bus fare", BUS_FARE))));
                    claims.submit(claim.id(), TRIP.plusDays(1));
                    claims.approve(claim.id(), TRIP.plusDays(2));
                    claims.markPaid(claim.id(), TRIP.plusDays(8), PaymentMethod.CASH, "");
                    say("saved " + claim.id() + " " + trip);
                }
            }
        }

        private static void say(String line) {
            System.out.println(line);
            System.out.flush();
        }
    }

    @Test
    void everyPaymentAnnouncedBeforeAKillIsThereOnceAfterwards() throws Exception {
        long seed = Long.getLong("durability.seed", System.nanoTime());
        Random random = new Random(seed);
        // Claim number to the trip it was for, in the order the program announced them.
        Map<Long, String> announced = new LinkedHashMap<>();
        dataDir = folders.resolve("data-1");
        for (int round = 1; round <= ROUNDS; round++) {
            if (FRESH_EVERY > 0 && round > 1 && (round - 1) % FRESH_EVERY == 0) {
                dataDir = folders.resolve("data-" + round);
                announced.clear();
            }
            int wait = random.nextInt(MOST_MILLIS_BEFORE_KILL + 1);
            String where = "round " + round + " of " + ROUNDS + ", killed " + wait + " ms after ready, seed " + seed
                    + ", data folder " + dataDir.getFileName();
            List<String> said = killAfter(round, wait, where);

            Map<Long, String> thisRound = new LinkedHashMap<>();
            for (String line : said) {
                String[] parts = line.split(" ");
                if (parts.length == 3 && parts[0].equals("saved")) {
                    long id = Long.parseLong(parts[1]);
                    assertThat(announced).as("claim numbers announced before, " + where).doesNotContainKey(id);
                    thisRound.put(id, parts[2]);
                }
            }
            announced.putAll(thisRound);
            try {
                checkEveryAnnouncedPaymentIsThereOnce(announced, thisRound, where);
            } catch (AssertionError e) {
                keepForLookingInto(said);
                throw e;
            }
        }
    }

    /** Starts the program, kills it {@code wait} ms after it is ready, and returns every line it printed. */
    private List<String> killAfter(int round, int wait, String where) throws Exception {
        Path errors = logs.resolve("child-errors-" + round + ".txt");
        // A lean child: quick to start, one collector, no window toolkit on the way.
        Process child = new ProcessBuilder(ChildJvm.command(Child.class,
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                dataDir.toString(), Integer.toString(round)))
                .redirectError(errors.toFile()).start();
        child.getOutputStream().close();
        List<String> printed = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = Thread.ofVirtual().start(() -> read(child.getInputStream(), printed, ready));
        try {
            boolean started = ready.await(120, TimeUnit.SECONDS);
            assertThat(started).as(() -> "the program became ready, " + where + "; it said: " + readQuietly(errors))
                    .isTrue();
            Thread.sleep(wait);
            assertThat(child.isAlive()).as(() -> "the program was still paying, " + where + "; it said: "
                    + readQuietly(errors)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the killed program ended, " + where).isTrue();
        reader.join(TimeUnit.SECONDS.toMillis(30));
        synchronized (printed) {
            return List.copyOf(printed);
        }
    }

    private void checkEveryAnnouncedPaymentIsThereOnce(Map<Long, String> announced, Map<Long, String> thisRound,
            String where) {
        try (TestServices reopened = TestServices.open(dataDir)) {
            assertThat(reopened.services().people().all()).as("people after " + where).hasSize(1);
            ClaimService claims = reopened.services().claims();
            List<ClaimSummary> all = claims.list(ClaimFilter.ALL);
            Map<String, Long> claimsPerActivity = all.stream()
                    .collect(Collectors.groupingBy(ClaimSummary::activity, Collectors.counting()));
            assertThat(claimsPerActivity.entrySet()).as("activities saved more than once after " + where)
                    .filteredOn(e -> e.getValue() > 1).isEmpty();
            Map<Long, ClaimSummary> byId = all.stream()
                    .collect(Collectors.toMap(ClaimSummary::id, Function.identity()));
            Map<Long, String> missing = new HashMap<>();
            announced.forEach((id, trip) -> {
                ClaimSummary saved = byId.get(id);
                if (saved == null || saved.status() != ClaimStatus.PAID || !saved.owed().equals(BUS_FARE)
                        || !saved.activity().equals("Steering group " + trip)) {
                    missing.put(id, trip + " found as " + saved);
                }
            });
            assertThat(missing).as(() -> "announced payments lost or changed after " + where + "; announced this round "
                    + thisRound + "; the last claims saved: " + all.stream().sorted(Comparator.comparingLong(ClaimSummary::id))
                    .skip(Math.max(0, all.size() - 8)).map(c -> c.id() + " " + c.activity() + " " + c.status())
                    .toList()).isEmpty();
            for (long id : thisRound.keySet()) {
                Claim claim = claims.find(id).orElseThrow();
                assertThat(claim.lines()).as("lines of claim " + id + " after " + where).singleElement()
                        .satisfies(line -> {
                            assertThat(line.category()).isEqualTo(ClaimCategory.PUBLIC_TRANSPORT);
                            assertThat(line.amount()).isEqualTo(BUS_FARE);
                        });
                assertThat(claim.paidOn()).isEqualTo(TRIP.plusDays(8));
            }
        }
    }

    /** With {@code -Ddurability.keep=FOLDER}, a failed round leaves its data folder and what the program said there. */
    private void keepForLookingInto(List<String> said) throws IOException {
        String keep = System.getProperty("durability.keep");
        if (keep == null) {
            return;
        }
        Path target = Files.createDirectories(Path.of(keep));
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(dataDir.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.write(target.resolve("said.txt"), said);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static void read(InputStream in, List<String> printed, CountDownLatch ready) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (printed) {
                    printed.add(line);
                }
                if (line.equals("ready")) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // The pipe breaks when the child is killed; what was read is kept.
        }
    }
}
