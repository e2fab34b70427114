package org.fourpi.toolkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.ChildJvm;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A power cut in the middle of a step loses nothing: a separate copy of the program rates statements
 * one by one, saying each once it is saved, and is killed outright part way through the Presence step.
 * Opening the data folder again finds every rating it had announced and the step it was on.
 */
class AssessmentSurvivesKillTest {

    /** Ratings given in the Presence step before the program is killed. */
    private static final int RATED_IN_PRESENCE_BEFORE_KILL = 3;

    @TempDir Path dataDir;
    @TempDir Path logs;

    /** The program that gets killed: answers as a group would, and prints each answer after it is saved. */
    public static final class Child {

        public static void main(String[] args) throws InterruptedException {
            try (TestServices test = TestServices.open(Path.of(args[0]))) {
                AssessmentService assessments = test.services().assessments();
                Assessment a = assessments.start(new AssessmentStart("Annual check", LocalDate.of(2026, 11, 20),
                        EnumSet.of(InvolvementLevel.C), "Sam", AssessmentMode.EACH_THEN_GROUP,
                        List.of(new ParticipantInput(null, null, "Ada", Perspective.SERVICE_USER),
                                new ParticipantInput(null, null, "Sam", Perspective.STAFF))));
                long ada = a.participants().getFirst().id();
                say("STARTED " + a.id() + " " + ada);
                Rating[] scale = {Rating.ONE, Rating.TWO, Rating.THREE, Rating.FOUR, Rating.FIVE, Rating.DONT_KNOW};
                int n = 0;
                for (IndicatorGroup step : assessments.framework().groups()) {
                    assessments.moveTo(a.id(), step.key());
                    say("STEP " + step.key());
                    for (Indicator indicator : step.indicators()) {
                        Rating own = scale[n % scale.length];
                        assessments.rateOwn(a.id(), ada, indicator.code(), own);
                        say("OWN " + indicator.code() + " " + own.code());
                        Rating agreed = scale[(n + 2) % scale.length];
                        assessments.rateAgreed(a.id(), indicator.code(), agreed);
                        say("AGREED " + indicator.code() + " " + agreed.code());
                        n++;
                        // People talk before the next statement; the kill comes in one of these pauses or
                        // in the middle of saving.
                        Thread.sleep(150);
                    }
                }
                say("FINISHED");
                Thread.sleep(60_000);
            }
        }

        private static void say(String line) {
            System.out.println(line);
            System.out.flush();
        }
    }

    @Test
    void everyRatingSavedBeforeTheProgramWasKilledIsThereAfterwardsAtTheSameStep() throws Exception {
        List<String> command = ChildJvm.command(Child.class, dataDir.toString());
        Path errors = logs.resolve("child-errors.txt");
        Process child = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        child.getOutputStream().close();

        List<String> printed = new ArrayList<>();
        CountDownLatch midPresence = new CountDownLatch(1);
        Thread reader = Thread.ofVirtual().start(() -> read(child.getInputStream(), printed, midPresence));
        try {
            boolean reached = midPresence.await(120, TimeUnit.SECONDS);
            assertThat(reached).as(() -> "the child reached the Presence step; it said: " + readQuietly(errors))
                    .isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(TimeUnit.SECONDS.toMillis(30));

        List<String> lines;
        synchronized (printed) {
            lines = List.copyOf(printed);
        }
        assertThat(lines).doesNotContain("FINISHED");
        String[] started = lines.getFirst().split(" ");
        long assessmentId = Long.parseLong(started[1]);
        long participantId = Long.parseLong(started[2]);
        String lastStep = lines.stream().filter(l -> l.startsWith("STEP ")).reduce((x, y) -> y).orElseThrow()
                .substring(5);
        Map<String, String> own = new LinkedHashMap<>();
        Map<String, String> agreed = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.split(" ");
            switch (parts[0]) {
                case "OWN" -> own.put(parts[1], parts[2]);
                case "AGREED" -> agreed.put(parts[1], parts[2]);
                default -> {
                    // The start and the steps are checked above.
                }
            }
        }

        try (TestServices reopened = TestServices.open(dataDir)) {
            AssessmentService assessments = reopened.services().assessments();
            Assessment assessment = assessments.find(assessmentId).orElseThrow();
            Answers answers = assessments.answers(assessmentId);

            assertThat(lastStep).isEqualTo("PRESENCE");
            assertThat(assessment.currentStep()).isEqualTo(lastStep);
            assertThat(assessment.status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
            Map<String, String> savedOwn = new LinkedHashMap<>();
            answers.ownRatings(participantId).forEach((code, rating) -> savedOwn.put(code, rating.code()));
            assertThat(savedOwn).containsAllEntriesOf(own);
            Map<String, String> savedAgreed = new LinkedHashMap<>();
            answers.agreed().forEach((code, answer) -> {
                if (answer.rating() != null) {
                    savedAgreed.put(code, answer.rating().code());
                }
            });
            assertThat(savedAgreed).containsAllEntriesOf(agreed);
            // Killed part way through Presence: some of its statements rated, not all.
            IndicatorGroup presence = assessments.framework().groups().stream()
                    .filter(g -> g.key().equals("PRESENCE")).findFirst().orElseThrow();
            long presenceRated = presence.indicators().stream().filter(i -> savedAgreed.containsKey(i.code())).count();
            assertThat(presenceRated).isBetween((long) RATED_IN_PRESENCE_BEFORE_KILL,
                    (long) presence.indicators().size() - 1);
            // At most the one answer being saved when the kill came is there without having been announced.
            assertThat(savedAgreed.size() + savedOwn.size()).isLessThanOrEqualTo(agreed.size() + own.size() + 1);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static void read(InputStream in, List<String> printed, CountDownLatch midPresence) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean inPresence = false;
            int ratedInPresence = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (printed) {
                    printed.add(line);
                }
                if (line.startsWith("STEP ")) {
                    inPresence = line.equals("STEP PRESENCE");
                } else if (inPresence && line.startsWith("AGREED ")
                        && ++ratedInPresence == RATED_IN_PRESENCE_BEFORE_KILL) {
                    midPresence.countDown();
                }
            }
        } catch (IOException e) {
            // The pipe breaks when the child is killed; what was read is kept.
        }
    }
}
