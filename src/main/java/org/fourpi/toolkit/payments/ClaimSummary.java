package org.fourpi.toolkit.payments;

import java.time.LocalDate;

import org.fourpi.toolkit.common.money.Money;

/**
 * A claim as the claims list shows it.
 *
 * @param daysWaiting days since the activity for a claim still waiting for money, otherwise null
 */
public record ClaimSummary(
        long id,
        long personId,
        String personName,
        String activity,
        LocalDate activityDate,
        ClaimStatus status,
        LocalDate paidOn,
        Money owed,
        Money paidByOrganisation,
        Integer daysWaiting) {
}
