package org.fourpi.toolkit.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One statement as the wizard shows it: the agreed rating, each participant's own rating, the
 * evidence noted, whether it is a priority, and what the program's records show.
 */
public final class WizardIndicator {

    private final Indicator indicator;
    private final ObjectProperty<Rating> agreed = new SimpleObjectProperty<>();
    private final Map<Long, ObjectProperty<Rating>> own = new LinkedHashMap<>();
    private final StringProperty evidence = new SimpleStringProperty("");
    private final BooleanProperty priority = new SimpleBooleanProperty();
    private final List<String> figures;
    private String savedEvidence = "";

    WizardIndicator(Indicator indicator, List<String> figures) {
        this.indicator = indicator;
        this.figures = List.copyOf(figures);
    }

    public Indicator indicator() {
        return indicator;
    }

    public String code() {
        return indicator.code();
    }

    /** The agreed rating, or null while there is none. */
    public ObjectProperty<Rating> agreedProperty() {
        return agreed;
    }

    /** One participant's own rating, or null while they have not given one. */
    public ObjectProperty<Rating> ownProperty(long participantId) {
        return own.computeIfAbsent(participantId, id -> new SimpleObjectProperty<>());
    }

    public StringProperty evidenceProperty() {
        return evidence;
    }

    public BooleanProperty priorityProperty() {
        return priority;
    }

    /** "What your records show": sentences from the program's own records; empty when there are none. */
    public List<String> figures() {
        return figures;
    }

    String savedEvidence() {
        return savedEvidence;
    }

    void evidenceSaved(String text) {
        savedEvidence = text;
    }

    boolean evidenceChanged() {
        return !AssessmentRules.clean(evidence.get()).equals(AssessmentRules.clean(savedEvidence));
    }
}
