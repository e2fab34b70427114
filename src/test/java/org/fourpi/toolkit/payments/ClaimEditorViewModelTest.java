package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimEditorViewModelTest {

    @TempDir Path dataDir;
    @TempDir Path files;
    private TestServices test;
    private ClaimService claims;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final List<Path> opened = new ArrayList<>();
    private final List<String> closedWith = new ArrayList<>();
    private ClaimEditorViewModel editor;
    private long samira;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        claims = test.services().claims();
        samira = test.services().people().save(Person.named("Samira", "Okafor").withStatus(InvolvementStatus.ACTIVE)).id();
        editor = new ClaimEditorViewModel(claims, test.services().paymentPolicy(), test.services().paymentPreferences(),
                () -> test.services().people().list().stream().map(p -> new PersonChoice(p.id(), p.displayName())).toList(),
                executor, dialogs, TestServices.MESSAGES, TestServices.CLOCK, opened::add);
        editor.onClosed(closedWith::add);
    }

    @AfterEach
    void close() {
        test.close();
        assertThat(executor.unexpected()).isEmpty();
    }

    private void fillSteeringGroup(String date) {
        editor.startNew();
        editor.personProperty().set(editor.personChoices().stream().filter(p -> p.id() == samira).findFirst().orElseThrow());
        editor.activityProperty().set("Steering group");
        editor.dateProperty().set(date);
    }

    private ClaimLineViewModel line(int place) {
        return editor.lines().get(place - 1);
    }

    @Test
    void worksOutEachLineAndTheTotalsAsTheFormIsFilledIn() {
        fillSteeringGroup("12/11/2026");
        assertThat(line(1).categoryProperty().get()).isEqualTo(ClaimCategory.FEE);
        line(1).quantityProperty().set("2");
        assertThat(line(1).workedOutProperty().get()).isEqualTo("£40.00");

        editor.addLine();
        line(2).categoryProperty().set(ClaimCategory.CHILDCARE);
        line(2).quantityProperty().set("3");
        editor.addLine();
        line(3).categoryProperty().set(ClaimCategory.TAXI);
        line(3).amountProperty().set("18.40");
        line(3).paidByOrganisationProperty().set(true);

        assertThat(line(2).workedOutProperty().get()).isEqualTo("£36.00");
        assertThat(line(3).workedOutProperty().get()).isEqualTo("£18.40");
        assertThat(editor.owedProperty().get()).isEqualTo("£76.00");
        assertThat(editor.paidByUsProperty().get()).isEqualTo("£18.40");
        assertThat(claims.list(ClaimFilter.ALL)).as("nothing is saved by working out").isEmpty();
    }

    @Test
    void namesTheLineAndFieldOfEachProblemAndKeepsWhatWasTyped() {
        fillSteeringGroup("12/11/2026");
        line(1).quantityProperty().set("2");
        editor.addLine();
        line(2).categoryProperty().set(ClaimCategory.MILEAGE);
        line(2).quantityProperty().set("12.55");
        editor.addLine();
        line(3).categoryProperty().set(ClaimCategory.PARKING);
        line(3).amountProperty().set("four pounds");

        assertThat(editor.save()).isFalse();

        assertThat(editor.problems()).containsExactly(
                "Line 3: Amount: please type an amount in pounds with up to two decimal places, such as 12.50.");
        line(3).amountProperty().set("4.00");
        assertThat(editor.problems()).as("the list follows the form once a save was tried")
                .containsExactly("Line 2: Miles: give them to one decimal place at most, such as 12.5.");
        assertThat(line(2).problemProperty().get()).startsWith("Line 2: Miles:");
        assertThat(editor.save()).isFalse();
        assertThat(editor.messageProperty().get()).contains("Nothing you typed has been lost");
        assertThat(line(2).quantityProperty().get()).isEqualTo("12.55");
        assertThat(editor.activityProperty().get()).isEqualTo("Steering group");
        assertThat(editor.lines()).hasSize(3);
        assertThat(claims.list(ClaimFilter.ALL)).isEmpty();

        line(2).quantityProperty().set("12.5");
        assertThat(editor.problems()).isEmpty();
        assertThat(editor.save()).isTrue();
        assertThat(editor.messageProperty().get()).isEqualTo("Claim saved.");
        assertThat(claims.list(ClaimFilter.ALL)).singleElement()
                .satisfies(c -> assertThat(c.owed().toPlainString()).isEqualTo("49.63"));
    }

    @Test
    void saysAWrongFigureAtOnceButNotOneThatIsStillToBeGiven() {
        fillSteeringGroup("12/11/2026");
        assertThat(line(1).problemProperty().get()).isEmpty();
        line(1).quantityProperty().set("2.555");
        assertThat(line(1).problemProperty().get()).startsWith("Line 1: The number of hours, days or miles is out of range");
        line(1).quantityProperty().set("2");
        assertThat(line(1).problemProperty().get()).isEmpty();
        assertThat(editor.problems()).as("the list under the form waits for a save").isEmpty();
    }

    @Test
    void worksOutTheAmountsInTheBackgroundAndOneAtATime() {
        List<org.fourpi.toolkit.common.ui.BackgroundTask<?>> waiting = new ArrayList<>();
        org.fourpi.toolkit.common.ui.TaskExecutor later = new org.fourpi.toolkit.common.ui.TaskExecutor() {
            @Override
            public <T> void execute(org.fourpi.toolkit.common.ui.BackgroundTask<T> task) {
                waiting.add(task);
            }

            @Override
            public void shutdown() {
            }
        };
        ClaimEditorViewModel slow = new ClaimEditorViewModel(claims, test.services().paymentPolicy(),
                test.services().paymentPreferences(), () -> List.of(new PersonChoice(samira, "Samira Okafor")),
                later, dialogs, TestServices.MESSAGES, TestServices.CLOCK, opened::add);
        slow.startNew();
        runAll(waiting);
        slow.personProperty().set(slow.personChoices().getFirst());
        slow.activityProperty().set("Steering group");
        slow.dateProperty().set("12/11/2026");
        runAll(waiting);
        slow.lines().getFirst().quantityProperty().set("2");
        slow.lines().getFirst().quantityProperty().set("3");

        assertThat(slow.lines().getFirst().workedOutProperty().get()).isEqualTo("not worked out yet");
        assertThat(waiting).as("one preview at a time, and the next waits").hasSize(1);
        runAll(waiting);
        assertThat(slow.lines().getFirst().workedOutProperty().get()).isEqualTo("£60.00");
        assertThat(slow.owedProperty().get()).isEqualTo("£60.00");
    }

    private void runAll(List<org.fourpi.toolkit.common.ui.BackgroundTask<?>> waiting) {
        org.fourpi.toolkit.common.ui.TaskExecutor now = new SameThreadExecutor();
        while (!waiting.isEmpty()) {
            now.execute(waiting.removeFirst());
        }
    }

    @Test
    void saysWhenTheDateOrPersonIsMissing() {
        editor.startNew();
        editor.dateProperty().set("31/02/2026");
        line(1).quantityProperty().set("2");

        assertThat(editor.save()).isFalse();
        assertThat(editor.problems()).containsExactly(
                "Date: this is not a date that can be read. Please type it as day/month/year, such as 12/11/2026.");
        editor.dateProperty().set("12/11/2026");
        assertThat(editor.problems()).contains("Person: choose who the claim is for.",
                "Activity: say what the claim is for, such as the meeting's name.");
    }

    @Test
    void offersOnlyTheStepsThatApplyToTheClaimAsItStands() {
        fillSteeringGroup("12/11/2026");
        line(1).quantityProperty().set("2");
        assertThat(offered()).containsExactly("save");

        editor.save();
        assertThat(editor.statusProperty().get()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(offered()).containsExactly("save", "submit", "reject", "remove");

        editor.receivedOnProperty().set("20/11/2026");
        editor.submit();
        assertThat(editor.standingProperty().get()).isEqualTo("Status: Submitted, received 20 Nov 2026. It is waiting for approval.");
        assertThat(offered()).containsExactly("save", "approve", "reject", "reopen");

        editor.approve();
        assertThat(editor.statusProperty().get()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(offered()).containsExactly("markPaid", "reject", "reopen");
        assertThat(editor.editableProperty().get()).isFalse();

        editor.paidByProperty().set(PaymentMethod.CASH);
        editor.markPaid();
        assertThat(editor.statusProperty().get()).isEqualTo(ClaimStatus.PAID);
        assertThat(offered()).containsExactly("adjust");
        assertThat(editor.standingProperty().get()).isEqualTo("Status: Paid on 26 Nov 2026 by Cash, reference -.");
        assertThat(editor.messageProperty().get()).isEqualTo("Claim marked as paid.");
        assertThat(editor.audit()).extracting(ClaimEditorViewModel.AuditRow::what)
                .containsExactly("Claim entered", "Submitted", "Approved", "Paid");
        assertThat(editor.audit().getFirst().who()).isEqualTo(TestServices.USER);
    }

    private List<String> offered() {
        List<String> steps = new ArrayList<>();
        if (editor.canSaveProperty().get()) {
            steps.add("save");
        }
        if (editor.canSubmitProperty().get()) {
            steps.add("submit");
        }
        if (editor.canApproveProperty().get()) {
            steps.add("approve");
        }
        if (editor.canMarkPaidProperty().get()) {
            steps.add("markPaid");
        }
        if (editor.canRejectProperty().get()) {
            steps.add("reject");
        }
        if (editor.canReopenProperty().get()) {
            steps.add("reopen");
        }
        if (editor.canRemoveProperty().get()) {
            steps.add("remove");
        }
        if (editor.canAdjustProperty().get()) {
            steps.add("adjust");
        }
        return steps;
    }

    @Test
    void showsTheWeeklyLimitInPlainWordsBeforeApprovingAndApprovesOnlyWhenConfirmed() {
        test.services().paymentPreferences().save(samira,
                new PaymentPreferences(PaymentMethod.BANK_TRANSFER, false, EarningsLimit.ESA_PERMITTED_WORK, null));
        fillSteeringGroup("12/11/2026");
        line(1).feeUnitProperty().set(FeeUnit.DAYS);
        line(1).quantityProperty().set("2");
        editor.save();
        editor.submit();

        dialogs.answerConfirm(false);
        editor.approve();

        assertThat(dialogs.shown()).singleElement().satisfies(shown -> {
            assertThat(shown.kind()).isEqualTo("confirm");
            assertThat(shown.message()).contains("This fee takes Samira Okafor past the weekly limit they asked us "
                    + "to watch: £220.00 in the week 9-15 Nov 2026, limit £195.50.");
        });
        assertThat(editor.statusProperty().get()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(editor.messageProperty().get()).isEqualTo("Not approved: the claim is still waiting for approval.");

        dialogs.answerConfirm(true);
        editor.approve();
        assertThat(editor.statusProperty().get()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(editor.paidByProperty().get()).as("paid the way they like by default").isEqualTo(PaymentMethod.BANK_TRANSFER);
    }

    @Test
    void approvesWithoutAskingWhenNoLimitIsPassed() {
        fillSteeringGroup("12/11/2026");
        line(1).quantityProperty().set("2");
        editor.save();
        editor.submit();
        editor.approve();

        assertThat(dialogs.shown()).isEmpty();
        assertThat(editor.statusProperty().get()).isEqualTo(ClaimStatus.APPROVED);
    }

    @Test
    void notesTheTradingAllowanceInTheApprovalQuestion() {
        ApprovalWarnings warnings = new ApprovalWarnings(java.util.Optional.empty(), java.util.Optional.of(
                new ApprovalWarnings.AllowancePassed(org.fourpi.toolkit.common.money.TaxYear.starting(2026),
                        org.fourpi.toolkit.common.money.Money.of("1000.00"),
                        org.fourpi.toolkit.common.money.Money.of("1120.00"))));
        assertThat(editor.describe(warnings, "Samira Okafor")).startsWith("With this fee, Samira Okafor's fees in the "
                + "2026-27 tax year come to £1,120.00, more than the £1,000.00 trading allowance.");
    }

    @Test
    void asksBeforeLeavingUnsavedChangesAndStaysWhenTold() {
        editor.startNew();
        assertThat(editor.hasUnsavedChanges()).isFalse();
        editor.activityProperty().set("Steering group");
        assertThat(editor.hasUnsavedChanges()).isTrue();

        dialogs.answerConfirm(false);
        editor.close();
        assertThat(closedWith).isEmpty();
        assertThat(editor.activityProperty().get()).isEqualTo("Steering group");

        dialogs.answerConfirm(true);
        editor.close();
        assertThat(closedWith).containsExactly("");
        assertThat(editor.hasUnsavedChanges()).isFalse();
    }

    @Test
    void aSavedClaimHasNoUnsavedChangesUntilItIsChanged() {
        fillSteeringGroup("12/11/2026");
        line(1).quantityProperty().set("2");
        editor.save();
        assertThat(editor.hasUnsavedChanges()).isFalse();
        long id = editor.claimId().orElseThrow();

        editor.open(id);
        assertThat(editor.hasUnsavedChanges()).isFalse();
        assertThat(line(1).quantityProperty().get()).isEqualTo("2");
        line(1).quantityProperty().set("3");
        assertThat(editor.hasUnsavedChanges()).isTrue();
    }

    @Test
    void keepsAReceiptWithItsNameAndOpensIt() throws Exception {
        Path receipt = Files.write(files.resolve("ticket.pdf"), "%PDF-1.4 a ticket".getBytes());
        fillSteeringGroup("12/11/2026");
        line(1).categoryProperty().set(ClaimCategory.PUBLIC_TRANSPORT);
        line(1).amountProperty().set("7.80");
        dialogs.chooseFile(receipt);
        editor.attachReceipt(line(1));
        assertThat(line(1).receiptNameProperty().get()).isEqualTo("ticket.pdf");
        editor.save();

        assertThat(line(1).receiptProperty().get()).isInstanceOf(LineInput.Receipt.Kept.class);
        assertThat(line(1).receiptNameProperty().get()).isEqualTo("ticket.pdf");
        editor.openReceipt(line(1));
        assertThat(opened).singleElement().satisfies(path -> assertThat(Files.readString(path)).isEqualTo("%PDF-1.4 a ticket"));

        editor.removeReceipt(line(1));
        assertThat(line(1).hasReceiptProperty().get()).isFalse();
    }

    @Test
    void aPaidClaimIsReadOnlyAndTakesAnAdjustmentWithItsReason() {
        fillSteeringGroup("12/11/2026");
        line(1).quantityProperty().set("2");
        editor.save();
        editor.submit();
        editor.approve();
        editor.paidByProperty().set(PaymentMethod.CASH);
        editor.markPaid();

        editor.addLine();
        assertThat(editor.lines()).hasSize(1);
        assertThat(editor.save()).isFalse();

        editor.adjustment().categoryProperty().set(ClaimCategory.FEE);
        editor.adjustment().quantityProperty().set("1");
        editor.addAdjustment();
        assertThat(editor.messageProperty().get()).isEqualTo("Not done: Reason: please say why.");

        editor.adjustmentReasonProperty().set("The meeting ran an hour over");
        editor.addAdjustment();
        assertThat(editor.messageProperty().get()).isEqualTo("Adjustment added.");
        assertThat(editor.owedProperty().get()).isEqualTo("£60.00");
        assertThat(line(2).workedOutProperty().get()).isEqualTo("£20.00 (adjustment: The meeting ran an hour over)");
    }

    @Test
    void rejectsOnlyWithAReasonAndReopensAsADraft() {
        fillSteeringGroup("12/11/2026");
        line(1).quantityProperty().set("2");
        editor.save();
        editor.submit();

        editor.reject();
        assertThat(editor.statusProperty().get()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(editor.messageProperty().get()).contains("Reason: please say why.");

        editor.rejectReasonProperty().set("Claimed twice");
        editor.reject();
        assertThat(editor.standingProperty().get()).isEqualTo("Status: Rejected. To change it, reopen it as a draft first. The reason given: Claimed twice");

        editor.reopen();
        assertThat(editor.statusProperty().get()).isEqualTo(ClaimStatus.DRAFT);
    }

    @Test
    void removesADraftOnlyWhenConfirmed() {
        fillSteeringGroup("12/11/2026");
        line(1).quantityProperty().set("2");
        editor.save();

        dialogs.answerConfirm(false);
        editor.remove();
        assertThat(claims.list(ClaimFilter.ALL)).hasSize(1);

        dialogs.answerConfirm(true);
        editor.remove();
        assertThat(claims.list(ClaimFilter.ALL)).isEmpty();
        assertThat(closedWith).containsExactly("Draft removed.");
    }

    @Test
    void worksOutAKindOfActivityWithItsOwnFees() {
        test.services().paymentPolicy().saveActivityFees(LocalDate.of(2026, 4, 6), List.of(new ActivityFee("Interview panel",
                new FeeRates(org.fourpi.toolkit.common.money.Money.of("25.00"),
                        org.fourpi.toolkit.common.money.Money.of("70.00"),
                        org.fourpi.toolkit.common.money.Money.of("140.00")))));
        fillSteeringGroup("12/11/2026");
        assertThat(editor.activityTypes()).containsExactly("Interview panel");
        line(1).quantityProperty().set("2");
        assertThat(line(1).workedOutProperty().get()).isEqualTo("£40.00");
        editor.activityTypeProperty().set("Interview panel");
        assertThat(line(1).workedOutProperty().get()).isEqualTo("£50.00");
    }
}
