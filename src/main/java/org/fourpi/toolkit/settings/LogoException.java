package org.fourpi.toolkit.settings;

/** A file chosen as the logo cannot be used. */
public final class LogoException extends RuntimeException {

    /** What is wrong with the file. */
    public enum Problem {
        TOO_LARGE,
        NOT_AN_IMAGE,
        UNREADABLE,
        /** It starts like an image but the rest is missing or broken. */
        DAMAGED,
        /** It claims more pixels than a logo could need. */
        TOO_MANY_PIXELS,
        /** A folder, a device or a pipe rather than a file. */
        NOT_A_FILE
    }

    private final Problem problem;

    public LogoException(Problem problem) {
        this(problem, null);
    }

    public LogoException(Problem problem, Throwable cause) {
        super(problem.name(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
