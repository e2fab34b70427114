package org.fourpi.toolkit.payments;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.fourpi.toolkit.common.money.Money;

/**
 * A saved claim: what one person is owed for one activity, its lines, and where it stands.
 *
 * @param activityType the kind of activity whose fee rates apply, or empty for the general fees
 * @param meetingId    the meeting the claim is for, or null
 */
public record Claim(
        long id,
        long personId,
        String personName,
        String activity,
        String activityType,
        LocalDate activityDate,
        ClaimStatus status,
        LocalDate submittedOn,
        LocalDate approvedOn,
        LocalDate paidOn,
        PaymentMethod paymentMethod,
        String paymentReference,
        String rejectedReason,
        String notes,
        List<ClaimLine> lines,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        Long meetingId) {

    public Claim {
        lines = List.copyOf(lines);
    }

    /** What the person is owed: every line they paid for themselves, adjustments included. */
    public Money owed() {
        return lines.stream().map(ClaimLine::owed).reduce(Money.ZERO, Money::plus);
    }

    /** What the organisation paid directly (travel it booked). */
    public Money paidByOrganisation() {
        return lines.stream().filter(ClaimLine::paidByOrganisation).map(ClaimLine::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    /** The whole cost of the person's involvement in the activity. */
    public Money totalCost() {
        return lines.stream().map(ClaimLine::amount).reduce(Money.ZERO, Money::plus);
    }

    /** The fees in the claim (income for the person), adjustments to fees included. */
    public Money fees() {
        return lines.stream().filter(l -> l.category().isFee()).map(ClaimLine::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    /** The claim as it was entered, to edit it further. */
    public ClaimDraft toDraft() {
        return new ClaimDraft(personId, activity, activityType, activityDate, notes,
                lines.stream().filter(l -> !l.isAdjustment()).map(ClaimLine::toInput).toList(), meetingId);
    }
}
