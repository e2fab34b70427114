package org.fourpi.toolkit.payments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.ui.Messages;

/**
 * One line of a claim as it is typed: its category and only the figures its basis needs, a description,
 * whether the organisation paid it, its receipt, and the amount the program worked out for it.
 */
public final class ClaimLineViewModel {

    /** The line as read from the form, or the fields that could not be read, each named. */
    public record Read(LineInput line, List<String> problems) {
    }

    private final ObjectProperty<ClaimCategory> category = new SimpleObjectProperty<>(ClaimCategory.FEE);
    private final ObjectProperty<FeeUnit> feeUnit = new SimpleObjectProperty<>(FeeUnit.HOURS);
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty passengers = new SimpleStringProperty("0");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final BooleanProperty paidByOrganisation = new SimpleBooleanProperty();
    private final ObjectProperty<LineInput.Receipt> receipt = new SimpleObjectProperty<>(LineInput.Receipt.NONE);
    private final StringProperty workedOut = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanBinding fee;
    private final BooleanBinding mileage;
    private final BooleanBinding hourly;
    private final BooleanBinding atCost;
    private final StringBinding receiptName;
    private final BooleanBinding hasReceipt;

    public ClaimLineViewModel() {
        fee = basisIs(ClaimCategory.Basis.FEE);
        mileage = basisIs(ClaimCategory.Basis.MILEAGE);
        hourly = basisIs(ClaimCategory.Basis.HOURLY);
        atCost = basisIs(ClaimCategory.Basis.AT_COST);
        receiptName = Bindings.createStringBinding(() -> switch (receipt.get()) {
            case LineInput.Receipt.NewFile(var file) -> file.getFileName().toString();
            case LineInput.Receipt.Kept(var stored, var shown) -> shown;
            case LineInput.Receipt.None none -> "";
        }, receipt);
        hasReceipt = Bindings.createBooleanBinding(() -> !(receipt.get() instanceof LineInput.Receipt.None), receipt);
    }

    /** A line filled from a saved one. */
    public static ClaimLineViewModel of(ClaimLine saved) {
        ClaimLineViewModel line = new ClaimLineViewModel();
        LineInput in = saved.toInput();
        line.category.set(in.category());
        line.feeUnit.set(in.feeUnit() == null ? FeeUnit.HOURS : in.feeUnit());
        line.quantity.set(in.quantity() == null ? "" : in.quantity().stripTrailingZeros().toPlainString());
        line.passengers.set(Integer.toString(in.passengers()));
        line.amount.set(in.amount() == null ? "" : in.amount().toPlainString());
        line.description.set(in.description());
        line.paidByOrganisation.set(in.paidByOrganisation());
        line.receipt.set(in.receipt());
        return line;
    }

    private BooleanBinding basisIs(ClaimCategory.Basis basis) {
        return Bindings.createBooleanBinding(() -> category.get() != null && category.get().basis() == basis, category);
    }

    /** Calls {@code changed} whenever anything on the line that is typed or chosen changes. */
    void whenChanged(Runnable changed) {
        ChangeListener<Object> listener = (obs, old, now) -> changed.run();
        category.addListener(listener);
        feeUnit.addListener(listener);
        quantity.addListener(listener);
        passengers.addListener(listener);
        amount.addListener(listener);
        description.addListener(listener);
        paidByOrganisation.addListener(listener);
        receipt.addListener(listener);
    }

    /**
     * Reads the line; a figure that cannot be read is a problem naming its field.
     *
     * @param adjustment an adjustment may take money off, so a minus sign is allowed
     */
    Read read(Messages messages, boolean adjustment) {
        List<String> problems = new ArrayList<>();
        ClaimCategory what = category.get();
        if (what == null) {
            problems.add(messages.text("payments.claims.problem.category"));
            return new Read(null, problems);
        }
        BigDecimal number = null;
        int riders = 0;
        Money cost = null;
        switch (what.basis()) {
            case FEE -> number = number(quantity.get(), "payments.claims.field.feeQuantity", "2.5", messages, problems);
            case HOURLY -> number = number(quantity.get(), "payments.claims.field.hours", "2.5", messages, problems);
            case MILEAGE -> {
                number = number(quantity.get(), "payments.claims.field.miles", "12.5", messages, problems);
                String text = passengers.get() == null ? "" : passengers.get().strip();
                if (text.isEmpty()) {
                    riders = 0;
                } else if (text.matches("\\d{1,2}")) {
                    riders = Integer.parseInt(text);
                } else {
                    problems.add(messages.text("payments.claim.problem.PASSENGERS_OUT_OF_RANGE"));
                }
            }
            case AT_COST -> {
                String text = amount.get() == null ? "" : amount.get().strip();
                if (!text.isEmpty()) {
                    BigDecimal value = RateRules.parseAmount(text);
                    if (value == null || value.stripTrailingZeros().scale() > 2) {
                        problems.add(messages.text("payments.claims.problem.notAnAmount"));
                    } else {
                        cost = Money.of(value);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Read(null, problems);
        }
        return new Read(new LineInput(what, description.get(), what.basis() == ClaimCategory.Basis.FEE ? feeUnit.get() : null,
                what.basis() == ClaimCategory.Basis.AT_COST ? null : number, riders, cost,
                paidByOrganisation.get(), receipt.get()), List.of());
    }

    private static BigDecimal number(String typed, String fieldKey, String example, Messages messages,
                                     List<String> problems) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null; // the rules name a missing figure
        }
        if (!text.matches("-?\\d{1,6}(\\.\\d+)?")) {
            problems.add(messages.text("payments.claims.problem.notANumber", messages.text(fieldKey), example));
            return null;
        }
        return new BigDecimal(text);
    }

    public ObjectProperty<ClaimCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<FeeUnit> feeUnitProperty() {
        return feeUnit;
    }

    /** Hours, half days or days for a fee; miles for mileage; hours for care. */
    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty passengersProperty() {
        return passengers;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public BooleanProperty paidByOrganisationProperty() {
        return paidByOrganisation;
    }

    public ObjectProperty<LineInput.Receipt> receiptProperty() {
        return receipt;
    }

    public StringBinding receiptNameProperty() {
        return receiptName;
    }

    public BooleanBinding hasReceiptProperty() {
        return hasReceipt;
    }

    /** The amount the program worked out, in words, such as "£40.00", or why not yet. */
    public StringProperty workedOutProperty() {
        return workedOut;
    }

    /** What is wrong with this line, one sentence each, or empty. */
    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanBinding feeProperty() {
        return fee;
    }

    public BooleanBinding mileageProperty() {
        return mileage;
    }

    public BooleanBinding hourlyProperty() {
        return hourly;
    }

    public BooleanBinding atCostProperty() {
        return atCost;
    }
}
