package org.fourpi.toolkit.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.fourpi.toolkit.common.files.ReplacedFile;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;

/**
 * Response forms, so service users, carers and staff can give their own ratings away from the group:
 * a personal .xlsx form per participant, and reading filled forms back, checked before anything is
 * saved. Each person's answers are saved all or none.
 */
public final class ResponseFormService {

    /** Longest a person's name may be in a file name. */
    private static final int MAX_NAME_IN_FILE = 80;

    private final AssessmentService assessments;
    private final Supplier<String> organisationName;
    private final Messages messages;
    private final ResponseFormWorkbook workbook;
    private final ResponseFormReader reader = new ResponseFormReader();

    /** @param organisationName the organisation's name from its profile, or empty when not given */
    public ResponseFormService(AssessmentService assessments, Supplier<String> organisationName, Messages messages) {
        this.assessments = assessments;
        this.organisationName = organisationName;
        this.messages = messages;
        this.workbook = new ResponseFormWorkbook(messages);
    }

    /** What goes on one participant's form. */
    public ResponseForm form(long assessmentId, long participantId) {
        Assessment assessment = assessments.find(assessmentId)
                .orElseThrow(() -> new IllegalArgumentException("No assessment " + assessmentId));
        Participant participant = assessment.participant(participantId)
                .orElseThrow(() -> new IllegalArgumentException("No participant " + participantId));
        String organisation = organisationName.get();
        return new ResponseForm(organisation == null ? "" : organisation, assessment, participant,
                assessments.frameworkOf(assessment));
    }

    /** "4PI response form - Ada Lovelace.xlsx": the person's name made safe for any computer's files. */
    public String fileName(String personName, String ending) {
        return messages.text("assessment.forms.fileName", safeName(personName)) + ending;
    }

    static String safeName(String name) {
        String safe = (name == null ? "" : name).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ")
                .replaceAll("\\s+", " ").strip();
        safe = safe.replaceAll("^[. ]+|[. ]+$", "");
        if (safe.length() > MAX_NAME_IN_FILE) {
            safe = safe.substring(0, MAX_NAME_IN_FILE).strip();
        }
        return safe.isEmpty() ? "-" : safe;
    }

    /**
     * Writes one participant's form, replacing any file of that name.
     *
     * @throws UncheckedIOException when the file cannot be written; no half-written file is left
     */
    public void writeForm(long assessmentId, long participantId, Path file) {
        write(form(assessmentId, participantId), file);
    }

    private void write(ResponseForm form, Path file) {
        try {
            ReplacedFile.write(file, ".response-form-", temp -> workbook.write(form, temp));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The forms written for everyone, and how many there were to write. */
    public record Written(List<Path> files, int total) {
        public Written {
            files = List.copyOf(files);
        }

        public boolean stoppedEarly() {
            return files.size() < total;
        }
    }

    /**
     * Writes a form for everyone taking part into a folder, one file each named after the person. Stops
     * between forms when asked; the forms already written stay.
     *
     * @throws UncheckedIOException when a file cannot be written
     */
    public Written writeForms(long assessmentId, Path folder, Progress progress) {
        Assessment assessment = assessments.find(assessmentId)
                .orElseThrow(() -> new IllegalArgumentException("No assessment " + assessmentId));
        List<Participant> people = assessment.participants();
        List<Path> files = formFiles(people, folder);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            if (progress.isCancelRequested()) {
                return new Written(written, people.size());
            }
            Participant person = people.get(i);
            progress.update(written.size(), people.size(),
                    messages.text("assessment.forms.progress.writing", person.name()));
            write(form(assessmentId, person.id()), files.get(i));
            written.add(files.get(i));
        }
        progress.update(written.size(), people.size(), messages.text("assessment.forms.progress.written"));
        return new Written(written, people.size());
    }

    /**
     * The forms already in a folder that saving everyone's forms there would replace, so a filled form
     * kept under its first name is not lost without asking.
     */
    public List<Path> formsAlreadyIn(long assessmentId, Path folder) {
        Assessment assessment = assessments.find(assessmentId)
                .orElseThrow(() -> new IllegalArgumentException("No assessment " + assessmentId));
        return formFiles(assessment.participants(), folder).stream().filter(Files::exists).toList();
    }

    /** One file per person, named after them; two people of the same name get "(2)" and so on. */
    private List<Path> formFiles(List<Participant> people, Path folder) {
        Set<String> used = new HashSet<>();
        List<Path> files = new ArrayList<>();
        for (Participant person : people) {
            String name = fileName(person.name(), ".xlsx");
            for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = fileName(person.name() + " (" + n + ")", ".xlsx");
            }
            files.add(folder.resolve(name));
        }
        return files;
    }

    /**
     * Reads filled forms and checks each against the assessment, saving nothing.
     *
     * @throws CancellationException when the progress asked to stop
     */
    public ResponseFormPreview preview(long assessmentId, List<Path> files, Progress progress) {
        Assessment assessment = assessments.find(assessmentId)
                .orElseThrow(() -> new IllegalArgumentException("No assessment " + assessmentId));
        Framework framework = assessments.frameworkOf(assessment);
        List<ResponseFormCheck> checks = new ArrayList<>();
        for (Path file : files) {
            if (progress.isCancelRequested()) {
                throw new CancellationException();
            }
            progress.update(checks.size(), files.size(), messages.text("assessment.forms.progress.reading",
                    fileNameOf(file)));
            checks.add(check(assessment, framework, file));
        }
        progress.update(files.size(), files.size(), "");
        return new ResponseFormPreview(assessmentId, assessment.title(), refuseDuplicates(checks));
    }

    private ResponseFormCheck check(Assessment assessment, Framework framework, Path file) {
        String fileName = fileNameOf(file);
        ResponseFormReader.Contents contents;
        try {
            contents = reader.read(file);
        } catch (ResponseFormReader.RefusedException e) {
            return refused(file, messages.text("assessment.forms.problem." + e.refusal().name(), fileName));
        }
        Map<String, String> details = contents.details();
        Optional<Long> assessmentId = number(details.get("assessment"));
        Optional<Long> participantId = number(details.get("participant"));
        Optional<Long> frameworkVersion = number(details.get("framework"));
        List<String> codes = contents.lines().stream().map(ResponseFormReader.Line::code).toList();
        if (!ResponseFormWorkbook.MARKER.equals(details.get("form"))
                || !ResponseFormWorkbook.LAYOUT_VERSION.equals(details.get("layout"))
                || assessmentId.isEmpty() || participantId.isEmpty() || frameworkVersion.isEmpty()
                || !ResponseFormWorkbook.check(assessmentId.get(), participantId.get(),
                        frameworkVersion.get().intValue(), codes).equals(details.get("check"))) {
            return refused(file, messages.text("assessment.forms.problem.NOT_A_FORM", fileName));
        }
        if (assessmentId.get() != assessment.id()) {
            return refused(file, assessments.find(assessmentId.get())
                    .map(other -> messages.text("assessment.forms.problem.otherAssessment", fileName, other.title()))
                    .orElseGet(() -> messages.text("assessment.forms.problem.deletedAssessment", fileName)));
        }
        Optional<Participant> participant = assessment.participant(participantId.get());
        if (participant.isEmpty()) {
            return refused(file, messages.text("assessment.forms.problem.notTakingPart", fileName));
        }
        String person = participant.get().name();
        String whose = messages.text("assessment.forms.whose", person);
        List<String> problems = new ArrayList<>();
        if (assessment.status() != AssessmentStatus.IN_PROGRESS) {
            problems.add(messages.text("assessment.forms.problem.completed", fileName));
        }
        Map<String, Rating> ratings = new LinkedHashMap<>();
        List<ResponseFormComment> comments = new ArrayList<>();
        for (ResponseFormReader.Line line : contents.lines()) {
            Optional<Indicator> indicator = framework.indicator(line.code());
            if (indicator.isEmpty()) {
                return refused(file, messages.text("assessment.forms.problem.NOT_A_FORM", fileName));
            }
            String answer = line.answer() == null ? "" : line.answer().strip();
            if (!answer.isEmpty()) {
                Optional<Rating> rating = answer(framework, answer);
                if (rating.isPresent()) {
                    ratings.put(line.code(), rating.get());
                } else {
                    problems.add(messages.text("assessment.forms.problem.notOnList", whose, fileName, line.row(),
                            column(ResponseFormWorkbook.ANSWER_COLUMN), shorten(answer)));
                }
            }
            String comment = line.comment() == null ? "" : line.comment().strip();
            if (!comment.isEmpty()) {
                comments.add(new ResponseFormComment(line.row(), line.code(), indicator.get().statement(), comment));
            }
        }
        return new ResponseFormCheck(file, person, participantId.get(), ratings, problems, comments);
    }

    /** Two forms for one person cannot both be right, so neither is saved until one is chosen. */
    private List<ResponseFormCheck> refuseDuplicates(List<ResponseFormCheck> checks) {
        Map<Long, List<ResponseFormCheck>> byPerson = checks.stream().filter(c -> c.participantId() != null)
                .collect(Collectors.groupingBy(ResponseFormCheck::participantId));
        return checks.stream().map(c -> {
            List<ResponseFormCheck> same = c.participantId() == null ? List.of() : byPerson.get(c.participantId());
            if (same.size() < 2) {
                return c;
            }
            List<String> problems = new ArrayList<>(c.problems());
            problems.add(messages.text("assessment.forms.problem.twice", c.fileName(), c.personName(),
                    same.stream().map(ResponseFormCheck::fileName).collect(Collectors.joining(", "))));
            return new ResponseFormCheck(c.file(), c.personName(), c.participantId(), c.ratings(), problems,
                    c.comments());
        }).toList();
    }

    /**
     * Saves the answers of every form that had no problems, each person's all or none. Blank answers
     * leave what was there before.
     */
    public ResponseFormSaved save(ResponseFormPreview preview) {
        List<ResponseFormSaved.Person> saved = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (ResponseFormCheck form : preview.savable()) {
            try {
                if (!form.ratings().isEmpty()) {
                    assessments.importOwnRatings(preview.assessmentId(), form.participantId(), form.ratings());
                }
                saved.add(new ResponseFormSaved.Person(form.personName(), form.ratings().size()));
            } catch (IllegalStateException | IllegalArgumentException e) {
                refused.add(messages.text("assessment.forms.problem.notSaved", form.fileName(), form.personName()));
            }
        }
        return new ResponseFormSaved(saved, refused);
    }

    /** An answer as a person could give it: "3 Some progress", "3", "Some progress" or "Don't know". */
    static Optional<Rating> answer(Framework framework, String text) {
        String given = normal(text);
        for (ScaleEntry entry : framework.scale()) {
            if (given.equals(normal(ResponseFormWorkbook.answerLabel(entry))) || given.equals(normal(entry.label()))
                    || entry.rating().isScore() && given.equals(entry.rating().code())) {
                return Optional.of(entry.rating());
            }
        }
        return Optional.empty();
    }

    private static String normal(String text) {
        return text.strip().replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ")
                .toLowerCase(Locale.UK);
    }

    private ResponseFormCheck refused(Path file, String problem) {
        return new ResponseFormCheck(file, "", null, Map.of(), List.of(problem), List.of());
    }

    private static Optional<Long> number(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "\u2026" : oneLine;
    }

    static String column(int index) {
        return String.valueOf((char) ('A' + index));
    }

    private static String fileNameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
