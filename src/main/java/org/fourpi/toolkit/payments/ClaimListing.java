package org.fourpi.toolkit.payments;

import java.util.List;

import org.fourpi.toolkit.common.money.Money;

/**
 * The start of the claims list for a filter: the claims to show, how many match in all, and what all
 * of those come to, so the totals stay right when only some are shown.
 *
 * @param claims             the first claims in the list's order, at most the number asked for
 * @param matching           how many claims match the filter
 * @param owed               owed to people, over every matching claim
 * @param paidByOrganisation paid by the organisation, over every matching claim
 */
public record ClaimListing(List<ClaimSummary> claims, int matching, Money owed, Money paidByOrganisation) {

    public ClaimListing {
        claims = List.copyOf(claims);
    }

    /** The whole list, with its totals added up from its claims. */
    public static ClaimListing whole(List<ClaimSummary> claims) {
        Money owed = Money.ZERO;
        Money byOrganisation = Money.ZERO;
        for (ClaimSummary claim : claims) {
            owed = owed.plus(claim.owed());
            byOrganisation = byOrganisation.plus(claim.paidByOrganisation());
        }
        return new ClaimListing(claims, claims.size(), owed, byOrganisation);
    }

    /** Whether every matching claim is among those to show. */
    public boolean complete() {
        return claims.size() >= matching;
    }
}
