package org.fourpi.toolkit.payments;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.fourpi.toolkit.common.money.Money;

/**
 * A line as entered on a claim form. For fees, mileage and hourly care the program works out the
 * amount from {@code quantity} (and {@code feeUnit}, {@code passengers}); for costs it takes
 * {@code amount} as entered.
 *
 * @param receipt a receipt kept with the line: a new file to copy in, one already kept, or none
 */
public record LineInput(
        ClaimCategory category,
        String description,
        FeeUnit feeUnit,
        BigDecimal quantity,
        int passengers,
        Money amount,
        boolean paidByOrganisation,
        Receipt receipt) {

    public LineInput {
        description = description == null ? "" : description.strip();
        receipt = receipt == null ? Receipt.NONE : receipt;
    }

    /** A fee for so many hours, half days or days. */
    public static LineInput fee(FeeUnit unit, BigDecimal quantity) {
        return new LineInput(ClaimCategory.FEE, "", unit, quantity, 0, null, false, Receipt.NONE);
    }

    /** A car journey. */
    public static LineInput mileage(BigDecimal miles, int passengers) {
        return new LineInput(ClaimCategory.MILEAGE, "", null, miles, passengers, null, false, Receipt.NONE);
    }

    /** Childcare, a replacement carer or a support worker for so many hours. */
    public static LineInput hours(ClaimCategory category, BigDecimal hours) {
        return new LineInput(category, "", null, hours, 0, null, false, Receipt.NONE);
    }

    /** A cost as spent. */
    public static LineInput cost(ClaimCategory category, String description, Money amount) {
        return new LineInput(category, description, null, null, 0, amount, false, Receipt.NONE);
    }

    public LineInput paidByOrganisation(boolean paid) {
        return new LineInput(category, description, feeUnit, quantity, passengers, amount, paid, receipt);
    }

    public LineInput withReceipt(Receipt newReceipt) {
        return new LineInput(category, description, feeUnit, quantity, passengers, amount, paidByOrganisation,
                newReceipt);
    }

    /** A receipt on a line: a new file, one the program already keeps, or none. */
    public sealed interface Receipt {
        Receipt NONE = new None();

        /** No receipt. */
        record None() implements Receipt {
        }

        /** A file to copy into the program's store when the claim is saved. */
        record NewFile(Path file) implements Receipt {
        }

        /** A receipt already kept, carried over from the saved line. */
        record Kept(String storedName, String displayName) implements Receipt {
        }
    }
}
