package org.fourpi.toolkit.glossary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fourpi.toolkit.common.db.Database;

/** The organisation's glossary: terms people may not know, each with a plain explanation. */
public final class GlossaryService {

    private final Database database;
    private final Clock clock;
    private final GlossaryRepository repository = new GlossaryRepository();

    public GlossaryService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Every term, in alphabetical order whatever its capitals. */
    public List<GlossaryTerm> list() {
        return repository.all(database.dsl());
    }

    /** How many terms the glossary explains. */
    public int count() {
        return repository.count(database.dsl());
    }

    /** The entry for a term, whatever its capitals and spaces at either end. */
    public Optional<GlossaryTerm> find(String term) {
        return repository.byKey(database.dsl(), GlossaryRules.key(term));
    }

    /**
     * Adds a term.
     *
     * @throws InvalidTermException when a field breaks the rules or the term is there already; nothing is saved then
     */
    public GlossaryTerm add(String term, String explanation) {
        return save(null, term, explanation);
    }

    /**
     * Changes a term or its explanation.
     *
     * @throws InvalidTermException     when a field breaks the rules or another entry has the term; nothing is saved then
     * @throws IllegalArgumentException when there is no entry with the id
     */
    public GlossaryTerm edit(long id, String term, String explanation) {
        return save(id, term, explanation);
    }

    /** Removes a term; returns false when it was not there. */
    public boolean remove(long id) {
        return database.transactionResult(db -> repository.delete(db, id));
    }

    private GlossaryTerm save(Long id, String term, String explanation) {
        Map<GlossaryField, GlossaryProblem> problems = GlossaryRules.check(term, explanation);
        if (!problems.isEmpty()) {
            throw new InvalidTermException(problems);
        }
        String cleanTerm = GlossaryRules.cleanTerm(term);
        String cleanExplanation = GlossaryRules.clean(explanation);
        String key = GlossaryRules.key(term);
        LocalDateTime now = LocalDateTime.now(clock);
        return database.transactionResult(db -> {
            Optional<GlossaryTerm> same = repository.byKey(db, key);
            if (same.isPresent() && (id == null || same.get().id() != id)) {
                throw new InvalidTermException(Map.of(GlossaryField.TERM, GlossaryProblem.ALREADY_THERE));
            }
            if (id == null) {
                return new GlossaryTerm(repository.insert(db, cleanTerm, key, cleanExplanation, now), cleanTerm,
                        cleanExplanation);
            }
            if (!repository.update(db, id, cleanTerm, key, cleanExplanation, now)) {
                throw new IllegalArgumentException("No glossary entry " + id);
            }
            return new GlossaryTerm(id, cleanTerm, cleanExplanation);
        });
    }
}
