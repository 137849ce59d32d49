package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ProcessVariables;
import vn.motcua.dossier.DossierProgress;
import vn.motcua.payment.Fees;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;

/**
 * The BPMN contract of the fee step ({@code processes/shared/motcua-fee.bpmn}): {@code ${dossierFees...}}. Which step
 * asks for the fee is the procedure's data: the property {@code motcua.fee.stage} of its model, RECEIPT (the default:
 * fees are paid when the dossier is received) or RESULT (before the result is returned); the amount is the catalog's
 * (through {@link Fees}). No procedure-specific logic here.
 */
@Component("dossierFees")
public class DossierFees {

    /** Variables of the fee step (contract with motcua-fee.bpmn and form-fee). */
    public static final String FEE_STAGE = "feeStage";
    public static final String FEE_AMOUNT = "feeAmount";
    public static final String FEE_NOTICE = "feeNotice";
    public static final String FEE_DECISION = "feeDecision";
    public static final String FEE_EXEMPTION_REASON = "feeExemptionReason";
    public static final String FEE_RECEIPT_NUMBER = "feeReceiptNumber";
    /** true when the catalog states no amount: the receiver enters what was paid in {@link #FEE_AMOUNT_COLLECTED}. */
    public static final String FEE_AMOUNT_UNKNOWN = "feeAmountUnknown";
    public static final String FEE_AMOUNT_COLLECTED = "feeAmountCollected";
    static final String STAGE_PROPERTY = "motcua.fee.stage";
    static final String DEFAULT_STAGE = "RECEIPT";

    private final Fees fees;
    private final DossierProgress progress;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final TimeLimit paymentPeriod;

    DossierFees(Fees fees, DossierProgress progress, WorkingCalendar calendar, Clock clock,
                @Value("${motcua.payment.payment-period:15WD}") String paymentPeriod) {
        this.fees = fees;
        this.progress = progress;
        this.calendar = calendar;
        this.clock = clock;
        this.paymentPeriod = TimeLimit.parse(paymentPeriod);
    }

    /**
     * What the dossier owes at this step in đồng: 0 when the procedure asks for its fee at another step or charges
     * nothing on the dossier's channel. Above 0 the obligation is recorded and {@code feeNotice} tells the applicant
     * the amount and how to pay.
     */
    /**
     * Whether the fee step has anything to do at {@code stage} (RECEIPT or RESULT): the procedure collects its fee there
     * ({@code motcua.fee.stage}) and charges something on the dossier's channel (an amount above 0, or one to be
     * entered at the counter). Otherwise the shared models do not call {@code motcua-fee} and record
     * {@code feeOutcome = NONE} themselves, exactly what the fee step would have recorded, with nothing written: one
     * process instance and its copied variables fewer per dossier (BENCHMARKS.md "Database size per dossier").
     */
    public boolean dueAt(DelegateExecution execution, String stage) {
        return stage.equals(procedureStage(execution)) && fees.owed((String) execution.getVariable(ProcessVariables.PROCEDURE_CODE),
                Channel.valueOf((String) execution.getVariable(ProcessVariables.CHANNEL)));
    }

    public long request(DelegateExecution execution, String stage) {
        if (!stage.equals(procedureStage(execution))) {
            return 0;
        }
        Fees.Due due = fees.request(dossierId(execution), (String) execution.getVariable(ProcessVariables.DOSSIER_CODE),
                (String) execution.getVariable(ProcessVariables.PROCEDURE_CODE),
                Channel.valueOf((String) execution.getVariable(ProcessVariables.CHANNEL)), stage);
        execution.setVariable(FEE_AMOUNT_UNKNOWN, due.toBeEntered());
        long amount = due.amountVnd();
        if (due.toBeEntered()) {
            execution.setVariable(FEE_NOTICE, "Thủ tục có thu phí, lệ phí nhưng chưa công bố mức thu: bộ phận một cửa "
                    + "xác định số tiền và thu tại quầy. / The procedure charges a fee whose amount is not published: "
                    + "the counter states the amount and collects it.");
        } else if (amount > 0) {
            String vnd = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(amount);
            execution.setVariable(FEE_NOTICE, "Phí, lệ phí phải nộp: " + vnd + " đồng. Nộp trực tuyến tại trang tra cứu hồ "
                    + "sơ (Cổng thanh toán quốc gia) hoặc tại bộ phận một cửa. / Fee due: " + vnd
                    + " VND, payable online from the tracking page (national payment platform) or at the counter.");
        }
        return amount;
    }

    /** The receiver took the money at the counter: the receipt number is kept in {@code feeReceiptNumber}. */
    public void paidAtCounter(DelegateExecution execution) {
        String receipt = fees.paidAtCounter(dossierId(execution), DossierLifecycle.actor(execution),
                amountCollected(execution.getVariable(FEE_AMOUNT_COLLECTED)));
        execution.setVariable(FEE_RECEIPT_NUMBER, receipt);
        progress.record(dossierId(execution), "FEE_PAID", null, "Đã nộp phí, lệ phí tại bộ phận một cửa, biên lai "
                + receipt + " / Fee paid at the counter", DossierLifecycle.activityName(execution),
                DossierLifecycle.actor(execution));
    }

    /** The amount the receiver entered, as the form sends it (a number, or text of digits); null when none. */
    static Long amountCollected(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue() == Math.rint(n.doubleValue()) ? n.longValue() : -1L;
        }
        if (value instanceof String s && !s.isBlank()) {
            return s.strip().matches("\\d{1,12}") ? Long.parseLong(s.strip()) : -1L;
        }
        return null;
    }

    /** The officer exempted the dossier, with the reason from {@code feeExemptionReason}. */
    public void exempt(DelegateExecution execution) {
        Object reason = execution.getVariable(FEE_EXEMPTION_REASON);
        fees.exempt(dossierId(execution), reason == null ? null : reason.toString(), DossierLifecycle.actor(execution));
        progress.record(dossierId(execution), "FEE_EXEMPTED", null, "Miễn phí, lệ phí: " + reason + " / Fee exempted",
                DossierLifecycle.activityName(execution), DossierLifecycle.actor(execution));
    }

    /** The payment period ran out with nothing paid. */
    public void unpaid(DelegateExecution execution) {
        fees.unpaid(dossierId(execution));
    }

    /** When the payment period ends (motcua.payment.payment-period from now, by the working calendar). */
    public Date paymentDeadline(DelegateExecution execution) {
        return Date.from(calendar.dueAt(LocalDateTime.now(clock), paymentPeriod).atZone(WorkingCalendar.ZONE).toInstant());
    }

    /** {@code motcua.fee.stage} of the procedure's own model: the process at the top of the call chain. */
    static String procedureStage(DelegateExecution execution) {
        DelegateExecution top = execution;
        while (top.getSuperExecution() != null) {
            top = top.getSuperExecution();
        }
        String key = top.getProcessDefinitionId().split(":")[0];
        Process process = top.getBpmnModelInstance().getModelElementById(key);
        if (process == null || process.getExtensionElements() == null) {
            return DEFAULT_STAGE;
        }
        return process.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> STAGE_PROPERTY.equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).findFirst().orElse(DEFAULT_STAGE);
    }

    private static UUID dossierId(DelegateExecution execution) {
        return UUID.fromString((String) execution.getVariable(ProcessVariables.DOSSIER_ID));
    }
}
