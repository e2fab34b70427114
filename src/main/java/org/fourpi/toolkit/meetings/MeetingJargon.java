package org.fourpi.toolkit.meetings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.glossary.GlossaryService;
import org.fourpi.toolkit.glossary.JargonChecker;
import org.fourpi.toolkit.glossary.JargonReport;
import org.fourpi.toolkit.glossary.PdfText;
import org.fourpi.toolkit.glossary.TextPiece;
import org.fourpi.toolkit.glossary.UnexplainedTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what a meeting's pack will say (its purpose, the agenda, the lay summaries and the text of the
 * papers) against the glossary, to find the terms used and the jargon nobody has explained.
 */
public final class MeetingJargon {

    private static final Logger LOG = LoggerFactory.getLogger(MeetingJargon.class);

    private final GlossaryService glossary;
    private final PaperBytes paperBytes;
    private final Messages texts;

    /**
     * @param paperBytes the bytes of a kept paper (decrypted), from its stored name
     * @param texts      the words that say where a term was found
     */
    public MeetingJargon(GlossaryService glossary, PaperBytes paperBytes, Messages texts) {
        this.glossary = glossary;
        this.paperBytes = paperBytes;
        this.texts = texts;
    }

    /** The glossary terms used and the unexplained jargon in everything the pack will carry. */
    public JargonReport report(MeetingPlan plan) {
        List<TextPiece> pieces = new ArrayList<>();
        pieces.add(new TextPiece(texts.text("meetings.jargon.purpose"), plan.meeting().purpose()));
        int number = 0;
        for (AgendaItem item : plan.agenda()) {
            number++;
            pieces.add(new TextPiece(texts.text("meetings.jargon.item", number), item.title()));
            pieces.add(new TextPiece(texts.text("meetings.jargon.summary", number), item.laySummary()));
            for (AgendaItem.Paper paper : item.papers()) {
                try {
                    pieces.addAll(PdfText.pieces(paperBytes.read(paper.storedFile()), paper.storedFile(),
                            page -> texts.text("meetings.jargon.paperPage", paper.fileName(), page)));
                } catch (IOException e) {
                    // The file's name is left out: people name papers after people.
                    LOG.warn("The text of a paper could not be read for the jargon check", e);
                }
            }
        }
        return JargonChecker.check(pieces, glossary.list());
    }

    /** Reads a kept paper's bytes from its stored name. */
    @FunctionalInterface
    public interface PaperBytes {
        byte[] read(String storedName) throws IOException;
    }

    /** The unexplained terms alone, for the meeting's checks. */
    public List<String> unexplained(MeetingPlan plan) {
        return report(plan).unexplained().stream().map(UnexplainedTerm::term).toList();
    }
}
