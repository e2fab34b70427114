package org.fourpi.toolkit.common.ui;

/**
 * Handed to long work so it can report how far it has got and notice a request to stop. Work
 * stops itself between steps; it is never interrupted, because interrupting a thread inside the
 * database can damage the file.
 */
public interface Progress {

    /** Reports that {@code done} of {@code total} steps are finished, with a short plain message. */
    void update(long done, long total, String message);

    /** True once somebody has asked the work to stop; the work checks it between steps. */
    boolean isCancelRequested();

    /** A progress that reports nowhere, for work run outside a window. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
            // Nobody is watching.
        }

        @Override
        public boolean isCancelRequested() {
            return false;
        }
    };
}
