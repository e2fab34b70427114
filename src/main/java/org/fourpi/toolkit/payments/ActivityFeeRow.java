package org.fourpi.toolkit.payments;

import java.util.EnumMap;
import java.util.Map;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One row of the fees-for-activities form as typed: a name and three amounts, with their problems. */
public final class ActivityFeeRow {

    private final Map<ActivityFeeField, StringProperty> values = new EnumMap<>(ActivityFeeField.class);
    private final Map<ActivityFeeField, StringProperty> errors = new EnumMap<>(ActivityFeeField.class);
    private final StringProperty problems = new SimpleStringProperty("");

    ActivityFeeRow(String name, String hourly, String halfDay, String day) {
        for (ActivityFeeField field : ActivityFeeField.values()) {
            values.put(field, new SimpleStringProperty(""));
            errors.put(field, new SimpleStringProperty(""));
        }
        values.get(ActivityFeeField.NAME).set(name);
        values.get(ActivityFeeField.HOURLY).set(hourly);
        values.get(ActivityFeeField.HALF_DAY).set(halfDay);
        values.get(ActivityFeeField.DAY).set(day);
    }

    public StringProperty value(ActivityFeeField field) {
        return values.get(field);
    }

    /** The problem with one field, empty when it is fine. */
    public ReadOnlyStringProperty error(ActivityFeeField field) {
        return errors.get(field);
    }

    /** Every problem in the row as sentences, empty when it is fine. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems;
    }

    Map<ActivityFeeField, String> typed() {
        Map<ActivityFeeField, String> typed = new EnumMap<>(ActivityFeeField.class);
        values.forEach((field, value) -> typed.put(field, value.get()));
        return typed;
    }

    void showErrors(Map<ActivityFeeField, String> byField) {
        errors.forEach((field, error) -> error.set(byField.getOrDefault(field, "")));
        problems.set(String.join(" ", byField.values()));
    }
}
