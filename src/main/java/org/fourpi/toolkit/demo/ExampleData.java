package org.fourpi.toolkit.demo;

/** One feature's fictional example records, added to an empty data folder so newcomers can explore. */
public interface ExampleData {

    /** True when this feature already holds records of its own, so the folder is not empty. */
    boolean hasRecords();

    /** Adds the example records. */
    void add();
}
