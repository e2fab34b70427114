package org.fourpi.toolkit.assessment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One filled-in form as read before anything is saved: whose it is, its answers, and every problem
 * found in it. A form with any problem is not saved at all.
 *
 * @param personName    whose form it is, or empty when that cannot be told
 * @param participantId the participant it belongs to, or null when it cannot be saved for anyone
 * @param ratings       the answers given, by indicator code; blank answers are left out
 * @param problems      plain sentences naming the file, and the row and column where there is one
 */
public record ResponseFormCheck(Path file, String personName, Long participantId, Map<String, Rating> ratings,
                                List<String> problems, List<ResponseFormComment> comments) {

    public ResponseFormCheck {
        ratings = Map.copyOf(ratings);
        problems = List.copyOf(problems);
        comments = List.copyOf(comments);
    }

    /** The file's name without its folder. */
    public String fileName() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** True when the answers can be saved as they are. */
    public boolean canSave() {
        return problems.isEmpty() && participantId != null;
    }
}
