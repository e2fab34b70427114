package org.fourpi.toolkit.people;

/** A file chosen as a person's document was not kept: it is empty, not a file, or not what its name says. */
public final class InvalidDocumentException extends RuntimeException {

    /** What is wrong with the file; each has a message key taking the file's name. */
    public enum Problem {
        EMPTY,
        NOT_A_FILE,
        NOT_A_PDF,
        NOT_A_WORD_DOCUMENT,
        NOT_AN_OPEN_DOCUMENT,
        NOT_RICH_TEXT,
        NOT_TEXT,
        NOT_AS_NAMED;

        public String messageKey() {
            return "people.record.document.problem." + name();
        }
    }

    private final Problem problem;

    public InvalidDocumentException(Problem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
