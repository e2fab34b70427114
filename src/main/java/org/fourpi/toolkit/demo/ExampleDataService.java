package org.fourpi.toolkit.demo;

import java.util.List;

/** Fills an empty data folder with a fictional organisation, feature by feature. */
public final class ExampleDataService {

    /** The data folder already holds records; example data is only added to an empty one. */
    public static final class NotEmptyException extends RuntimeException {
        public NotEmptyException() {
            super("The data folder already holds records");
        }
    }

    private final List<ExampleData> features;

    public ExampleDataService(List<ExampleData> features) {
        this.features = List.copyOf(features);
    }

    public boolean isEmpty() {
        return features.stream().noneMatch(ExampleData::hasRecords);
    }

    /**
     * Adds every feature's example records.
     *
     * @throws NotEmptyException when any feature already holds records; nothing is added then
     */
    public void fill() {
        if (!isEmpty()) {
            throw new NotEmptyException();
        }
        features.forEach(ExampleData::add);
    }
}
