package org.fourpi.toolkit.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.ui.Messages;

/** A statement in words, the same on the screen and in the PDF: its lines, its year and its totals. */
final class StatementWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    /** One line of a statement as text, column by column. */
    record Line(String date, String activity, String whatFor, String quantity, String amount, String status,
                String paidOn) {
    }

    private final Messages messages;

    StatementWords(Messages messages) {
        this.messages = messages;
    }

    /** "2026-27 (6 April 2026 to 5 April 2027)". */
    String year(TaxYear year) {
        return messages.text("payments.statement.year", year.label(), LONG_DAY.format(year.start()),
                LONG_DAY.format(year.end()));
    }

    /** How the lines were chosen. */
    String basis(TaxYear year) {
        return messages.text("payments.statement.basis", LONG_DAY.format(year.start()), LONG_DAY.format(year.end()));
    }

    String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    String longDay(LocalDate date) {
        return LONG_DAY.format(date);
    }

    String money(Money amount) {
        return amount.format(Locale.UK);
    }

    Line line(LedgerLine line) {
        StringBuilder whatFor = new StringBuilder(messages.text(line.category().labelKey()));
        if (!line.description().isEmpty()) {
            whatFor.append(": ").append(line.description());
        }
        if (line.paidByOrganisation()) {
            whatFor.append(' ').append(messages.text("payments.statement.paidByUsNote"));
        }
        if (line.isAdjustment()) {
            whatFor.append(". ").append(messages.text("payments.statement.adjustment", line.adjustmentReason()));
        }
        return new Line(day(line.activityDate()), line.activity(), whatFor.toString(), quantity(line),
                money(line.amount()), messages.text(line.status().labelKey()), day(line.paidOn()));
    }

    /** "2.5 hours", "12 miles", or empty for a cost. */
    String quantity(LedgerLine line) {
        BigDecimal quantity = line.quantity();
        if (quantity == null) {
            return "";
        }
        String unit = line.feeUnit() != null ? line.feeUnit().name()
                : line.category() == ClaimCategory.MILEAGE ? "MILES" : "HOURS";
        return messages.text("payments.statement.quantity." + unit, quantity.stripTrailingZeros());
    }

    /** The totals as sentences, in the order the statement shows them. */
    List<String> totals(PaymentStatement statement) {
        return List.of(
                messages.text("payments.statement.total.fees", money(statement.fees())),
                messages.text("payments.statement.total.expenses", money(statement.expenses())),
                messages.text("payments.statement.total.owed", money(statement.owed()), money(statement.paid()),
                        money(statement.toPay())),
                messages.text("payments.statement.total.paidByUs", money(statement.paidByOrganisation())));
    }

    /** Fees are income; expenses paid back are not earnings. */
    String taxNote() {
        return messages.text("payments.statement.taxNote");
    }
}
