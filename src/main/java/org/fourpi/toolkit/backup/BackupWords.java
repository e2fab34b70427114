package org.fourpi.toolkit.backup;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.fourpi.toolkit.common.ui.Messages;

/** A backup's preview in words, the same in the window and on the command line. */
public final class BackupWords {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private BackupWords() {
    }

    /** What the backup holds, when and by which version it was made. */
    public static String describe(BackupPreview preview, Messages messages) {
        BackupCounts c = preview.counts();
        return messages.text("backup.preview", WHEN.format(preview.madeAt()),
                messages.text("backup.kind." + preview.kind().name()), preview.programVersion()) + "\n"
                + messages.text("backup.preview.holds", c.people(), c.meetings(), c.claims(), c.assessments(),
                c.attachments());
    }

    /** What the data holds now, to set beside the backup's. */
    public static String now(BackupCounts now, Messages messages) {
        return messages.text("backup.preview.now", now.people(), now.meetings(), now.claims(), now.assessments(),
                now.attachments());
    }
}
