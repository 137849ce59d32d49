package vn.motcua.catalog;

/**
 * The names of the process variables that the shared lifecycle models, the procedure models, the DMN
 * authority decisions and the Java side agree on. One place, so a rename is one change.
 */
public final class ProcessVariables {

    // set by the submission, available to every model
    public static final String DOSSIER_ID = "dossierId";
    public static final String DOSSIER_CODE = "dossierCode";
    public static final String PROCEDURE_CODE = "procedureCode";
    public static final String RECEIVING_UNIT_CODE = "receivingUnitCode";
    public static final String RECEIVING_UNIT_LEVEL = "receivingUnitLevel";
    public static final String CHANNEL = "channel";
    public static final String APPLICANT_NAME = "applicantName";
    /** The applicant's ID number (CCCD), so that officers find a dossier by it in Tasklist's search. */
    public static final String APPLICANT_ID_NUMBER = "applicantIdNumber";
    /** The dossier code and the applicant's ID number in capitals, for Tasklist's one search field (a "like" search). */
    public static final String DOSSIER_SEARCH = "dossierSearch";
    /** The procedure's name, shown in Tasklist's list and the task forms. */
    public static final String PROCEDURE_NAME = "procedureName";
    public static final String DUE_AT = "dueAt";
    /** The applicant's form data as text, shown read-only in the officers' task forms. */
    public static final String DOSSIER_DATA = "dossierData";
    /** The names, types and sizes of the applicant's attachments as text, shown read-only in the task forms. */
    public static final String ATTACHMENT_NAMES = "attachmentNames";
    /** The attachments as Markdown links that open each file in the officer's browser (the task forms' text view). */
    public static final String ATTACHMENT_LINKS = "attachmentLinks";
    /** The papers the procedure asks for, as the intake form's checklist options ([{label, value}], JSON). */
    public static final String PAPER_OPTIONS = "paperOptions";
    /** The papers the receiver marked digitised (số hóa) in the intake task: a list of their names. */
    public static final String DIGITISED_PAPERS = "digitisedPapers";
    /** The papers the receiver marked reused from data the state holds (tái sử dụng): a list of their names. */
    public static final String REUSED_PAPERS = "reusedPapers";

    // What competence depends on: the inputs of the authority decisions (decisions/authority-*.dmn), set by the
    // submission. The two the applicant gives are a documented contract with the intake forms: a form that asks for
    // the place gives them as fields with these keys (the GSO code of a commune, 5 digits); when a form does not, the
    // submission takes the receiving point's commune for both (vn.motcua.workflow's EngineDossierWorkflow).
    /** The commune where the receiving point sits (its unit's ward code). */
    public static final String RECEIVING_COMMUNE_CODE = "receivingCommuneCode";
    /** The commune of the applicant's residence (a citizen) or head office (an organisation). */
    public static final String APPLICANT_COMMUNE_CODE = "applicantCommuneCode";
    /** The commune where the land, building or business (a household business's seat) the dossier is about lies. */
    public static final String PROPERTY_COMMUNE_CODE = "propertyCommuneCode";
    /** The place inputs an intake form may carry (and the only reserved names it may use). */
    public static final java.util.Set<String> PLACE_INPUTS = java.util.Set.of(APPLICANT_COMMUNE_CODE, PROPERTY_COMMUNE_CODE);

    // outputs of each procedure's authority decision: the kind of body (organisation/body-kinds.csv) and the commune
    // whose body it is; the procedure model maps them to the unit with ${competentBodies.unitCode(kind, commune)}
    public static final String COMPETENT_BODY_KIND = "competentBodyKind";
    public static final String COMPETENT_COMMUNE_CODE = "competentCommuneCode";
    public static final String CONSULT_BODY_KIND = "consultBodyKind";
    public static final String CONSULT_COMMUNE_CODE = "consultCommuneCode";

    // the unit and officer groups the procedure model derives from them
    public static final String COMPETENT_UNIT_CODE = "competentUnitCode";
    /**
     * Where the result is returned (vn.motcua.dossier.ResultReturn.Method: AT_RECEIVING_POINT, AT_OTHER_POINT,
     * POSTAL, ELECTRONIC), set at submission and when the applicant changes it; absent means at the receiving point.
     */
    public static final String RESULT_RETURN_METHOD = "resultReturnMethod";
    /** The receiving point that returns the result (the chosen one, else the receiving point). */
    public static final String RESULT_RETURN_UNIT_CODE = "resultReturnUnitCode";
    /** Where the post delivers the result (POSTAL), shown on the postal handover task. */
    public static final String RESULT_POSTAL_ADDRESS = "resultPostalAddress";
    public static final String RECEIVER_GROUP = "receiverGroup";
    public static final String SPECIALIST_GROUP = "specialistGroup";
    public static final String LEADER_GROUP = "leaderGroup";
    public static final String CONSULT_UNIT_CODE = "consultUnitCode";
    public static final String CONSULT_GROUP = "consultGroup";

    // officers' decisions, written by the task forms
    public static final String RECEIVE_DECISION = "receiveDecision";
    public static final String RECEIVE_OUTCOME = "receiveOutcome";
    public static final String PROPOSAL = "proposal";
    public static final String APPROVAL = "approval";
    public static final String OPINION = "opinion";
    public static final String CONSULT_OPINION = "consultOpinion";
    public static final String APOLOGY_REASON = "apologyReason";
    public static final String NEW_DUE_DATE = "newDueDate";
    public static final String STOP_REASON = "stopReason";

    /** When the consulted agency must answer (set by motcua-consult from the working calendar). */
    public static final String CONSULT_DUE_AT = "consultDueAt";
    /** The applicant's reason for withdrawing, carried by the withdrawal message. */
    public static final String WITHDRAWAL_REASON = "withdrawalReason";

    /** Message the receiving point correlates when the applicant brings the supplement. */
    public static final String MESSAGE_SUPPLEMENT_RECEIVED = "SupplementReceived";

    /** Message the applicant's withdrawal request sends to the procedure's process (status 7). */
    public static final String MESSAGE_WITHDRAWAL_REQUESTED = "WithdrawalRequested";

    /** Message the payment platform's verified confirmation sends to the waiting fee step (motcua-fee). */
    public static final String MESSAGE_FEE_PAID_ONLINE = "FeePaidOnline";

    private ProcessVariables() {
    }
}
