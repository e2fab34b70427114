package org.fourpi.toolkit.meetings;

import java.util.List;

/**
 * An item on the agenda: what members are asked to do, who presents it, how long it takes, a short
 * summary in plain words, and its papers.
 *
 * @param minutes        the time set aside, or null
 * @param paperExpected  a paper is to come for this item, so the pack is not ready without one
 */
public record AgendaItem(String title, AgendaAsk ask, String presenter, Integer minutes, String laySummary,
                         boolean paperExpected, List<Paper> papers) {

    public AgendaItem {
        title = title == null ? "" : title.strip();
        presenter = presenter == null ? "" : presenter.strip();
        laySummary = laySummary == null ? "" : laySummary.strip();
        papers = List.copyOf(papers);
    }

    /** A paper for the item: a PDF kept by the program, and the name it was chosen under. */
    public record Paper(String storedFile, String fileName) {
    }

    public boolean missingPaper() {
        return paperExpected && papers.isEmpty();
    }
}
