package vn.motcua.payment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.payment.internal.simulator.PaygovSimulator;
import vn.motcua.payment.internal.simulator.PaymentFaults;
import vn.motcua.support.Officers;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.payment.internal.PaymentNode.JSON;

/**
 * Online payment against the platform's simulator and its faults, through the whole lifecycle: a dossier of a
 * fee-charging procedure waits at the fee step (status 6), the applicant pays on the platform's page, and the
 * confirmation moves it on. A forged confirmation changes nothing; a repeated one is counted once; a lost one is found
 * by reconciliation; a different amount is set aside; a platform that does not answer in time is a 503.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motcua.payment.read-timeout=PT1S", "motcua.payment.retry-attempts=1", "motcua.payment.reconcile-after=PT0S"})
@ActiveProfiles("test")
class PaymentFaultTest {

    @Autowired ApplicationContext context;
    @Autowired PaygovSimulator platform;
    @Autowired PaymentReconciliation reconciliation;
    @LocalServerPort int port;

    PaymentNode node;

    @BeforeEach
    void setUp() {
        platform.faults(PaymentFaults.NONE);
        node = new PaymentNode(context, port);
    }

    @AfterEach
    void healthy() {
        platform.faults(PaymentFaults.NONE);
    }

    @Test
    void paidOnlineTheDossierLeavesStatusSixWithAReceipt() throws Exception {
        String code = node.dossierWaitingForItsFee("ONLINE");
        JsonNode due = node.fee(code);
        assertThat(due.get("amountVnd").asLong()).as("the catalog's online fee").isEqualTo(150_000);
        assertThat(due.get("state").asText()).isEqualTo("DUE");

        JsonNode order = node.startPayment(code);
        assertThat(order.get("orderId").asText()).isEqualTo(Officers.XUANHUONG + "-" + code + "-01");
        assertThat(order.get("payUrl").asText()).startsWith(platform.url() + "/pay/");
        platform.pay(order.get("orderId").asText());

        JsonNode paid = node.fee(code);
        assertThat(paid.get("state").asText()).isEqualTo("PAID_ONLINE");
        assertThat(paid.get("receiptNumber").asText()).matches("BL-\\d{4}-\\d{6}");
        assertThat(node.orderState(order.get("orderId").asText())).isEqualTo("PAID");
        assertThat(node.openTasks(code)).containsExactly("Task_ReviewDossier");
        // received (1), financial obligation (6), accepted once paid (2), processing (4)
        assertThat(node.statuses(code)).containsSubsequence(6, 2, 4);
        assertThat(node.timelineEntries(code, "FEE_PAID")).isEqualTo(1);
    }

    @Test
    void forgedConfirmationIsRefusedAndChangesNothing() throws Exception {
        String code = node.dossierWaitingForItsFee("ONLINE");
        String orderId = node.startPayment(code).get("orderId").asText();

        platform.faults(PaymentFaults.NONE.withWrongChecksum());
        platform.pay(orderId);

        assertThat(platform.callbacksSent()).anyMatch(body -> body.contains(orderId));
        assertThat(node.orderState(orderId)).isEqualTo("PENDING");
        assertThat(node.confirmations(orderId)).isZero();
        assertThat(node.feeState(code)).isEqualTo("DUE");
        assertThat(node.openTasks(code)).containsExactly("Task_CollectFee");

        // the same forged body sent by hand: 400 problem+json naming the checksum, in Vietnamese and English
        PaygovSimulator.Order paidThere = platform.orders().get(orderId);
        HttpResponse<String> res = node.postRaw("/api/v1/payments/paygov/callback",
                platform.confirmationBody(paidThere, PaymentFaults.NONE.withWrongChecksum()));
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(res.body()).contains("checksum", "Mã kiểm tra của xác nhận thanh toán không đúng",
                "The payment confirmation's checksum does not verify");
        assertThat(node.feeState(code)).isEqualTo("DUE");
    }

    @Test
    void repeatedConfirmationIsCountedOnce() throws Exception {
        String code = node.dossierWaitingForItsFee("ONLINE");
        String orderId = node.startPayment(code).get("orderId").asText();

        platform.faults(PaymentFaults.NONE.withDuplicateCallback());
        platform.pay(orderId);

        assertThat(platform.callbacksSent().stream().filter(b -> b.contains(orderId))).hasSize(2);
        assertThat(node.confirmations(orderId)).as("both verified, both counted as received").isEqualTo(2);
        assertThat(node.orderState(orderId)).isEqualTo("PAID");
        assertThat(node.timelineEntries(code, "FEE_PAID")).as("one payment").isEqualTo(1);
        assertThat(node.feeState(code)).isEqualTo("PAID_ONLINE");
        assertThat(node.openTasks(code)).containsExactly("Task_ReviewDossier");
    }

    @Test
    void lostConfirmationIsFoundByReconciliationAndALateOneChangesNothing() throws Exception {
        String code = node.dossierWaitingForItsFee("ONLINE");
        String orderId = node.startPayment(code).get("orderId").asText();

        platform.faults(PaymentFaults.NONE.withLostCallback());
        platform.pay(orderId);
        assertThat(node.orderState(orderId)).isEqualTo("PENDING");
        assertThat(node.openTasks(code)).containsExactly("Task_CollectFee");

        PaymentReconciliation.Report report = reconciliation.run();

        // (other tests' orders the platform holds as paid are settled by the same run: that is its job)
        assertThat(report.paid()).isGreaterThanOrEqualTo(1);
        assertThat(node.orderState(orderId)).isEqualTo("PAID");
        assertThat(node.feeState(code)).isEqualTo("PAID_ONLINE");
        assertThat(node.openTasks(code)).containsExactly("Task_ReviewDossier");

        HttpResponse<String> late = node.postRaw("/api/v1/payments/paygov/callback",
                platform.confirmationBody(platform.orders().get(orderId), PaymentFaults.NONE));
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.body()).contains("ALREADY_PAID");
        assertThat(node.timelineEntries(code, "FEE_PAID")).isEqualTo(1);
        reconciliation.run();
        assertThat(node.confirmations(orderId)).as("found by reconciliation, then the late callback").isEqualTo(2);
        assertThat(node.timelineEntries(code, "FEE_PAID")).isEqualTo(1);
    }

    @Test
    void amountMismatchIsSetAsideAndTheFeeStaysDue() throws Exception {
        String code = node.dossierWaitingForItsFee("ONLINE");
        String orderId = node.startPayment(code).get("orderId").asText();

        platform.faults(PaymentFaults.NONE.withLostCallback().withAmountDelta(-100_000));
        platform.pay(orderId);
        PaymentReconciliation.Report report = reconciliation.run();

        assertThat(report.mismatchedOrders()).contains(orderId);
        assertThat(node.orderState(orderId)).isEqualTo("MISMATCH");
        assertThat(node.jdbc.sql("select problem from payment_order where order_id = :id").param("id", orderId)
                .query(String.class).single()).contains("50000", "150000");
        assertThat(node.feeState(code)).isEqualTo("DUE");
        assertThat(node.openTasks(code)).containsExactly("Task_CollectFee");

        // the officers' view: the receiving point lists it with the problem; an unknown order is a 404 problem
        JsonNode listed = node.getJson("/api/v1/payments/mismatches", Officers.XUANHUONG_RECEIVER);
        JsonNode mine = null;
        for (JsonNode o : listed) {
            mine = o.get("orderId").asText().equals(orderId) ? o : mine;
        }
        assertThat(mine).as(listed.toString()).isNotNull();
        assertThat(mine.get("dossierCode").asText()).isEqualTo(code);
        assertThat(mine.get("amountVnd").asLong()).isEqualTo(150_000);
        assertThat(mine.get("problem").asText()).contains("50000");
        assertThat(node.getJson("/api/v1/payments/orders/" + orderId, Officers.XUANHUONG_RECEIVER).get("state").asText())
                .isEqualTo("MISMATCH");
        HttpResponse<String> unknown = node.get("/api/v1/payments/orders/NO-SUCH-ORDER", Officers.XUANHUONG_RECEIVER);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(unknown.body()).contains("Không có đơn hàng thanh toán", "No payment order");
    }

    @Test
    void platformTooSlowIsA503AndNothingIsPaid() throws Exception {
        String code = node.dossierWaitingForItsFee("ONLINE");
        platform.faults(PaymentFaults.NONE.withSlow(Duration.ofSeconds(3)));

        HttpResponse<String> res = node.post("/api/v1/tracking/payments", PaymentNode.proof(code));

        assertThat(res.statusCode()).isEqualTo(503);
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(res.body()).contains("Cổng thanh toán", "payment platform");
        assertThat(node.feeState(code)).isEqualTo("DUE");
    }

    @Test
    void receiverRecordsACounterPaymentWithAReceipt() throws Exception {
        String code = node.dossierWaitingForItsFee("COUNTER");
        assertThat(node.fee(code).get("amountVnd").asLong()).as("the catalog's counter fee").isEqualTo(50_000);

        node.work(Officers.XUANHUONG_RECEIVER, code, "Task_CollectFee", Map.of("feeDecision", "PAID_AT_COUNTER"));

        JsonNode fee = node.fee(code);
        assertThat(fee.get("state").asText()).isEqualTo("PAID_AT_COUNTER");
        assertThat(fee.get("receiptNumber").asText()).matches("BL-\\d{4}-\\d{6}");
        assertThat(node.openTasks(code)).containsExactly("Task_ReviewDossier");
        HttpResponse<String> again = node.post("/api/v1/tracking/payments", PaymentNode.proof(code));
        assertThat(again.statusCode()).as("nothing left to pay online").isEqualTo(409);

        // the receipt (biên lai) as PDF: the applicant's copy from tracking, the officer's from the dossier
        HttpResponse<byte[]> pdf = node.postBytes("/api/v1/tracking/slips/fee-receipt", PaymentNode.proof(code));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = PaymentNode.pdfText(pdf.body());
        assertThat(text).contains("BIÊN LAI THU PHÍ, LỆ PHÍ", fee.get("receiptNumber").asText(), "50.000 đ",
                "Năm mươi nghìn đồng", "Nguyễn Thị Hạnh", "Tiền mặt tại bộ phận một cửa");
        // signed (PAdES) by the receiving unit as a result is: the server's verification and poppler's pdfsig
        HttpResponse<String> verified = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/results/verify"))
                .header("Content-Type", "application/pdf")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(pdf.body())).build(),
                HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        JsonNode verification = JSON.readTree(verified.body());
        assertThat(verification.get("valid").asBoolean()).as(verified.body()).isTrue();
        assertThat(verification.get("signatures").asInt()).isEqualTo(1);
        assertThat(verification.get("signer").asText()).contains(Officers.XUANHUONG);
        byte[] altered = pdf.body().clone();
        altered[altered.length / 3] ^= 0x01; // in the receipt's own bytes, before the signature's update
        assertThat(JSON.readTree(java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/results/verify"))
                .header("Content-Type", "application/pdf")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(altered)).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("valid").asBoolean()).as("altered after signing").isFalse();
        java.nio.file.Path pdfsig = java.nio.file.Path.of("/usr/bin/pdfsig");
        if (java.nio.file.Files.isExecutable(pdfsig)) {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("bien-lai", ".pdf");
            java.nio.file.Files.write(file, pdf.body());
            Process p = new ProcessBuilder(pdfsig.toString(), file.toString()).redirectErrorStream(true).start();
            assertThat(new String(p.getInputStream().readAllBytes())).contains("Signature is Valid");
            java.nio.file.Files.delete(file);
        }
        assertThat(node.get("/api/v1/dossiers/" + code + "/slips/fee-receipt", Officers.XUANHUONG_RECEIVER).statusCode())
                .isEqualTo(200);
        JsonNode tracked = JSON.readTree(node.post("/api/v1/tracking", PaymentNode.proof(code)).body());
        assertThat(tracked.get("slips").toString()).contains("fee-receipt");
    }

    @Test
    void noReceiptBeforeTheFeeIsPaid() throws Exception {
        String code = node.dossierWaitingForItsFee("ONLINE");
        HttpResponse<byte[]> none = node.postBytes("/api/v1/tracking/slips/fee-receipt", PaymentNode.proof(code));
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(new String(none.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("chưa có biên lai", "no receipt");
    }
}
