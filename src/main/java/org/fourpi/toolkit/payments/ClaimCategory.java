package org.fourpi.toolkit.payments;

import org.fourpi.toolkit.common.text.Labelled;

/** What a line of a claim is for, and how its amount is found. */
public enum ClaimCategory implements Labelled {
    FEE(Basis.FEE),
    PUBLIC_TRANSPORT(Basis.AT_COST),
    MILEAGE(Basis.MILEAGE),
    TAXI(Basis.AT_COST),
    PARKING(Basis.AT_COST),
    SUBSISTENCE(Basis.AT_COST),
    CHILDCARE(Basis.HOURLY),
    REPLACEMENT_CARER(Basis.HOURLY),
    SUPPORT_WORKER(Basis.HOURLY),
    INTERPRETER(Basis.AT_COST),
    OTHER(Basis.AT_COST);

    /** How the amount of a line is found. */
    public enum Basis {
        /** From the fee rates for the activity and the hours, half days or days. */
        FEE,
        /** From the miles, the passengers and the miles already claimed in the tax year. */
        MILEAGE,
        /** From the hours and the hourly rate for the kind of care. */
        HOURLY,
        /** What was spent, as entered. */
        AT_COST
    }

    private final Basis basis;

    ClaimCategory(Basis basis) {
        this.basis = basis;
    }

    public Basis basis() {
        return basis;
    }

    /** Fees are income (earnings for benefits and tax); everything else pays back a cost. */
    public boolean isFee() {
        return this == FEE;
    }

    @Override
    public String labelKey() {
        return "payments.category." + name();
    }
}
