package org.fourpi.toolkit;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.fourpi.toolkit.assessment.AssessmentExportService;
import org.fourpi.toolkit.audit.AuditExportService;
import org.fourpi.toolkit.audit.AuditService;
import org.fourpi.toolkit.assessment.AssessmentReportService;
import org.fourpi.toolkit.assessment.AssessmentService;
import org.fourpi.toolkit.assessment.EvidenceService;
import org.fourpi.toolkit.assessment.ExampleAssessments;
import org.fourpi.toolkit.assessment.EvidenceSource;
import org.fourpi.toolkit.assessment.ResponseFormPdfService;
import org.fourpi.toolkit.assessment.ResponseFormService;
import org.fourpi.toolkit.backup.BackupService;
import org.fourpi.toolkit.backup.IntegrityCheckService;
import org.fourpi.toolkit.common.db.DataFolder;
import org.fourpi.toolkit.common.db.DataKey;
import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.files.AttachmentStore;
import org.fourpi.toolkit.common.spreadsheet.StreamingWorkbooks;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.demo.ExampleDataService;
import org.fourpi.toolkit.export.ExportAllService;
import org.fourpi.toolkit.glossary.GlossaryService;
import org.fourpi.toolkit.meetings.ExampleMeetings;
import org.fourpi.toolkit.meetings.MeetingJargon;
import org.fourpi.toolkit.meetings.MeetingPackService;
import org.fourpi.toolkit.meetings.MeetingService;
import org.fourpi.toolkit.meetings.MeetingsExportService;
import org.fourpi.toolkit.meetings.PackOrganisation;
import org.fourpi.toolkit.meetings.PackTerm;
import org.fourpi.toolkit.payments.BudgetService;
import org.fourpi.toolkit.payments.ClaimFormPdfService;
import org.fourpi.toolkit.payments.ClaimService;
import org.fourpi.toolkit.payments.ExampleBudget;
import org.fourpi.toolkit.payments.ExampleClaims;
import org.fourpi.toolkit.payments.ExamplePaymentPreferences;
import org.fourpi.toolkit.payments.OrganisationContact;
import org.fourpi.toolkit.payments.PaymentLedgerExportService;
import org.fourpi.toolkit.payments.PaymentPolicyService;
import org.fourpi.toolkit.payments.PaymentPreferencesService;
import org.fourpi.toolkit.payments.TimelinessService;
import org.fourpi.toolkit.payments.PaymentStatementPdfService;
import org.fourpi.toolkit.payments.PaymentStatementService;
import org.fourpi.toolkit.people.EqualityService;
import org.fourpi.toolkit.people.ExamplePeople;
import org.fourpi.toolkit.people.PeopleExportService;
import org.fourpi.toolkit.people.PeopleImportService;
import org.fourpi.toolkit.people.PeopleService;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.privacy.ErasureService;
import org.fourpi.toolkit.privacy.HeldFiles;
import org.fourpi.toolkit.privacy.RetentionReviewService;
import org.fourpi.toolkit.privacy.SubjectAccessService;
import org.fourpi.toolkit.privacy.SubjectAccessSummary;
import org.fourpi.toolkit.security.KdfCost;
import org.fourpi.toolkit.security.PassphraseKdf;
import org.fourpi.toolkit.security.RecoverySheetPdf;
import org.fourpi.toolkit.security.SecurityService;
import org.fourpi.toolkit.settings.ExampleOrganisation;
import org.fourpi.toolkit.settings.OrganisationProfile;
import org.fourpi.toolkit.settings.OrganisationService;
import org.fourpi.toolkit.settings.PreferencesService;

/**
 * The composition root of everything below the window: the database in an open data folder and
 * every service, built by hand. Both the window and the command line start from here.
 */
public final class Services implements AutoCloseable {

    private final DataFolder folder;
    private final Database database;
    private final DataKey dataKey;
    private final Clock clock;
    private final OrganisationService organisations;
    private final PreferencesService preferences;
    private final ExampleDataService exampleData;
    private final PeopleService people;
    private final EqualityService equality;
    private final PeopleImportService peopleImport;
    private final PeopleExportService peopleExport;
    private final PaymentPolicyService paymentPolicy;
    private final PaymentPreferencesService paymentPreferences;
    private final ClaimService claims;
    private final MeetingService meetings;
    private final MeetingsExportService meetingsExport;
    private final MeetingPackService meetingPacks;
    private final TimelinessService timeliness;
    private final BudgetService budget;
    private final PaymentStatementService paymentStatements;
    private final PaymentLedgerExportService paymentLedgerExport;
    private final PaymentStatementPdfService paymentStatementPdf;
    private final ClaimFormPdfService claimForms;
    private final GlossaryService glossary;
    private final AssessmentService assessments;
    private final EvidenceSource evidence;
    private final ResponseFormService responseForms;
    private final ResponseFormPdfService responseFormPdf;
    private final AssessmentExportService assessmentExport;
    private final AssessmentReportService assessmentReport;
    private final ExportAllService exportAll;
    private final SubjectAccessService subjectAccess;
    private final ErasureService erasure;
    private final RetentionReviewService retention;
    private final AttachmentStore attachments;
    private final SecurityService security;
    private final BackupService backups;
    private final IntegrityCheckService integrityCheck;
    private final AuditService audit;
    private final AuditExportService auditExport;

    /** Opens (and migrates) the database in an already-locked data folder. */
    public Services(DataFolder folder, Clock clock) {
        this(folder, clock, System.getProperty("user.name", ""));
    }

    /**
     * @param user the name of the person using the computer, kept with each change to a claim
     */
    public Services(DataFolder folder, Clock clock, String user) {
        this(folder, clock, user, DataKey.NONE);
    }

    /**
     * @param user the name of the person using the computer, kept with each change to a claim
     * @param key  the key the data folder is locked with, or {@link DataKey#NONE}
     */
    public Services(DataFolder folder, Clock clock, String user, DataKey key) {
        this(folder, clock, user, key, PassphraseKdf::tune);
    }

    /**
     * @param kdfCost the Argon2id cost for a new key file: tuned to about half a second, or cheaper in tests
     */
    public Services(DataFolder folder, Clock clock, String user, DataKey key, Supplier<KdfCost> kdfCost) {
        this.folder = folder;
        this.clock = clock;
        this.dataKey = key;
        this.database = Database.open(folder, key);
        // Imports read choices by their labels and exports write them, so these services need the texts.
        Messages texts = Messages.forLocale(Locale.getDefault());
        // Exports of protected data keep their temporary files encrypted.
        StreamingWorkbooks workbooks = StreamingWorkbooks.forProtectedData(key.encrypted());
        this.audit = new AuditService(database, clock, () -> user, texts);
        this.auditExport = new AuditExportService(audit, texts, workbooks);
        this.organisations = new OrganisationService(database, clock, audit);
        this.preferences = new PreferencesService(database, audit);
        // Plain copies made for the computer's viewer when the data is encrypted; removed at close and here.
        this.attachments = new AttachmentStore(folder.attachmentFolder(), folder.root().resolve("temp"), key);
        attachments.removeViewingCopies();
        this.people = new PeopleService(database, clock, attachments, audit);
        this.equality = new EqualityService(database, clock, audit);
        this.paymentPolicy = new PaymentPolicyService(database, clock, audit);
        this.paymentPreferences = new PaymentPreferencesService(database, clock, paymentPolicy, audit);
        this.peopleImport = new PeopleImportService(database, clock, people, preferences, texts);
        this.peopleExport = new PeopleExportService(people, equality, texts, workbooks);
        this.claims = new ClaimService(database, clock, paymentPolicy, paymentPreferences, attachments,
                () -> user, texts, audit);
        this.timeliness = new TimelinessService(database, clock, paymentPolicy);
        this.budget = new BudgetService(database, clock, audit);
        this.paymentStatements = new PaymentStatementService(database, clock);
        this.paymentLedgerExport = new PaymentLedgerExportService(paymentStatements, texts, workbooks);
        this.paymentStatementPdf = new PaymentStatementPdfService(texts,
                () -> organisations.load().map(OrganisationProfile::name).orElse(""), clock);
        this.claimForms = new ClaimFormPdfService(texts, paymentPolicy, () -> organisations.load()
                .map(p -> new OrganisationContact(p.name(), p.supportName(), p.supportPhone(), p.supportEmail()))
                .orElse(OrganisationContact.NONE), clock);
        this.glossary = new GlossaryService(database, clock);
        MeetingJargon jargon = new MeetingJargon(glossary, attachments::read, texts);
        this.meetings = new MeetingService(database, clock, attachments, claims, paymentPreferences,
                preferences::meetingEarliestStart, jargon::unexplained, paymentPolicy::activityTypesOn,
                kind -> texts.text(kind.labelKey()));
        this.meetingsExport = new MeetingsExportService(meetings, texts, clock, workbooks);
        this.meetingPacks = new MeetingPackService(texts, meetings, claimForms, () -> organisations.load()
                .map(p -> new PackOrganisation(p.name(), p.logo() == null ? null : p.logo().bytes(),
                        new OrganisationContact(p.name(), p.supportName(), p.supportPhone(), p.supportEmail())
                                .supportContact()))
                .orElse(PackOrganisation.NONE),
                person -> people.find(person).map(d -> d.person().listedInPacks()).orElse(false),
                person -> paymentPreferences.find(person).declinesFees(),
                plan -> jargon.report(plan).usedTerms().stream()
                        .map(t -> new PackTerm(t.term(), t.explanation())).toList());
        this.assessments = new AssessmentService(database, clock);
        this.evidence = new EvidenceService(texts, clock, people, equality, meetings,
                preferences::meetingEarliestStart,
                glossary, paymentPolicy, budget, timeliness);
        this.responseForms = new ResponseFormService(assessments,
                () -> organisations.load().map(OrganisationProfile::name).orElse(""), texts);
        this.responseFormPdf = new ResponseFormPdfService(responseForms, texts);
        this.assessmentExport = new AssessmentExportService(assessments, () -> evidence.figures(), texts);
        this.assessmentReport = new AssessmentReportService(texts, assessments,
                () -> organisations.load().map(OrganisationProfile::name).orElse(""), clock);
        this.exampleData = new ExampleDataService(List.of(new ExampleOrganisation(organisations),
                new ExamplePeople(people, equality),
                new ExamplePaymentPreferences(paymentPreferences,
                        () -> people.all().stream().map(Person::id).sorted().toList()),
                new ExampleClaims(database, claims, paymentPolicy, paymentPreferences,
                        () -> people.all().stream().map(Person::id).sorted().toList(), clock),
                new ExampleMeetings(database, meetings,
                        () -> people.all().stream().map(Person::id).sorted().toList(), clock),
                new ExampleBudget(budget, clock),
                new ExampleAssessments(database, people, clock)));
        this.security = new SecurityService(folder, key,
                () -> organisations.load().map(OrganisationProfile::name).orElse(""), clock,
                new RecoverySheetPdf(texts), kdfCost);
        this.exportAll = new ExportAllService(people, peopleExport, meetingsExport, claims, paymentLedgerExport,
                assessments, assessmentExport, texts, workbooks);
        HeldFiles heldFiles = new HeldFiles(people::documentFile, claims::receiptFile, attachments::delete);
        this.subjectAccess = new SubjectAccessService(database, clock, heldFiles, new SubjectAccessSummary(people,
                equality, paymentStatements, () -> organisations.load().map(OrganisationProfile::name).orElse(""),
                texts, clock), texts);
        this.erasure = new ErasureService(database, clock, heldFiles, audit);
        this.retention = new RetentionReviewService(database, clock, erasure, heldFiles);
        this.backups = new BackupService(database, folder, key, clock, preferences, texts);
        this.integrityCheck = new IntegrityCheckService(database, attachments, backups::lastBackup, clock, texts);
    }

    /** "Everything we hold about this person", as a folder. */
    public SubjectAccessService subjectAccess() {
        return subjectAccess;
    }

    /** "Erase this person". */
    public ErasureService erasure() {
        return erasure;
    }

    /** What has been kept past its time, and its removal. */
    public RetentionReviewService retention() {
        return retention;
    }

    /** Backups of the whole data folder, and restore from them. */
    public BackupService backups() {
        return backups;
    }

    /** The integrity check of the data and its attached files. */
    public IntegrityCheckService integrityCheck() {
        return integrityCheck;
    }

    /** Who changed what and when, for people, payments and settings. */
    public AuditService audit() {
        return audit;
    }

    /** The audit log as an Excel workbook. */
    public AuditExportService auditExport() {
        return auditExport;
    }

    /** Every register in one Excel workbook. */
    public ExportAllService exportAll() {
        return exportAll;
    }

    public AssessmentService assessments() {
        return assessments;
    }

    /** An assessment's results as an Excel workbook. */
    public AssessmentExportService assessmentExport() {
        return assessmentExport;
    }

    /** An assessment's report for trustees and funders, as a PDF. */
    public AssessmentReportService assessmentReport() {
        return assessmentReport;
    }

    /** "What your records show" beside the self-assessment's statements. */
    public EvidenceSource evidence() {
        return evidence;
    }

    /** Personal response forms for self-assessments, and reading filled ones back. */
    public ResponseFormService responseForms() {
        return responseForms;
    }

    public ResponseFormPdfService responseFormPdf() {
        return responseFormPdf;
    }

    /** Protecting the data with a passphrase. */
    public SecurityService security() {
        return security;
    }

    /** The key the data folder is locked with, or {@link DataKey#NONE}. */
    public DataKey dataKey() {
        return dataKey;
    }

    public DataFolder folder() {
        return folder;
    }

    public Clock clock() {
        return clock;
    }

    public OrganisationService organisations() {
        return organisations;
    }

    public PreferencesService preferences() {
        return preferences;
    }

    public PeopleService people() {
        return people;
    }

    public EqualityService equality() {
        return equality;
    }

    public PeopleImportService peopleImport() {
        return peopleImport;
    }

    public PeopleExportService peopleExport() {
        return peopleExport;
    }

    public PaymentPolicyService paymentPolicy() {
        return paymentPolicy;
    }

    public PaymentPreferencesService paymentPreferences() {
        return paymentPreferences;
    }

    public ClaimService claims() {
        return claims;
    }

    public TimelinessService timeliness() {
        return timeliness;
    }

    public BudgetService budget() {
        return budget;
    }

    public PaymentStatementService paymentStatements() {
        return paymentStatements;
    }

    public PaymentLedgerExportService paymentLedgerExport() {
        return paymentLedgerExport;
    }

    public PaymentStatementPdfService paymentStatementPdf() {
        return paymentStatementPdf;
    }

    /** Claim forms to print or send, with the payment policy and the rates. */
    public ClaimFormPdfService claimForms() {
        return claimForms;
    }

    public MeetingService meetings() {
        return meetings;
    }

    /** The organisation's glossary of terms, for meeting packs and the jargon check. */
    public GlossaryService glossary() {
        return glossary;
    }

    /** Meetings and attendance to a spreadsheet. */
    public MeetingsExportService meetingsExport() {
        return meetingsExport;
    }

    /** Meeting packs as one PDF, to save or print. */
    public MeetingPackService meetingPacks() {
        return meetingPacks;
    }

    public ExampleDataService exampleData() {
        return exampleData;
    }

    /** Closes the database; the data folder stays locked until its owner closes it. */
    @Override
    public void close() {
        database.close();
        attachments.removeViewingCopies();
    }
}
