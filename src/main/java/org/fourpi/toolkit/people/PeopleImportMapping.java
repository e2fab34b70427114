package org.fourpi.toolkit.people;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which spreadsheet column fills which part of a person's record: column indexes (0 for column A)
 * to columns of the record. Immutable; each part is filled from one column at most, and a column
 * left out is ignored.
 */
public final class PeopleImportMapping {

    private final Map<Integer, PeopleImportColumn> byIndex;

    private PeopleImportMapping(Map<Integer, PeopleImportColumn> byIndex) {
        this.byIndex = Collections.unmodifiableMap(new TreeMap<>(byIndex));
    }

    /**
     * A mapping from column indexes to the parts they fill.
     *
     * @throws IllegalArgumentException when an index is negative or two columns fill the same part
     */
    public static PeopleImportMapping of(Map<Integer, PeopleImportColumn> byIndex) {
        Map<Integer, PeopleImportColumn> copy = new TreeMap<>();
        byIndex.forEach((index, column) -> {
            if (index == null || index < 0 || column == null) {
                throw new IllegalArgumentException("Not a column: " + index + " -> " + column);
            }
            if (copy.containsValue(column)) {
                throw new IllegalArgumentException(column + " is filled from two columns");
            }
            copy.put(index, column);
        });
        return new PeopleImportMapping(copy);
    }

    public static PeopleImportMapping empty() {
        return new PeopleImportMapping(Map.of());
    }

    /** This mapping with the column at {@code index} filling {@code column}, and no other column filling it. */
    public PeopleImportMapping with(int index, PeopleImportColumn column) {
        Map<Integer, PeopleImportColumn> copy = new TreeMap<>(byIndex);
        copy.values().remove(column);
        copy.put(index, column);
        return of(copy);
    }

    /** This mapping with the column at {@code index} ignored. */
    public PeopleImportMapping without(int index) {
        Map<Integer, PeopleImportColumn> copy = new TreeMap<>(byIndex);
        copy.remove(index);
        return new PeopleImportMapping(copy);
    }

    public Optional<PeopleImportColumn> columnAt(int index) {
        return Optional.ofNullable(byIndex.get(index));
    }

    /** The index of the column that fills {@code column}, if any. */
    public Optional<Integer> indexOf(PeopleImportColumn column) {
        return byIndex.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey).findFirst();
    }

    public boolean fills(PeopleImportColumn column) {
        return byIndex.containsValue(column);
    }

    /** Column indexes to the parts they fill, in column order. */
    public Map<Integer, PeopleImportColumn> asMap() {
        return byIndex;
    }

    /** Written as "0=FIRST_NAME;3=EMAIL", to be remembered. */
    String encode() {
        StringBuilder text = new StringBuilder();
        byIndex.forEach((index, column) -> text.append(text.isEmpty() ? "" : ";").append(index).append('=')
                .append(column.name()));
        return text.toString();
    }

    /** Reads what {@link #encode()} wrote; anything it does not recognise is left out. */
    static PeopleImportMapping decode(String text, int columnCount) {
        Map<Integer, PeopleImportColumn> map = new TreeMap<>();
        for (String pair : text.split(";")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2) {
                continue;
            }
            try {
                int index = Integer.parseInt(parts[0].strip());
                PeopleImportColumn column = PeopleImportColumn.valueOf(parts[1].strip());
                if (index >= 0 && index < columnCount && !map.containsValue(column)) {
                    map.put(index, column);
                }
            } catch (IllegalArgumentException e) {
                // A remembered choice from another version: ignore it and guess again.
            }
        }
        return new PeopleImportMapping(map);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PeopleImportMapping that && byIndex.equals(that.byIndex);
    }

    @Override
    public int hashCode() {
        return byIndex.hashCode();
    }

    @Override
    public String toString() {
        return encode();
    }
}
