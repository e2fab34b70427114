package org.fourpi.toolkit.audit;

import java.util.List;

import org.jooq.DSLContext;

/**
 * Where services write what they changed, in the transaction of the change itself, so that a change
 * and its entry in the audit log are saved together or not at all.
 */
public interface AuditTrail {

    /** Writes the entries in the given transaction. */
    void record(DSLContext db, List<AuditChange> changes);

    default void record(DSLContext db, AuditChange change) {
        record(db, List.of(change));
    }

    /** Keeps nothing: for services built without an audit log, such as in tests of their own rules. */
    AuditTrail NONE = (db, changes) -> {
    };
}
